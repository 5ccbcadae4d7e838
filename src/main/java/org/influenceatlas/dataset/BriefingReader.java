package org.influenceatlas.dataset;

import org.influenceatlas.briefing.Briefing;
import org.influenceatlas.briefing.Slide;
import org.influenceatlas.briefing.SlideMap;
import org.influenceatlas.source.Citation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads {@code briefings/*.md} (format in data/README.md) and checks every slide against the
 * dataset: the map's ids must name existing features, and every citation an existing source.
 * Problems name the file, the line and the field, like the rest of the import.
 */
final class BriefingReader {

    static final String DIR = "briefings";

    private final Set<String> featureIds;
    private final Set<String> organisationIds;
    private final Set<String> sourceIds;
    private final Problems problems;

    BriefingReader(Set<String> featureIds, Set<String> organisationIds, Set<String> sourceIds, Problems problems) {
        this.featureIds = featureIds;
        this.organisationIds = organisationIds;
        this.sourceIds = sourceIds;
        this.problems = problems;
    }

    List<Briefing> read(Path root) {
        Path dir = root.resolve(DIR);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Briefing> briefings = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                read(file, DIR + "/" + file.getFileName()).ifPresent(briefings::add);
            }
        } catch (IOException e) {
            problems.add(DIR, 0, null, "cannot be read: " + e.getMessage());
        }
        return briefings;
    }

    Optional<Briefing> read(Path path, String file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(file, 0, null, "cannot be read: " + e.getMessage());
            return Optional.empty();
        }
        String slug = path.getFileName().toString().replaceFirst("\\.md$", "");
        if (lines.isEmpty() || !lines.get(0).trim().equals("---")) {
            problems.add(file, 1, "front matter", "must start with a line '---'");
            return Optional.empty();
        }
        Map<String, String> front = new HashMap<>();
        int i = 1;
        for (; i < lines.size() && !lines.get(i).trim().equals("---"); i++) {
            String line = lines.get(i);
            int colon = line.indexOf(':');
            if (colon > 0) {
                front.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            } else if (!line.isBlank()) {
                problems.add(file, i + 1, "front matter", "'" + line + "' is not 'key: value'");
            }
        }
        int frontEnd = i + 1;
        List<Slide> slides = new ArrayList<>();
        for (int start = frontEnd; start < lines.size(); start++) {
            if (!lines.get(start).startsWith("## ")) {
                continue;
            }
            int end = start + 1;
            while (end < lines.size() && !lines.get(end).startsWith("## ")) {
                end++;
            }
            slide(file, lines, start, end).ifPresent(slides::add);
            start = end - 1;
        }
        Optional<LocalDate> created = date(file, frontEnd, front, "created");
        Optional<LocalDate> updated = date(file, frontEnd, front, "updated");
        Optional<LocalDate> dataAsOf = date(file, frontEnd, front, "data-as-of");
        if (created.isEmpty() || updated.isEmpty() || dataAsOf.isEmpty()) {
            return Optional.empty();
        }
        return problems.attempt(file, 1, null, () -> new Briefing(slug, front.get("title"), front.get("summary"),
                front.get("author"), created.get(), updated.get(), dataAsOf.get(), true, 1, slides));
    }

    private Optional<Slide> slide(String file, List<String> lines, int heading, int end) {
        String title = lines.get(heading).substring(3).trim();
        int mapLine = heading + 1;
        while (mapLine < end && lines.get(mapLine).isBlank()) {
            mapLine++;
        }
        if (mapLine >= end || !lines.get(mapLine).startsWith("map:")) {
            problems.add(file, heading + 2, "map", "slide '" + title + "' needs a 'map:' line after its heading");
            return Optional.empty();
        }
        Optional<SlideMap> map = map(file, mapLine + 1, lines.get(mapLine).substring(4).trim());
        String body = String.join("\n", lines.subList(mapLine + 1, end)).trim();
        for (int n = mapLine + 1; n < end; n++) {
            for (Citation c : citationsIn(lines.get(n))) {
                if (!sourceIds.contains(c.sourceId())) {
                    problems.add(file, n + 1, "citation", "unknown source '" + c.sourceId() + "'");
                }
            }
        }
        if (map.isEmpty()) {
            return Optional.empty();
        }
        return problems.attempt(file, heading + 1, "slide", () -> new Slide(title, body, map.get()));
    }

    private Optional<SlideMap> map(String file, int line, String text) {
        Map<String, String> values = new HashMap<>();
        for (String part : text.split("\\s+")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                values.put(part.substring(0, eq), part.substring(eq + 1));
            } else if (!part.isBlank()) {
                problems.add(file, line, "map", "'" + part + "' is not key=value");
            }
        }
        Optional<LocalDate> asOf = Optional.ofNullable(values.get("asOf")).flatMap(t -> parseDate(file, line, "asOf", t));
        if (asOf.isEmpty()) {
            if (!values.containsKey("asOf")) {
                problems.add(file, line, "asOf", "is missing");
            }
            return Optional.empty();
        }
        String[] view = values.getOrDefault("view", "").split(",");
        if (view.length != 3) {
            problems.add(file, line, "view", "must be lat,lon,zoom");
            return Optional.empty();
        }
        List<String> layers = list(values.get("layers"));
        List<String> highlighted = list(values.get("highlight"));
        String selected = values.get("select");
        for (String id : Stream.concat(Stream.ofNullable(selected).filter(s -> !s.isBlank()), highlighted.stream()).toList()) {
            if (!featureIds.contains(id)) {
                problems.add(file, line, id.equals(selected) ? "select" : "highlight", "unknown feature '" + id + "'");
            }
        }
        String org = values.get("org");
        if (org != null && !org.isBlank() && !organisationIds.contains(org)) {
            problems.add(file, line, "org", "unknown organisation '" + org + "'");
        }
        return problems.attempt(file, line, "view", () -> new SlideMap(asOf.get(), Double.parseDouble(view[0]),
                Double.parseDouble(view[1]), Integer.parseInt(view[2]), layers, selected, highlighted, org));
    }

    private Optional<LocalDate> date(String file, int line, Map<String, String> front, String key) {
        String text = front.get(key);
        if (text == null || text.isBlank()) {
            problems.add(file, line, key, "is missing from the front matter");
            return Optional.empty();
        }
        return parseDate(file, line, key, text);
    }

    private Optional<LocalDate> parseDate(String file, int line, String field, String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            problems.add(file, line, field, "'" + text + "' is not a date of the form YYYY-MM-DD");
            return Optional.empty();
        }
    }

    private static List<String> list(String text) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static List<Citation> citationsIn(String line) {
        List<Citation> found = new ArrayList<>();
        var m = Slide.CITATION.matcher(line);
        while (m.find()) {
            found.add(Citation.of(m.group(1)));
        }
        return found;
    }
}
