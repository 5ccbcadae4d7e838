package org.influenceatlas.dataset;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.influenceatlas.alignment.Alignment;
import org.influenceatlas.alignment.AlignmentService;
import org.influenceatlas.alignment.Membership;
import org.influenceatlas.alignment.Organisation;
import org.influenceatlas.alignment.Stance;
import org.influenceatlas.base.Cells;
import org.influenceatlas.base.GeoPoint;
import org.influenceatlas.base.PartialDate;
import org.influenceatlas.base.Period;
import org.influenceatlas.base.Vocabulary;
import org.influenceatlas.briefing.Briefing;
import org.influenceatlas.briefing.BriefingService;
import org.influenceatlas.briefing.Slide;
import org.influenceatlas.corridor.Corridor;
import org.influenceatlas.corridor.CorridorService;
import org.influenceatlas.corridor.Segment;
import org.influenceatlas.corridor.Waypoint;
import org.influenceatlas.country.Boundary;
import org.influenceatlas.country.Country;
import org.influenceatlas.country.CountryService;
import org.influenceatlas.event.Event;
import org.influenceatlas.event.EventService;
import org.influenceatlas.presence.MilitaryPresence;
import org.influenceatlas.presence.PresenceService;
import org.influenceatlas.presence.StatusChange;
import org.influenceatlas.source.Citation;
import org.influenceatlas.source.Source;
import org.influenceatlas.source.SourceService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Writes what the database holds now back in the format of data/ (see data/README.md), so that
 * edits made in the app can be reviewed as a diff, committed as the next release, or loaded into
 * another installation. Importing the export into an empty database gives the same content
 * ({@code DatasetRoundTripTest}). Reads go through the feature services, so a request pinned with
 * {@code knownOn} exports what the atlas said then.
 * <p>
 * The bundled article texts ({@code sources/articles/}) are not facts and are not in the
 * database; they are copied from the dataset folder the app was started with.
 */
@Service
public class DatasetExporter {

    /** The columns of each file, in the order the bundled files use. */
    static final List<String> SOURCE_COLUMNS = List.of("id", "kind", "title", "publisher", "author", "date", "url", "file",
            "reliability", "reliability_reason", "unknown", "notes");
    static final List<String> CITATION_COLUMNS = List.of("fact", "source", "locator", "quote", "credibility", "claim");
    static final List<String> COUNTRY_COLUMNS = List.of("id", "name", "alt_names", "status", "claimed_by", "notes",
            "curation_note", "sources");
    static final List<String> ORGANISATION_COLUMNS = List.of("id", "name", "full_name", "kind", "from", "to", "notes",
            "curation_note", "sources");
    static final List<String> MEMBERSHIP_COLUMNS = List.of("id", "country", "organisation", "relation", "from", "to", "notes",
            "curation_note", "sources");
    static final List<String> STANCE_COLUMNS = List.of("id", "country", "from", "stance", "event", "curation_note", "sources");
    static final List<String> PRESENCE_COLUMNS = List.of("id", "name", "alt_names", "kind", "operator", "host", "lat", "lon",
            "precision", "location_note", "from", "to", "status", "personnel", "notes", "offshore", "curation_note", "sources");
    static final List<String> STATUS_CHANGE_COLUMNS = List.of("id", "presence", "from", "status", "personnel", "note",
            "curation_note", "sources");
    static final List<String> CORRIDOR_COLUMNS = List.of("id", "name", "alt_names", "kind", "status", "bypasses_russia", "countries",
            "from", "to", "capacity", "sponsors", "notes", "curation_note", "sources");
    static final List<String> SEGMENT_COLUMNS = List.of("id", "corridor", "seq", "name", "status", "from", "to", "waypoints",
            "curation_note", "sources");
    static final List<String> EVENT_COLUMNS = List.of("id", "date", "to", "name", "alt_names", "kind", "lat", "lon", "precision",
            "place", "countries", "summary", "site", "offshore", "curation_note", "sources");
    static final List<String> LAYER_CHECK_COLUMNS = List.of("layer", "checked_to", "note");

    private final SourceService sources;
    private final CountryService countries;
    private final AlignmentService alignments;
    private final PresenceService presences;
    private final CorridorService corridors;
    private final EventService events;
    private final BriefingService briefings;
    private final ObjectMapper json;
    private final Path bundled;

    DatasetExporter(SourceService sources, CountryService countries, AlignmentService alignments, PresenceService presences,
                    CorridorService corridors, EventService events, BriefingService briefings, ObjectMapper json,
                    @Value("${atlas.data.dir:data}") Path bundled) {
        this.sources = sources;
        this.countries = countries;
        this.alignments = alignments;
        this.presences = presences;
        this.corridors = corridors;
        this.events = events;
        this.briefings = briefings;
        this.json = json;
        this.bundled = bundled;
    }

    /** Writes the dataset into the folder (created if need be; files of the same names are replaced). */
    @Transactional(readOnly = true)
    public void export(Path root) {
        try {
            write(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Path root) throws IOException {
        Files.createDirectories(root.resolve(DatasetFiles.SOURCES_DIR));
        Files.createDirectories(root.resolve(DatasetFiles.CITATIONS_DIR));
        Files.createDirectories(root.resolve(BriefingReader.DIR));
        Files.createDirectories(root.resolve(BoundaryReader.FILE).getParent());
        List<List<String>> citationRows = new ArrayList<>();
        java.util.Map<String, String> notes = sources.curationNotes();

        List<List<String>> sourceRows = new ArrayList<>();
        for (Source s : sources.all()) {
            sourceRows.add(row(s.id(), s.kind(), s.title(), s.publisher(), s.author(), date(s.date()), s.url(), s.file(),
                    s.reliability() == null ? null : s.reliability().code(), s.reliabilityReason(), s.unknown(), s.notes()));
            copyBundledText(root, s.file());
        }
        csv(root.resolve(DatasetFiles.SOURCES_DIR).resolve("sources.csv"), SOURCE_COLUMNS, sourceRows);

        List<List<String>> countryRows = new ArrayList<>();
        for (Country c : countries.all()) {
            countryRows.add(row(c.code().value(), c.name(), Cells.join(c.altNames()), Vocabulary.code(c.status()),
                    c.claimedBy() == null ? null : c.claimedBy().value(), c.notes(), notes.get(c.code().value()), cited(c.code().value(), c.citations(), citationRows)));
        }
        csv(root.resolve(DatasetFiles.COUNTRIES), COUNTRY_COLUMNS, countryRows);
        boundaries(root.resolve(BoundaryReader.FILE), countries.boundaries());

        List<List<String>> organisationRows = new ArrayList<>();
        for (Organisation o : alignments.organisations()) {
            organisationRows.add(row(o.id(), o.name(), o.fullName(), o.kind(), date(o.period().from()), end(o.period()), o.notes(), notes.get(o.id()),
                    cited(o.id(), o.citations(), citationRows)));
        }
        csv(root.resolve(DatasetFiles.ORGANISATIONS), ORGANISATION_COLUMNS, organisationRows);

        List<List<String>> membershipRows = new ArrayList<>();
        List<List<String>> stanceRows = new ArrayList<>();
        for (Alignment a : alignments.all()) {
            for (Membership m : a.memberships()) {
                membershipRows.add(row(m.id(), m.country().value(), m.organisation(), Vocabulary.code(m.relation()),
                        date(m.period().from()), end(m.period()), m.notes(), notes.get(m.id()), cited(m.id(), m.citations(), citationRows)));
            }
            for (Stance s : a.stances()) {
                stanceRows.add(row(s.id(), s.country().value(), date(s.since()), Vocabulary.code(s.value()), s.event(), notes.get(s.id()),
                        cited(s.id(), s.citations(), citationRows)));
            }
        }
        csv(root.resolve(DatasetFiles.MEMBERSHIPS), MEMBERSHIP_COLUMNS, membershipRows);
        csv(root.resolve(DatasetFiles.STANCES), STANCE_COLUMNS, stanceRows);

        List<List<String>> presenceRows = new ArrayList<>();
        List<List<String>> statusRows = new ArrayList<>();
        for (MilitaryPresence p : presences.all()) {
            presenceRows.add(row(p.id(), p.name(), Cells.join(p.altNames()), Vocabulary.code(p.kind()), p.operator().value(),
                    p.host().value(), lat(p.location()), lon(p.location()), Vocabulary.code(p.precision()), p.locationNote(),
                    date(p.period().from()), end(p.period()), Vocabulary.code(p.status()), p.personnel(), p.notes(),
                    p.offshore() ? "yes" : null, notes.get(p.id()), cited(p.id(), p.citations(), citationRows)));
            for (StatusChange c : p.history()) {
                statusRows.add(row(c.id(), p.id(), date(c.from()), Vocabulary.code(c.status()), c.personnel(), c.note(), notes.get(c.id()),
                        cited(c.id(), c.citations(), citationRows)));
            }
        }
        csv(root.resolve(DatasetFiles.PRESENCE), PRESENCE_COLUMNS, presenceRows);
        csv(root.resolve(DatasetFiles.PRESENCE_HISTORY), STATUS_CHANGE_COLUMNS, statusRows);

        List<List<String>> corridorRows = new ArrayList<>();
        List<List<String>> segmentRows = new ArrayList<>();
        for (Corridor c : corridors.all()) {
            corridorRows.add(row(c.id(), c.name(), Cells.join(c.altNames()), Vocabulary.code(c.kind()), Vocabulary.code(c.status()),
                    c.bypassesRussia() ? "yes" : "no", Cells.join(c.countries().stream().map(code -> code.value()).toList()),
                    date(c.period().from()), end(c.period()), c.capacity(), Cells.join(c.sponsors()), c.notes(), notes.get(c.id()),
                    cited(c.id(), c.citations(), citationRows)));
            for (Segment s : c.segments()) {
                segmentRows.add(row(s.id(), c.id(), String.valueOf(s.seq()), s.name(), Vocabulary.code(s.status()),
                        date(s.period().from()), end(s.period()), Waypoint.format(s.route()), notes.get(s.id()), cited(s.id(), s.citations(), citationRows)));
            }
        }
        csv(root.resolve(DatasetFiles.CORRIDORS), CORRIDOR_COLUMNS, corridorRows);
        csv(root.resolve(DatasetFiles.CORRIDOR_SEGMENTS), SEGMENT_COLUMNS, segmentRows);

        List<List<String>> eventRows = new ArrayList<>();
        for (Event e : events.all()) {
            eventRows.add(row(e.id(), date(e.period().from()), end(e.period()), e.name(), Cells.join(e.altNames()),
                    Vocabulary.code(e.kind()), lat(e.location()), lon(e.location()), Vocabulary.code(e.precision()), e.place(),
                    Cells.join(e.countries().stream().map(code -> code.value()).toList()), e.summary(), e.site(), e.offshore() ? "yes" : null, notes.get(e.id()),
                    cited(e.id(), e.citations(), citationRows)));
        }
        csv(root.resolve(DatasetFiles.EVENTS), EVENT_COLUMNS, eventRows);

        csv(root.resolve(DatasetFiles.CITATIONS_DIR).resolve("citations.csv"), CITATION_COLUMNS, citationRows);
        csv(root.resolve(LayerChecks.FILE), LAYER_CHECK_COLUMNS, sources.layerChecks().stream()
                .map(c -> row(c.layer(), c.checkedTo().toString(), c.note())).toList());
        // Drafts are their owners' work in progress: an export is a release, which would publish them.
        for (Briefing b : briefings.all().stream().filter(Briefing::published).toList()) {
            Files.writeString(root.resolve(BriefingReader.DIR).resolve(b.slug() + ".md"), markdown(b), StandardCharsets.UTF_8);
        }
    }

    /**
     * The fact's {@code sources} cell, and a citation row for each citation that carries a locator,
     * a quote, a credibility or a claim (the reader gives a source without one a bare citation).
     */
    private static String cited(String factId, List<Citation> citations, List<List<String>> citationRows) {
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        for (Citation c : citations) {
            ids.add(c.sourceId());
            if (c.locator() != null || c.quote() != null || c.credibility() != null || c.claim()) {
                citationRows.add(row(factId, c.sourceId(), c.locator(), c.quote(),
                        c.credibility() == null ? null : c.credibility().code(), c.claim() ? "yes" : null));
            }
        }
        return String.join(";", ids);
    }

    /** The outlines as one FeatureCollection, a feature a line: the reader names the line a bad outline starts on. */
    private void boundaries(Path file, List<Boundary> boundaries) throws IOException {
        StringBuilder text = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[\n");
        for (int i = 0; i < boundaries.size(); i++) {
            text.append(json.writeValueAsString(json.readTree(boundaries.get(i).featureJson())))
                    .append(i + 1 < boundaries.size() ? ",\n" : "\n");
        }
        Files.writeString(file, text.append("]}\n"), StandardCharsets.UTF_8);
    }

    private void copyBundledText(Path root, String file) throws IOException {
        if (file == null) {
            return;
        }
        Path from = bundled.resolve(DatasetFiles.SOURCES_DIR).resolve(file).normalize();
        Path to = root.resolve(DatasetFiles.SOURCES_DIR).resolve(file).normalize();
        if (!from.startsWith(bundled.resolve(DatasetFiles.SOURCES_DIR).normalize()) || !Files.isRegularFile(from)) {
            return;
        }
        Files.createDirectories(to.getParent());
        Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** A briefing in the Markdown form {@link BriefingReader} reads. */
    static String markdown(Briefing b) {
        StringBuilder md = new StringBuilder("---\n");
        front(md, "title", b.title());
        front(md, "summary", b.summary());
        front(md, "author", b.author());
        front(md, "created", b.created().toString());
        front(md, "updated", b.updated().toString());
        front(md, "data-as-of", b.dataAsOf().toString());
        front(md, "known-on", b.knownOn() == null ? null : b.knownOn().toString());
        md.append("---\n");
        for (Slide s : b.slides()) {
            md.append("\n## ").append(oneLine(s.title())).append('\n');
            md.append("map: ").append(s.map().toLine()).append("\n\n");
            md.append(s.body().strip()).append('\n');
        }
        return md.toString();
    }

    private static void front(StringBuilder md, String key, String value) {
        if (value != null) {
            md.append(key).append(": ").append(oneLine(value)).append('\n');
        }
    }

    /** Front matter and headings are one line each: a line break written in the app becomes a space. */
    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    private static List<String> row(String... cells) {
        List<String> row = new ArrayList<>(cells.length);
        for (String cell : cells) {
            row.add(cell);
        }
        return row;
    }

    private static String date(PartialDate date) {
        return date == null ? null : date.toString();
    }

    private static String end(Period period) {
        return period.end().map(PartialDate::toString).orElse(null);
    }

    private static String lat(GeoPoint p) {
        return BigDecimal.valueOf(p.latitude()).toPlainString();
    }

    private static String lon(GeoPoint p) {
        return BigDecimal.valueOf(p.longitude()).toPlainString();
    }

    /** RFC 4180: a header row, then the rows; a cell is quoted when it holds a comma, a quote, a line break or edge spaces. */
    private static void csv(Path file, List<String> columns, List<List<String>> rows) throws IOException {
        StringBuilder text = new StringBuilder();
        line(text, columns);
        rows.forEach(row -> line(text, row));
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder text, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            String cell = Objects.requireNonNullElse(cells.get(i), "");
            boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")
                    || !cell.equals(cell.strip());
            text.append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
        }
        text.append('\n');
    }
}
