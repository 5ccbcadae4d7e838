package org.influenceatlas.dataset;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.influenceatlas.alignment.AlignmentService;
import org.influenceatlas.alignment.Membership;
import org.influenceatlas.alignment.Stance;
import org.influenceatlas.base.Change;
import org.influenceatlas.base.ChangeNotifier;
import org.influenceatlas.base.History;
import org.influenceatlas.base.KnownOn;
import org.influenceatlas.base.Revision;
import org.influenceatlas.briefing.Briefing;
import org.influenceatlas.briefing.BriefingService;
import org.influenceatlas.corridor.Corridor;
import org.influenceatlas.corridor.CorridorService;
import org.influenceatlas.country.Country;
import org.influenceatlas.country.CountryService;
import org.influenceatlas.event.Event;
import org.influenceatlas.event.EventService;
import org.influenceatlas.presence.MilitaryPresence;
import org.influenceatlas.presence.PresenceService;
import org.influenceatlas.source.Source;
import org.influenceatlas.source.SourceService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The write model: every write path leaves a revision, retiring keeps the history, and reads
 * known on an earlier revision see the earlier version. Each test leaves the current data as it
 * found it (it writes the original back), so the fixture context can be shared with other tests.
 */
@SpringBootTest(properties = "atlas.data.dir=" + DatasetImporterTest.FIXTURE)
@ActiveProfiles("test")
class HistoryTest {

    /** Briefing saves are an editor's (method security). */
    @org.junit.jupiter.api.BeforeEach
    void actAsAnEditor() {
        org.influenceatlas.account.SignIn.as("test-editor", org.influenceatlas.account.Role.EDITOR);
    }

    @org.junit.jupiter.api.AfterEach
    void signOut() {
        org.influenceatlas.account.SignIn.out();
    }

    static final Change EDITOR = Change.by("test editor", "a correction");

    @Autowired
    History history;
    @Autowired
    ChangeNotifier notifier;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ObjectMapper json;
    @Autowired
    SourceService sources;
    @Autowired
    CountryService countries;
    @Autowired
    AlignmentService alignments;
    @Autowired
    PresenceService presences;
    @Autowired
    CorridorService corridors;
    @Autowired
    EventService events;
    @Autowired
    BriefingService briefings;

    @Test
    void every_fact_of_the_import_has_a_creation_revision_by_dataset_import() {
        for (MilitaryPresence p : presences.all()) {
            List<Revision> revisions = history.of("presence", p.id());
            assertThat(revisions).as(p.id()).isNotEmpty();
            assertThat(revisions.get(0).action()).isEqualTo(Revision.Action.CREATE);
            assertThat(revisions.get(0).author()).isEqualTo(Change.DATASET_IMPORT);
            assertThat(revisions.get(0).before()).isNull();
        }
        assertThat(history.of("citation", presences.all().get(0).id() + "#1")).isNotEmpty();
        assertThat(history.of("boundary", countries.boundaries().get(0).id())).isNotEmpty();
        assertThat(history.of("briefing", briefings.all().get(0).slug())).isNotEmpty();
    }

    @Test
    void an_update_records_who_when_why_and_the_fields_before_and_after() throws Exception {
        MilitaryPresence original = presences.all().get(0);
        presences.save(EDITOR, renamed(original, "Renamed base"));
        try {
            Revision last = last("presence", original.id());
            assertThat(last.action()).isEqualTo(Revision.Action.UPDATE);
            assertThat(last.author()).isEqualTo("test editor");
            assertThat(last.comment()).isEqualTo("a correction");
            assertThat(last.recordedAt()).isNotNull();
            assertThat(json.readTree(last.before()).get("name").asText()).isEqualTo(original.name());
            assertThat(json.readTree(last.after()).get("name").asText()).isEqualTo("Renamed base");
            assertThat(last.state()).isEqualTo(Revision.PUBLISHED);
            assertThat(presences.find(original.id()).orElseThrow().name()).isEqualTo("Renamed base");
        } finally {
            presences.save(EDITOR, original);
        }
    }

    @Test
    void a_read_known_on_a_revision_before_a_change_returns_the_old_value() {
        MilitaryPresence original = presences.all().get(0);
        long before = history.latest();
        presences.save(EDITOR, renamed(original, "Renamed base"));
        try {
            assertThat(presences.find(original.id()).orElseThrow().name()).isEqualTo("Renamed base");
            assertThat(new KnownOn(before).read(() -> presences.find(original.id()).orElseThrow().name()))
                    .isEqualTo(original.name());
        } finally {
            presences.save(EDITOR, original);
        }
    }

    @Test
    void retiring_a_fact_takes_it_out_of_current_reads_and_keeps_its_history() {
        MilitaryPresence original = presences.all().get(0);
        long before = history.latest();
        presences.retire(EDITOR, original.id());
        try {
            assertThat(presences.find(original.id())).isEmpty();
            assertThat(last("presence", original.id()).action()).isEqualTo(Revision.Action.RETIRE);
            assertThat(last("presence", original.id()).after()).isNull();
            assertThat(last("citation", original.id() + "#1").action()).isEqualTo(Revision.Action.RETIRE);
            assertThat(history.of("presence", original.id()).get(0).action()).isEqualTo(Revision.Action.CREATE);
            assertThat(new KnownOn(before).read(() -> presences.find(original.id()))).contains(original);
        } finally {
            presences.save(EDITOR, original);
        }
        assertThat(last("presence", original.id()).action()).isEqualTo(Revision.Action.RESTORE);
        assertThat(presences.find(original.id())).contains(original);
    }

    @Test
    void every_service_write_leaves_a_revision_naming_its_author() {
        List<Runnable> restore = new ArrayList<>();
        try {
            Source source = sources.all().get(0);
            written("source", source.id(), () -> sources.save(EDITOR, withNotes(source)), () -> sources.save(EDITOR, source), restore);

            Country country = countries.all().get(0);
            written("country", country.code().value(), () -> countries.save(EDITOR, new Country(country.code(), country.name() + " (edited)",
                    country.altNames(), country.status(), country.claimedBy(), country.notes(), country.citations())),
                    () -> countries.save(EDITOR, country), restore);

            Membership m = alignments.all().stream().flatMap(a -> a.memberships().stream()).findFirst().orElseThrow();
            written("membership", m.id(), () -> alignments.save(EDITOR, new Membership(m.id(), m.country(), m.organisation(),
                    m.relation(), m.period(), "edited", m.citations())), () -> alignments.save(EDITOR, m), restore);

            Stance s = alignments.all().stream().flatMap(a -> a.stances().stream()).findFirst().orElseThrow();
            written("stance", s.id(), () -> alignments.save(EDITOR, new Stance(s.id(), s.country(), s.since(), s.value(),
                    "edited", s.citations())), () -> alignments.save(EDITOR, s), restore);

            Corridor c = corridors.all().get(0);
            written("corridor", c.id(), () -> corridors.save(EDITOR, new Corridor(c.id(), c.name() + " (edited)", c.altNames(),
                    c.kind(), c.status(), c.bypassesRussia(), c.countries(), c.period(), c.capacity(), c.sponsors(), c.notes(),
                    c.segments(), c.citations())), () -> corridors.save(EDITOR, c), restore);

            Event e = events.all().get(0);
            written("event", e.id(), () -> events.save(EDITOR, new Event(e.id(), e.period(), e.name() + " (edited)", e.altNames(),
                    e.kind(), e.location(), e.precision(), e.place(), e.countries(), e.summary(), e.citations())),
                    () -> events.save(EDITOR, e), restore);

            Briefing b = briefings.all().get(0);
            Briefing[] saved = new Briefing[1];
            written("briefing", b.slug(), () -> saved[0] = briefings.save(EDITOR, new Briefing(b.slug(), b.title() + " (edited)",
                    b.summary(), b.author(), b.created(), b.updated(), b.dataAsOf(), b.bundled(), b.version(), b.slides())),
                    () -> briefings.save(EDITOR, new Briefing(b.slug(), b.title(), b.summary(), b.author(), b.created(),
                            b.updated(), b.dataAsOf(), b.bundled(), saved[0].version(), b.slides())), restore);
        } finally {
            restore.forEach(Runnable::run);
        }
    }

    @Test
    void a_commit_announces_its_last_revision_and_a_rollback_announces_nothing() {
        List<Long> heard = new ArrayList<>();
        notifier.onChange(heard::add);
        Source source = sources.all().get(0);
        transactions.executeWithoutResult(status -> {
            sources.save(EDITOR, withNotes(source));
            status.setRollbackOnly();
        });
        assertThat(heard).isEmpty();
        assertThat(sources.find(source.id())).contains(source);
        sources.save(EDITOR, withNotes(source));
        sources.save(EDITOR, source);
        assertThat(heard).hasSize(2);
        assertThat(heard.get(1)).isEqualTo(history.latest());
    }

    @Test
    void the_latest_read_follows_a_write_at_once() {
        Source source = sources.all().get(0);
        sources.all(); // cached now
        sources.save(EDITOR, withNotes(source));
        try {
            assertThat(sources.find(source.id()).orElseThrow().notes()).isEqualTo("edited");
        } finally {
            sources.save(EDITOR, source);
        }
        assertThat(sources.find(source.id())).contains(source);
    }

    @Test
    void a_citation_of_an_unknown_source_is_refused_and_nothing_is_written() {
        long before = history.latest();
        MilitaryPresence p = presences.all().get(0);
        MilitaryPresence wrong = new MilitaryPresence(p.id(), "Renamed", p.altNames(), p.kind(), p.operator(), p.host(),
                p.location(), p.precision(), p.locationNote(), p.period(), p.status(), p.personnel(), p.notes(), p.history(),
                List.of(org.influenceatlas.source.Citation.of("no-such-source")));
        assertThatThrownBy(() -> presences.save(EDITOR, wrong)).hasMessageContaining("unknown source 'no-such-source'");
        assertThat(history.latest()).isEqualTo(before);
        assertThat(presences.find(p.id())).contains(p);
    }

    @Test
    void a_fact_naming_an_unknown_country_is_refused_by_its_service_naming_the_field_and_nothing_is_written() {
        long before = history.latest();
        MilitaryPresence p = presences.all().get(0);
        MilitaryPresence wrong = new MilitaryPresence(p.id(), p.name(), p.altNames(), p.kind(), p.operator(),
                org.influenceatlas.base.CountryCode.of("QQQ"), p.location(), p.precision(), p.locationNote(), p.period(), p.status(),
                p.personnel(), p.notes(), p.history(), p.citations());
        assertThatThrownBy(() -> presences.save(EDITOR, wrong)).isInstanceOf(org.influenceatlas.base.InvalidField.class)
                .hasMessage("host: unknown country code 'QQQ'");
        Event e = events.all().get(0);
        Event wrongEvent = new Event(e.id(), e.period(), e.name(), e.altNames(), e.kind(), e.location(), e.precision(), e.place(),
                List.of(org.influenceatlas.base.CountryCode.of("QQQ")), e.summary(), e.citations());
        assertThatThrownBy(() -> events.save(EDITOR, wrongEvent)).hasMessage("countries: unknown country code 'QQQ'");
        assertThat(history.latest()).isEqualTo(before);
        assertThat(presences.find(p.id())).contains(p);
    }

    @Test
    void writing_an_unchanged_fact_leaves_no_revision() {
        long before = history.latest();
        presences.save(EDITOR, presences.all().get(0));
        assertThat(history.latest()).isEqualTo(before);
    }

    private void written(String type, String id, Runnable change, Runnable undo, List<Runnable> restore) {
        long before = history.latest();
        change.run();
        restore.add(undo);
        Revision last = last(type, id);
        assertThat(last.id()).as(type + " " + id + " has a new revision").isGreaterThan(before);
        assertThat(last.author()).isEqualTo("test editor");
    }

    private Revision last(String type, String id) {
        List<Revision> revisions = history.of(type, id);
        assertThat(revisions).as(type + " " + id).isNotEmpty();
        return revisions.get(revisions.size() - 1);
    }

    private static Source withNotes(Source s) {
        return new Source(s.id(), s.kind(), s.title(), s.publisher(), s.author(), s.date(), s.url(), s.file(), "edited");
    }

    static MilitaryPresence renamed(MilitaryPresence p, String name) {
        return new MilitaryPresence(p.id(), name, p.altNames(), p.kind(), p.operator(), p.host(), p.location(), p.precision(),
                p.locationNote(), p.period(), p.status(), p.personnel(), p.notes(), p.history(), p.citations());
    }
}
