package org.influenceatlas.dataset;

import org.influenceatlas.briefing.Briefing;
import org.influenceatlas.briefing.Slide;
import org.influenceatlas.layer.MapState;
import org.influenceatlas.source.Citation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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

    /** Every feature id of the dataset, with the layer that draws it. */
    private final Map<String, String> featureLayers;
    private final Set<String> organisationIds;
    private final Set<String> sourceIds;
    private final Problems problems;

    BriefingReader(Map<String, String> featureLayers, Set<String> organisationIds, Set<String> sourceIds, Problems problems) {
        this.featureLayers = featureLayers;
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
            // Strict UTF-8 with the failing line named, and a BOM dropped, as for the CSV files.
            String text = CsvFile.decode(Files.readAllBytes(path), file, problems);
            if (text == null) {
                return Optional.empty();
            }
            lines = text.lines().toList();
        } catch (IOException e) {
            problems.add(file, 1, null, "cannot be read: " + e.getClass().getSimpleName());
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
        Optional<java.time.Instant> knownOn = Optional.empty();
        if (front.containsKey("known-on")) {
            try {
                knownOn = Optional.of(java.time.Instant.parse(front.get("known-on")));
            } catch (DateTimeParseException e) {
                problems.add(file, frontEnd, "known-on", "'" + front.get("known-on") + "' is not an instant such as 2026-01-27T12:00:00Z");
                return Optional.empty();
            }
        }
        java.time.Instant pin = knownOn.orElse(null);
        return problems.attempt(file, 1, null, () -> new Briefing(slug, front.get("title"), front.get("summary"),
                front.get("author"), created.get(), updated.get(), dataAsOf.get(), true, 1, slides, pin));
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
        Optional<MapState> map = map(file, mapLine + 1, lines.get(mapLine).substring(4).trim());
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

    /**
     * The slide's map, read by the map state's own parser (the same as the URL's and the
     * exchange JSON's); asOf and view are required, and every id must name a feature of the
     * dataset. A bare selected id takes the layer of the feature it names.
     */
    private Optional<MapState> map(String file, int line, String text) {
        List<MapState.Problem> found = new ArrayList<>();
        Map<String, String> values = MapState.values(text, found);
        for (String required : List.of("asOf", "view")) {
            if (!values.containsKey(required)) {
                found.add(new MapState.Problem(required, "is missing"));
            }
        }
        Set<String> layers = Set.copyOf(featureLayers.values());
        MapState.Parsed parsed = MapState.parse(values, MapState.initial(MapState.FIRST_DAY, List.of()), layers,
                id -> Optional.ofNullable(featureLayers.get(id)));
        found.addAll(parsed.problems());
        MapState map = parsed.state();
        map.selection().filter(s -> !featureLayers.containsKey(s.id()))
                .ifPresent(s -> found.add(new MapState.Problem("select", "unknown feature '" + s.id() + "'")));
        map.highlighted().stream().filter(id -> !featureLayers.containsKey(id))
                .forEach(id -> found.add(new MapState.Problem("highlight", "unknown feature '" + id + "'")));
        map.organisation().filter(org -> !organisationIds.contains(org))
                .ifPresent(org -> found.add(new MapState.Problem("org", "unknown organisation '" + org + "'")));
        found.forEach(p -> problems.add(file, line, p.field(), p.message()));
        return found.isEmpty() ? Optional.of(map) : Optional.empty();
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

    private static List<Citation> citationsIn(String line) {
        List<Citation> found = new ArrayList<>();
        var m = Slide.CITATION.matcher(line);
        while (m.find()) {
            found.add(Citation.of(m.group(1)));
        }
        return found;
    }
}
