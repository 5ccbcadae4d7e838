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
import org.influenceatlas.source.Credibility;
import org.influenceatlas.source.LayerCheck;
import org.influenceatlas.source.Reliability;
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
    private final DataRules rules;
    /** Where each citation of a fact came from (its citations row, or the fact row for one without). */
    private final Map<Citation, CsvFile.Row> citationRows = new java.util.IdentityHashMap<>();
    private final Map<String, String> claimedBy = new HashMap<>();
    private final Map<String, String> curationNotes = new LinkedHashMap<>();

    DatasetReader(Path root, BoundaryReader boundaryReader) {
        this(root, boundaryReader, DataRules.Mode.REPORT);
    }

    DatasetReader(Path root, BoundaryReader boundaryReader, DataRules.Mode mode) {
        this.root = root;
        this.files = new DatasetFiles(root);
        this.boundaryReader = boundaryReader;
        this.rules = new DataRules(mode, problems);
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
        Outlines outlines = new Outlines(boundaries);
        checkPresencePoints(presences, outlines);
        List<Event> events = readEvents(presences, outlines);
        reportUnusedQuotes();
        checkCitations();
        List<LayerCheck> checks = new LayerChecks(files, problems, rules).read();
        // Each feature id with the layer that draws it, so a slide's selection keeps its layer.
        Map<String, String> features = new HashMap<>();
        countryCodes.forEach(code -> features.put(code, AlignmentLayer.ID));
        presences.forEach(p -> features.put(p.id(), PresenceLayer.ID));
        corridors.forEach(c -> features.put(c.id(), CorridorLayer.ID));
        events.forEach(e -> features.put(e.id(), EventLayer.ID));
        Set<String> organisationIds = new HashSet<>(organisations.stream().map(Organisation::id).toList());
        List<Briefing> briefings = new BriefingReader(features, organisationIds, sources.keySet(), problems).read(root);
        LayerChecks.checkBriefings(root, briefings, checks, rules);
        problems.throwIfAny();
        rules.log();
        return new Dataset(version, List.copyOf(sources.values()), citationsByFact, countries, boundaries,
                organisations, memberships, stances, presences, corridors, events, briefings, checks,
                Map.copyOf(curationNotes), rules.breaches());
    }

    private CsvFile csv(Path file, String... columns) {
        return CsvFile.read(root, file, Set.of(columns), problems);
    }

    private void readSources(Path file) {
        for (CsvFile.Row row : csv(file, "id", "kind", "title", "publisher", "author", "date", "url", "file",
                "reliability", "reliability_reason", "unknown", "notes").rows()) {
            Optional<Reliability> reliability = row.parseOptional("reliability", Reliability::parse);
            if (reliability.isEmpty() && !row.text("reliability").isEmpty()) {
                continue;
            }
            problems.attempt(row.file(), row.line(), "unknown", () -> new Source(row.text("id"), row.textOrNull("kind"),
                    row.text("title"), row.textOrNull("publisher"), row.textOrNull("author"),
                    row.parseOptional("date", PartialDate::parse).orElse(null), row.textOrNull("url"),
                    row.textOrNull("file"), row.textOrNull("notes"), reliability.orElse(null),
                    row.textOrNull("reliability_reason"), row.textOrNull("unknown"))).ifPresent(source -> {
                checkSource(row, source);
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
        for (CsvFile.Row row : csv(file, "fact", "source", "locator", "quote", "credibility", "claim").rows()) {
            String key = row.text("fact") + "\u0000" + row.text("source");
            Optional<Credibility> credibility = row.parseOptional("credibility", Credibility::parse);
            Optional<Boolean> claim = row.text("claim").isEmpty() ? Optional.of(false) : row.parse("claim", DatasetReader::yesNo);
            if (claim.isEmpty() || (credibility.isEmpty() && !row.text("credibility").isEmpty())) {
                continue;
            }
            Citation citation = new Citation(row.text("source").isEmpty() ? "?" : row.text("source"),
                    row.textOrNull("locator"), row.textOrNull("quote"), credibility.orElse(null), claim.get());
            citationRows.put(citation, row);
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
                Citation bare = Citation.of(sourceId);
                citationRows.put(bare, row);
                citations.add(bare);
            }
        }
        if (citations.isEmpty()) {
            if (row.text("sources").isBlank()) {
                row.problem("sources", "is missing: every fact needs at least one source (or 'unsourced')");
            }
            return Optional.empty();
        }
        citationsByFact.put(id, citations);
        String note = row.text("curation_note");
        if (!note.isEmpty()) {
            curationNotes.put(id, note);
        }
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
        rows.stream().filter(row -> !row.text("claimed_by").isEmpty())
                .forEach(row -> claimedBy.put(row.text("id"), row.text("claimed_by")));
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
            var offshore = offshore(row);
            if (all(citations, kind, operator, host, location, precision, period, status, offshore)) {
                presenceRows.put(row.text("id"), row);
                build(row, () -> new MilitaryPresence(row.text("id"), row.text("name"), Cells.split(row.text("alt_names")),
                        kind.get(), operator.get(), host.get(), location.get(), precision.get(),
                        row.textOrNull("location_note"), period.get(), status.get(), row.textOrNull("personnel"),
                        row.textOrNull("notes"), history.getOrDefault(row.text("id"), List.of()), citations.get(),
                        offshore.get()))
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

    private List<Event> readEvents(List<MilitaryPresence> presences, Outlines outlines) {
        Map<String, MilitaryPresence> sites = new HashMap<>();
        presences.forEach(p -> sites.put(p.id(), p));
        List<Event> events = new ArrayList<>();
        for (CsvFile.Row row : csv(files.file(DatasetFiles.EVENTS), "id", "date", "to", "name", "alt_names", "kind",
                "lat", "lon", "precision", "place", "countries", "summary", "sources").rows()) {
            var citations = fact(row, "id");
            var period = period(row, "date", "to");
            var kind = word(row, "kind", EventKind.class);
            var location = point(row);
            var precision = word(row, "precision", Precision.class);
            var countries = countries(row, "countries");
            var offshore = offshore(row);
            String site = row.text("site");
            if (!site.isEmpty() && !sites.containsKey(site)) {
                row.problem("site", "unknown presence '" + site + "'");
                continue;
            }
            if (all(location, countries, offshore)) {
                if (!offshore.get()) {
                    checkInside(row, location.get(), countries.get().stream().map(CountryCode::value).toList(), outlines);
                }
                if (!site.isEmpty()) {
                    GeoPoint at = sites.get(site).location();
                    double km = Outlines.distanceKm(location.get(), at);
                    if (km > SITE_TOLERANCE_KM) {
                        rules.breach(DataRules.Rule.SITE_MISMATCH, row, "lat", row.text("id"), String.format(java.util.Locale.ROOT,
                                "the point is %.1f km from its site %s (%.4f,%.4f); an event at a site uses the site's point",
                                km, site, at.latitude(), at.longitude()));
                    }
                }
            }
            if (all(citations, period, kind, location, precision, countries, offshore)) {
                build(row, () -> new Event(row.text("id"), period.get(), row.text("name"), Cells.split(row.text("alt_names")),
                        kind.get(), location.get(), precision.get(), row.textOrNull("place"), countries.get(),
                        row.textOrNull("summary"), citations.get(), site.isEmpty() ? null : site, offshore.get()))
                        .ifPresent(events::add);
            }
        }
        return events;
    }

    /** An event at a presence site uses the site's point: `exact` means within about 2 km. */
    static final double SITE_TOLERANCE_KM = 2;

    private final Map<String, CsvFile.Row> presenceRows = new HashMap<>();

    private Optional<Boolean> offshore(CsvFile.Row row) {
        return row.text("offshore").isEmpty() ? Optional.of(false) : row.parse("offshore", DatasetReader::yesNo);
    }

    private void checkSource(CsvFile.Row row, Source source) {
        if (source.isUnsourcedMarker()) {
            return;
        }
        Map<String, String> unknown = source.unknownFields();
        for (String field : List.of("title", "publisher", "date")) {
            if (row.text(field).isEmpty() && !unknown.containsKey(field)) {
                rules.breach(DataRules.Rule.SOURCE_FIELD, row, field, source.id(), "is missing; give it, or mark it in "
                        + "'unknown' with the reason (" + field + ": why)");
            }
        }
        if (source.reliability() == null) {
            rules.breach(DataRules.Rule.SOURCE_GRADE, row, "reliability", source.id(), "is missing: every source needs a "
                    + "reliability grade A-F");
        } else if (source.reliabilityReason() == null) {
            rules.breach(DataRules.Rule.SOURCE_GRADE, row, "reliability_reason", source.id(), "is missing: say in one line "
                    + "why the source is graded " + source.reliability().code());
        }
    }

    /** Each citation needs a locator or a quote and a credibility; a fact may not rest on claims alone. */
    private void checkCitations() {
        citationsByFact.forEach((fact, citations) -> {
            for (Citation c : citations) {
                if (c.isUnsourced()) {
                    continue;
                }
                CsvFile.Row row = citationRows.get(c);
                boolean fromFactRow = row == null || !row.text("fact").equals(fact);
                String where = fromFactRow ? "sources" : null;
                // A fact cited to a dataset (Natural Earth for a country) is located by its own id in it.
                if (fromFactRow && "dataset".equals(sources.get(c.sourceId()).kind())) {
                    continue;
                }
                if (c.locator() == null && c.quote() == null) {
                    breach(DataRules.Rule.CITATION_LOCATOR, row, where == null ? "quote" : where, fact, fromFactRow
                            ? "'" + c.sourceId() + "' has no row in citations/ with a locator or a quote"
                            : "needs a locator or a quote that says what the fact says");
                }
                if (c.credibility() == null) {
                    breach(DataRules.Rule.CITATION_GRADE, row, where == null ? "credibility" : where, fact, fromFactRow
                            ? "'" + c.sourceId() + "' has no row in citations/ with a credibility grade 1-6"
                            : "is missing: every citation needs a credibility grade 1-6");
                }
            }
            List<Citation> real = citations.stream().filter(c -> !c.isUnsourced()).toList();
            if (!real.isEmpty() && real.stream().allMatch(Citation::claim)) {
                CsvFile.Row row = citationRows.get(real.get(0));
                breach(DataRules.Rule.ONLY_CLAIMS, row, "claim", fact, "every citation of " + fact + " is a party's own claim;"
                        + " the fact needs a source that is not a party to it");
            }
        });
    }

    private void breach(DataRules.Rule rule, CsvFile.Row row, String field, String fact, String message) {
        if (row == null) {
            rules.breach(rule, "?", 0, field, fact, fact + ": " + message);
        } else {
            rules.breach(rule, row, field, fact, message);
        }
    }

    private void checkPresencePoints(List<MilitaryPresence> presences, Outlines outlines) {
        for (MilitaryPresence p : presences) {
            CsvFile.Row row = presenceRows.get(p.id());
            if (row != null && !offshore(row).orElse(false)) {
                checkInside(row, p.location(), List.of(p.host().value()), outlines);
            }
        }
    }

    /**
     * A point lies in one of its countries (or in an area one of them claims, such as a breakaway
     * region drawn on its own), within the outlines' tolerance. A point with a country that has no
     * outline (beyond the map, or an organisation as actor) is not checked.
     */
    private void checkInside(CsvFile.Row row, GeoPoint point, List<String> countries, Outlines outlines) {
        List<String> areas = new ArrayList<>();
        for (String country : countries) {
            areas.add(country);
            claimedBy.forEach((area, claimant) -> {
                if (claimant.equals(country)) {
                    areas.add(area);
                }
            });
        }
        // A country the bundled map does not outline (the United States for a summit in Washington)
        // could hold the point, so nothing can be said.
        if (countries.stream().anyMatch(c -> !outlines.has(c))) {
            return;
        }
        List<String> outlined = areas.stream().filter(outlines::has).toList();
        double km = outlined.stream().mapToDouble(c -> outlines.distanceKm(point, c)).min().orElse(0);
        if (km > Outlines.TOLERANCE_KM) {
            rules.breach(DataRules.Rule.OUTSIDE_HOST, row, "lat", row.text("id"), String.format(java.util.Locale.ROOT,
                    "(%.4f,%.4f) is %.0f km outside %s; move it, or mark the row offshore=yes", point.latitude(),
                    point.longitude(), km, String.join("|", countries)));
        }
    }
}
