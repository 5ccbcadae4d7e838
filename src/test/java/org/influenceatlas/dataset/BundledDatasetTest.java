package org.influenceatlas.dataset;

import org.influenceatlas.alignment.Alignment;
import org.influenceatlas.alignment.AlignmentService;
import org.influenceatlas.alignment.Membership;
import org.influenceatlas.alignment.Organisation;
import org.influenceatlas.alignment.Relation;
import org.influenceatlas.base.CountryCode;
import org.influenceatlas.corridor.Corridor;
import org.influenceatlas.corridor.CorridorService;
import org.influenceatlas.country.CountryService;
import org.influenceatlas.event.Event;
import org.influenceatlas.event.EventKind;
import org.influenceatlas.event.EventService;
import org.influenceatlas.presence.MilitaryPresence;
import org.influenceatlas.presence.PresenceService;
import org.influenceatlas.source.Citation;
import org.influenceatlas.source.SourceService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dataset that ships in data/ (the default {@code atlas.data.dir}): it imports cleanly on start,
 * and it covers what the five source articles and the reference sheet are about. Facts are found
 * by name, date and country rather than by id, so that renumbering rows does not break the checks.
 */
@SpringBootTest
@ActiveProfiles("test")
class BundledDatasetTest {

    static final CountryCode ARM = CountryCode.of("ARM");
    static final CountryCode AZE = CountryCode.of("AZE");
    static final CountryCode GEO = CountryCode.of("GEO");
    static final CountryCode RUS = CountryCode.of("RUS");
    static final CountryCode SYR = CountryCode.of("SYR");
    static final CountryCode XCR = CountryCode.of("XCR");
    static final CountryCode XNK = CountryCode.of("XNK");
    static final Set<EventKind> FIGHTING = Set.of(EventKind.WAR, EventKind.OFFENSIVE, EventKind.INTERVENTION);

    @Value("${atlas.data.dir}")
    Path data;
    @Autowired
    DatasetImporter importer;
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

    @Test
    void the_bundled_dataset_is_imported_on_start_in_its_current_version() {
        assertThat(importer.currentVersion()).contains(new DatasetFiles(data).version());
    }

    @Test
    void every_part_of_the_bundled_dataset_has_rows() {
        assertThat(sources.all()).as("sources").isNotEmpty();
        assertThat(countries.all()).as("countries").isNotEmpty();
        assertThat(countries.boundaries()).as("boundaries").isNotEmpty();
        assertThat(alignments.organisations()).as("organisations").isNotEmpty();
        assertThat(alignments.all()).as("alignments").isNotEmpty();
        assertThat(alignments.all().stream().flatMap(a -> a.stances().stream())).as("stances").isNotEmpty();
        assertThat(presences.all()).as("presences").isNotEmpty();
        assertThat(presences.all().stream().flatMap(p -> p.history().stream())).as("presence history").isNotEmpty();
        assertThat(corridors.all()).as("corridors").isNotEmpty();
        assertThat(events.all()).as("events").isNotEmpty();
    }

    @Test
    void every_one_of_the_five_articles_is_cited_by_at_least_one_fact() throws IOException {
        Set<String> articles = articleIds();
        Set<String> cited = sources.citationsByFact().values().stream().flatMap(List::stream)
                .map(Citation::sourceId).collect(Collectors.toSet());

        assertThat(articles).hasSize(5);
        assertThat(articles).allSatisfy(id -> assertThat(cited).as("facts citing " + id).contains(id));
    }

    @Test
    void the_georgia_war_of_august_2008_is_an_event() {
        assertEvent("Russia-Georgia war, 2008-08", e -> e.kind() == EventKind.WAR && startsIn(e, "2008-08")
                && e.countries().containsAll(List.of(RUS, GEO)));
    }

    @Test
    void the_annexation_of_crimea_in_2014_is_an_event() {
        assertEvent("Crimea, 2014", e -> startsIn(e, "2014")
                && (e.countries().contains(XCR) || e.name().toLowerCase(Locale.ROOT).contains("crimea")));
    }

    @Test
    void the_syria_intervention_of_autumn_2015_is_an_event() {
        assertEvent("Russian intervention in Syria, 2015-09/10", e -> e.kind() == EventKind.INTERVENTION
                && (startsIn(e, "2015-09") || startsIn(e, "2015-10")) && e.countries().containsAll(List.of(RUS, SYR)));
    }

    @Test
    void the_fall_of_assad_on_8_december_2024_is_an_event() {
        assertEvent("fall of Assad, 2024-12-08", e -> e.period().from().toString().equals("2024-12-08")
                && e.countries().contains(SYR));
    }

    @Test
    void the_karabakh_fighting_of_2016_2020_and_2023_are_events() {
        for (String month : List.of("2016-04", "2020-09", "2023-09")) {
            assertEvent("Karabakh fighting, " + month, e -> FIGHTING.contains(e.kind()) && startsIn(e, month)
                    && (e.countries().contains(XNK) || e.countries().containsAll(List.of(ARM, AZE))));
        }
    }

    @Test
    void the_osce_minsk_group_is_an_organisation() {
        assertThat(alignments.organisations()).map(Organisation::name).contains("OSCE Minsk Group");
    }

    @Test
    void armenia_has_a_frozen_csto_membership() {
        String csto = alignments.organisations().stream().filter(o -> o.name().equals("CSTO")).findFirst()
                .map(Organisation::id).orElseThrow(() -> new AssertionError("no organisation named CSTO"));
        Alignment armenia = alignments.all().stream().filter(a -> a.country().equals(ARM)).findFirst()
                .orElseThrow(() -> new AssertionError("Armenia has no alignment"));

        assertThat(armenia.memberships()).filteredOn(m -> m.organisation().equals(csto))
                .map(Membership::relation).contains(Relation.MEMBER, Relation.FROZEN);
    }

    @Test
    void the_corridor_through_syunik_is_there_as_tripp_or_zangezur() {
        assertThat(corridors.all()).map(BundledDatasetTest::names)
                .anySatisfy(names -> assertThat(names).containsAnyOf("tripp", "zangezur"));
    }

    @Test
    void russia_has_presences_in_syria_at_hmeimim_and_tartus() {
        List<MilitaryPresence> inSyria = presences.all().stream()
                .filter(p -> p.host().equals(SYR) && p.operator().equals(RUS)).toList();

        assertThat(inSyria).as("Russian presences in Syria").isNotEmpty();
        assertThat(inSyria).map(BundledDatasetTest::names).anySatisfy(names -> assertThat(names).contains("hmeimim"));
        assertThat(inSyria).map(BundledDatasetTest::names).anySatisfy(names -> assertThat(names).contains("tartus"));
    }

    private void assertEvent(String what, Predicate<Event> matches) {
        assertThat(events.all()).as("an event for " + what).anyMatch(matches);
    }

    private static boolean startsIn(Event e, String prefix) {
        return e.period().from().toString().startsWith(prefix);
    }

    private static String names(MilitaryPresence p) {
        return Stream.concat(Stream.of(p.name()), p.altNames().stream()).collect(Collectors.joining("|")).toLowerCase(Locale.ROOT);
    }

    private static String names(Corridor c) {
        return Stream.concat(Stream.of(c.name()), c.altNames().stream()).collect(Collectors.joining("|")).toLowerCase(Locale.ROOT);
    }

    private Set<String> articleIds() throws IOException {
        try (Stream<String> lines = Files.lines(data.resolve("sources/articles.csv"), StandardCharsets.UTF_8)) {
            return lines.skip(1).map(line -> line.split(",", 2)[0]).filter(id -> id.startsWith("art-"))
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
        }
    }
}
