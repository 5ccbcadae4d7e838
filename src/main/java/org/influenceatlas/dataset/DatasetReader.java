package org.influenceatlas.dataset;

import org.influenceatlas.alignment.Membership;
import org.influenceatlas.alignment.AlignmentLayer;
import org.influenceatlas.alignment.Organisation;
import org.influenceatlas.alignment.Relation;
import org.influenceatlas.alignment.Stance;
import org.influenceatlas.alignment.StanceValue;
import org.influenceatlas.base.Cells;
import org.influenceatlas.briefing.Briefing;
import org.influenceatlas.base.CountryCode;
import org.influenceatlas.base.GeoPoint;
import org.influenceatlas.base.PartialDate;
import org.influenceatlas.base.Period;
import org.influenceatlas.base.Precision;
import org.influenceatlas.base.Vocabulary;
import org.influenceatlas.corridor.Corridor;
import org.influenceatlas.corridor.CorridorLayer;
import org.influenceatlas.corridor.CorridorKind;
import org.influenceatlas.corridor.CorridorStatus;
import org.influenceatlas.corridor.Segment;
import org.influenceatlas.corridor.Waypoint;
import org.influenceatlas.country.Country;
import org.influenceatlas.country.CountryStatus;
import org.influenceatlas.event.Event;
import org.influenceatlas.event.EventLayer;
import org.influenceatlas.event.EventKind;
import org.influenceatlas.presence.MilitaryPresence;
import org.influenceatlas.presence.PresenceLayer;
import org.influenceatlas.presence.PresenceKind;
import org.influenceatlas.presence.PresenceStatus;
import org.influenceatlas.presence.StatusChange;
import org.influenceatlas.source.Citation;
import org.influenceatlas.source.Source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Turns the files of data/ into a {@link Dataset}: every row is built through the domain types'
 * own checks, then cross-checked (ids unique across all files, every source, country,
 * organisation and parent row known). Nothing is returned unless every row is sound.
 */
final class DatasetReader {

    private final Path root;
    private final DatasetFiles files;
    private final BoundaryReader boundaryReader;
    private final Problems problems = new Problems();
    private final Map<String, String> factIds = new HashMap<>();
    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final Map<String, List<Citation>> citationsByFact = new LinkedHashMap<>();
    private final Map<String, List<Citation>> quoted = new HashMap<>();
    private final Map<String, CsvFile.Row> quotedLocations = new HashMap<>();
    private final Set<String> quotedUsed = new HashSet<>();
    private final Set<String> countryCodes = new HashSet<>();

    DatasetReader(Path root, BoundaryReader boundaryReader) {
        this.root = root;
        this.files = new DatasetFiles(root);
        this.boundaryReader = boundaryReader;
    }

    Dataset read(String version) {
        files.sourceFiles().forEach(this::readSources);
        files.citationFiles().forEach(this::readQuotes);
        List<Country> countries = readCountries();
        var boundaries = boundaryReader.read(root, countryCodes, problems);
        List<Organisation> organisations = readOrganisations();
        List<Membership> memberships = readMemberships(organisations);
        List<Stance> stances = readStances();
        List<MilitaryPresence> presences = readPresences();
        List<Corridor> corridors = readCorridors();
        List<Event> events = readEvents();
        reportUnusedQuotes();
        // Each feature id with the layer that draws it, so a slide's selection keeps its layer.
        Map<String, String> features = new HashMap<>();
        countryCodes.forEach(code -> features.put(code, AlignmentLayer.ID));
        presences.forEach(p -> features.put(p.id(), PresenceLayer.ID));
        corridors.forEach(c -> features.put(c.id(), CorridorLayer.ID));
        events.forEach(e -> features.put(e.id(), EventLayer.ID));
        Set<String> organisationIds = new HashSet<>(organisations.stream().map(Organisation::id).toList());
        List<Briefing> briefings = new BriefingReader(features, organisationIds, sources.keySet(), problems).read(root);
        problems.throwIfAny();
        return new Dataset(version, List.copyOf(sources.values()), citationsByFact, countries, boundaries,
                organisations, memberships, stances, presences, corridors, events, briefings);
    }

    private CsvFile csv(Path file, String... columns) {
        return CsvFile.read(root, file, Set.of(columns), problems);
    }

    private void readSources(Path file) {
        for (CsvFile.Row row : csv(file, "id", "kind", "title", "publisher", "author", "date", "url", "file", "notes").rows()) {
            problems.attempt(row.file(), row.line(), "id", () -> new Source(row.text("id"), row.textOrNull("kind"),
                    row.text("title"), row.textOrNull("publisher"), row.textOrNull("author"),
                    row.parseOptional("date", PartialDate::parse).orElse(null), row.textOrNull("url"),
                    row.textOrNull("file"), row.textOrNull("notes"))).ifPresent(source -> {
                if (sources.putIfAbsent(source.id(), source) != null) {
                    row.problem("id", "duplicate source id " + source.id());
                }
                if (source.file() != null && !root.resolve("sources").resolve(source.file()).toFile().isFile()) {
                    row.problem("file", "bundled text sources/" + source.file() + " does not exist");
                }
            });
        }
    }

    private void readQuotes(Path file) {
        for (CsvFile.Row row : csv(file, "fact", "source", "locator", "quote").rows()) {
            String key = row.text("fact") + "\u0000" + row.text("source");
            Citation citation = new Citation(row.text("source").isEmpty() ? "?" : row.text("source"),
                    row.textOrNull("locator"), row.textOrNull("quote"));
            // A fact may quote several passages of one source: each becomes its own citation.
            quoted.computeIfAbsent(key, k -> new ArrayList<>()).add(citation);
            quotedLocations.putIfAbsent(key, row);
        }
    }

    private void reportUnusedQuotes() {
        quotedLocations.forEach((key, row) -> {
            if (!quotedUsed.contains(key)) {
                String fact = row.text("fact");
                if (!factIds.containsKey(fact)) {
                    row.problem("fact", "unknown fact id '" + fact + "'");
                } else {
                    row.problem("source", "'" + row.text("source") + "' is not among the sources of " + fact);
                }
            }
        });
    }

    /** Registers a fact id (unique across all files) and its citations; empty if the row is unusable. */
    private Optional<List<Citation>> fact(CsvFile.Row row, String idColumn) {
        String id = row.text(idColumn);
        if (id.isEmpty()) {
            row.problem(idColumn, "is missing");
            return Optional.empty();
        }
        String previous = factIds.putIfAbsent(id, row.file() + " line " + row.line());
        if (previous != null) {
            row.problem(idColumn, "duplicate id " + id + " (first at " + previous + ")");
            return Optional.empty();
        }
        List<Citation> citations = new ArrayList<>();
        for (String sourceId : row.text("sources").split(";")) {
            sourceId = sourceId.trim();
            if (sourceId.isEmpty()) {
                continue;
            }
            if (!sources.containsKey(sourceId)) {
                row.problem("sources", "unknown source '" + sourceId + "'");
                continue;
            }
            String key = id + "\u0000" + sourceId;
            List<Citation> withQuotes = quoted.get(key);
            if (withQuotes != null) {
                quotedUsed.add(key);
                citations.addAll(withQuotes);
            } else {
                citations.add(Citation.of(sourceId));
            }
        }
        if (citations.isEmpty()) {
            if (row.text("sources").isBlank()) {
                row.problem("sources", "is missing: every fact needs at least one source (or 'unsourced')");
            }
            return Optional.empty();
        }
        citationsByFact.put(id, citations);
        return Optional.of(citations);
    }

    private Optional<CountryCode> country(CsvFile.Row row, String column) {
        return row.parse(column, CountryCode::of).filter(code -> known(row, column, code));
    }

    private Optional<List<CountryCode>> countries(CsvFile.Row row, String column) {
        Optional<List<CountryCode>> codes = row.parseOptional(column, Cells::countries);
        if (codes.isPresent() && !codes.get().stream().allMatch(code -> known(row, column, code))) {
            return Optional.empty();
        }
        return Optional.of(codes.orElse(List.of()));
    }

    private boolean known(CsvFile.Row row, String column, CountryCode code) {
        if (!countryCodes.contains(code.value())) {
            row.problem(column, "unknown country code '" + code + "' (not in countries.csv)");
            return false;
        }
        return true;
    }

    private Optional<Period> period(CsvFile.Row row, String fromColumn, String toColumn) {
        Optional<PartialDate> from = row.parse(fromColumn, PartialDate::parse);
        Optional<PartialDate> to = row.parseOptional(toColumn, PartialDate::parse);
        if (from.isEmpty() || (!row.text(toColumn).isEmpty() && to.isEmpty())) {
            return Optional.empty();
        }
        return problems.attempt(row.file(), row.line(), toColumn, () -> new Period(from.get(), to.orElse(null)));
    }

    private Optional<GeoPoint> point(CsvFile.Row row) {
        Optional<Double> lat = row.parse("lat", Double::valueOf);
        Optional<Double> lon = row.parse("lon", Double::valueOf);
        if (lat.isEmpty() || lon.isEmpty()) {
            return Optional.empty();
        }
        String field = lat.get() < -90 || lat.get() > 90 ? "lat" : "lon";
        return problems.attempt(row.file(), row.line(), field, () -> new GeoPoint(lat.get(), lon.get()));
    }

    private <E extends Enum<E>> Optional<E> word(CsvFile.Row row, String column, Class<E> type) {
        return problems.attempt(row.file(), row.line(), column, () -> Vocabulary.parse(type, row.text(column)));
    }

    private static boolean all(Optional<?>... parts) {
        for (Optional<?> part : parts) {
            if (part.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private <T> Optional<T> build(CsvFile.Row row, Supplier<T> make) {
        return problems.attempt(row.file(), row.line(), null, make);
    }

    private List<Country> readCountries() {
        List<Country> countries = new ArrayList<>();
        List<CsvFile.Row> rows = csv(files.file(DatasetFiles.COUNTRIES), "id", "name", "alt_names", "status",
                "claimed_by", "notes", "sources").rows();
        rows.forEach(row -> countryCodes.add(row.text("id")));
        for (CsvFile.Row row : rows) {
            var citations = fact(row, "id");
            var code = row.parse("id", CountryCode::of);
            var status = word(row, "status", CountryStatus.class);
            Optional<CountryCode> claimedBy = row.text("claimed_by").isEmpty() ? Optional.empty() : country(row, "claimed_by");
            if (!all(citations, code, status) || (!row.text("claimed_by").isEmpty() && claimedBy.isEmpty())) {
                continue;
            }
            build(row, () -> new Country(code.get(), row.text("name"), Cells.split(row.text("alt_names")), status.get(),
                    claimedBy.orElse(null), row.textOrNull("notes"), citations.get())).ifPresent(countries::add);
        }
        return countries;
    }

    private List<Organisation> readOrganisations() {
        List<Organisation> organisations = new ArrayList<>();
        for (CsvFile.Row row : csv(files.file(DatasetFiles.ORGANISATIONS), "id", "name", "full_name", "kind", "from",
                "to", "notes", "sources").rows()) {
            var citations = fact(row, "id");
            var period = period(row, "from", "to");
            if (all(citations, period)) {
                build(row, () -> new Organisation(row.text("id"), row.text("name"), row.textOrNull("full_name"),
                        row.textOrNull("kind"), period.get(), row.textOrNull("notes"), citations.get()))
                        .ifPresent(organisations::add);
            }
        }
        return organisations;
    }

    private List<Membership> readMemberships(List<Organisation> organisations) {
        Set<String> known = new HashSet<>();
        organisations.forEach(o -> known.add(o.id()));
        List<Membership> memberships = new ArrayList<>();
        for (CsvFile.Row row : csv(files.file(DatasetFiles.MEMBERSHIPS), "id", "country", "organisation", "relation",
                "from", "to", "notes", "sources").rows()) {
            var citations = fact(row, "id");
            var country = country(row, "country");
            var relation = word(row, "relation", Relation.class);
            var period = period(row, "from", "to");
            if (!known.contains(row.text("organisation"))) {
                row.problem("organisation", "unknown organisation '" + row.text("organisation") + "'");
                continue;
            }
            if (all(citations, country, relation, period)) {
                build(row, () -> new Membership(row.text("id"), country.get(), row.text("organisation"), relation.get(),
                        period.get(), row.textOrNull("notes"), citations.get())).ifPresent(memberships::add);
            }
        }
        return memberships;
    }

    private List<Stance> readStances() {
        List<Stance> stances = new ArrayList<>();
        for (CsvFile.Row row : csv(files.file(DatasetFiles.STANCES), "id", "country", "from", "stance", "event",
                "sources").rows()) {
            var citations = fact(row, "id");
            var country = country(row, "country");
            var since = row.parse("from", PartialDate::parse);
            var value = word(row, "stance", StanceValue.class);
            if (all(citations, country, since, value)) {
                build(row, () -> new Stance(row.text("id"), country.get(), since.get(), value.get(),
                        row.textOrNull("event"), citations.get())).ifPresent(stances::add);
            }
        }
        return stances;
    }

    private List<MilitaryPresence> readPresences() {
        Map<String, List<StatusChange>> history = new HashMap<>();
        List<CsvFile.Row> historyRows = csv(files.file(DatasetFiles.PRESENCE_HISTORY), "id", "presence", "from",
                "status", "personnel", "note", "sources").rows();
        for (CsvFile.Row row : historyRows) {
            var citations = fact(row, "id");
            var from = row.parse("from", PartialDate::parse);
            var status = word(row, "status", PresenceStatus.class);
            if (all(citations, from, status)) {
                build(row, () -> new StatusChange(row.text("id"), from.get(), status.get(), row.textOrNull("personnel"),
                        row.textOrNull("note"), citations.get()))
                        .ifPresent(c -> history.computeIfAbsent(row.text("presence"), k -> new ArrayList<>()).add(c));
            }
        }
        List<MilitaryPresence> presences = new ArrayList<>();
        List<CsvFile.Row> rows = csv(files.file(DatasetFiles.PRESENCE), "id", "name", "alt_names", "kind", "operator",
                "host", "lat", "lon", "precision", "location_note", "from", "to", "status", "personnel", "notes",
                "sources").rows();
        Set<String> ids = new HashSet<>(rows.stream().map(row -> row.text("id")).toList());
        historyRows.stream().filter(row -> !ids.contains(row.text("presence")))
                .forEach(row -> row.problem("presence", "unknown presence '" + row.text("presence") + "'"));
        for (CsvFile.Row row : rows) {
            var citations = fact(row, "id");
            var kind = word(row, "kind", PresenceKind.class);
            var operator = country(row, "operator");
            var host = country(row, "host");
            var location = point(row);
            var precision = word(row, "precision", Precision.class);
            var period = period(row, "from", "to");
            var status = word(row, "status", PresenceStatus.class);
            if (all(citations, kind, operator, host, location, precision, period, status)) {
                build(row, () -> new MilitaryPresence(row.text("id"), row.text("name"), Cells.split(row.text("alt_names")),
                        kind.get(), operator.get(), host.get(), location.get(), precision.get(),
                        row.textOrNull("location_note"), period.get(), status.get(), row.textOrNull("personnel"),
                        row.textOrNull("notes"), history.getOrDefault(row.text("id"), List.of()), citations.get()))
                        .ifPresent(presences::add);
            }
        }
        return presences;
    }

    private List<Corridor> readCorridors() {
        Map<String, List<Segment>> segments = new HashMap<>();
        List<CsvFile.Row> segmentRows = csv(files.file(DatasetFiles.CORRIDOR_SEGMENTS), "id", "corridor", "seq", "name",
                "status", "from", "to", "waypoints", "sources").rows();
        for (CsvFile.Row row : segmentRows) {
            var citations = fact(row, "id");
            var seq = row.parse("seq", Integer::valueOf);
            var status = word(row, "status", CorridorStatus.class);
            var period = period(row, "from", "to");
            var route = row.parse("waypoints", Waypoint::parseRoute);
            if (all(citations, seq, status, period, route)) {
                build(row, () -> new Segment(row.text("id"), seq.get(), row.textOrNull("name"), status.get(), period.get(),
                        route.get(), citations.get()))
                        .ifPresent(s -> segments.computeIfAbsent(row.text("corridor"), k -> new ArrayList<>()).add(s));
            }
        }
        List<Corridor> corridors = new ArrayList<>();
        List<CsvFile.Row> rows = csv(files.file(DatasetFiles.CORRIDORS), "id", "name", "alt_names", "kind", "status",
                "bypasses_russia", "countries", "from", "to", "capacity", "sponsors", "notes", "sources").rows();
        Set<String> ids = new HashSet<>(rows.stream().map(row -> row.text("id")).toList());
        segmentRows.stream().filter(row -> !ids.contains(row.text("corridor")))
                .forEach(row -> row.problem("corridor", "unknown corridor '" + row.text("corridor") + "'"));
        for (CsvFile.Row row : rows) {
            var citations = fact(row, "id");
            var kind = word(row, "kind", CorridorKind.class);
            var status = word(row, "status", CorridorStatus.class);
            var bypasses = row.parse("bypasses_russia", DatasetReader::yesNo);
            var countries = countries(row, "countries");
            var period = period(row, "from", "to");
            List<Segment> own = segments.getOrDefault(row.text("id"), List.of());
            if (own.isEmpty() && !row.text("id").isEmpty()) {
                row.problem("id", "corridor has no segment in " + DatasetFiles.CORRIDOR_SEGMENTS);
                continue;
            }
            if (all(citations, kind, status, bypasses, countries, period)) {
                build(row, () -> new Corridor(row.text("id"), row.text("name"), Cells.split(row.text("alt_names")),
                        kind.get(), status.get(), bypasses.get(), countries.get(), period.get(),
                        row.textOrNull("capacity"), Cells.split(row.text("sponsors")), row.textOrNull("notes"), own,
                        citations.get())).ifPresent(corridors::add);
            }
        }
        return corridors;
    }

    private static boolean yesNo(String text) {
        return switch (text) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new IllegalArgumentException("'" + text + "' is not yes or no");
        };
    }

    private List<Event> readEvents() {
        List<Event> events = new ArrayList<>();
        for (CsvFile.Row row : csv(files.file(DatasetFiles.EVENTS), "id", "date", "to", "name", "alt_names", "kind",
                "lat", "lon", "precision", "place", "countries", "summary", "sources").rows()) {
            var citations = fact(row, "id");
            var period = period(row, "date", "to");
            var kind = word(row, "kind", EventKind.class);
            var location = point(row);
            var precision = word(row, "precision", Precision.class);
            var countries = countries(row, "countries");
            if (all(citations, period, kind, location, precision, countries)) {
                build(row, () -> new Event(row.text("id"), period.get(), row.text("name"), Cells.split(row.text("alt_names")),
                        kind.get(), location.get(), precision.get(), row.textOrNull("place"), countries.get(),
                        row.textOrNull("summary"), citations.get())).ifPresent(events::add);
            }
        }
        return events;
    }
}
