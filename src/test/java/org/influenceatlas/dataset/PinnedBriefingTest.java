package org.influenceatlas.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.influenceatlas.base.Change;
import org.influenceatlas.briefing.Briefing;
import org.influenceatlas.briefing.BriefingService;
import org.influenceatlas.presence.MilitaryPresence;
import org.influenceatlas.presence.PresenceService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A briefing that pins {@code knownOn} replays what the atlas said then: a correction made after
 * the pin changes neither its reads nor its handout, while an unpinned read sees it at once.
 * On the fixture, whose briefing's first slide selects the Gyumri base.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "atlas.data.dir=" + DatasetImporterTest.FIXTURE)
@ActiveProfiles("test")
@DirtiesContext
class PinnedBriefingTest {

    /** Briefing saves are an editor's (method security). */
    @org.junit.jupiter.api.BeforeEach
    void actAsAnEditor() {
        org.influenceatlas.account.SignIn.as("test-editor", org.influenceatlas.account.Role.EDITOR);
    }

    @org.junit.jupiter.api.AfterEach
    void signOut() {
        org.influenceatlas.account.SignIn.out();
    }

    static final Change EDITOR = Change.by("test editor", "a later correction");

    @Autowired
    BriefingService briefings;
    @Autowired
    PresenceService presences;
    @Autowired
    Clock clock;
    @LocalServerPort
    int port;

    @Test
    void a_pinned_briefing_replays_the_data_known_at_its_pin_after_a_later_correction() throws Exception {
        Briefing briefing = briefings.all().get(0);
        String selected = briefing.slide(1).map().selection().orElseThrow().id();
        MilitaryPresence before = presences.find(selected).orElseThrow();
        Instant pin = clock.instant();
        Thread.sleep(5); // the correction comes strictly after the pin
        Briefing pinned = briefings.save(EDITOR, briefing.pinnedTo(pin));
        presences.save(EDITOR, HistoryTest.renamed(before, "Renamed after the pin"));

        Briefing stored = briefings.find(briefing.slug()).orElseThrow();
        assertThat(stored.knownOn()).isEqualTo(pin);
        assertThat(presences.find(selected).orElseThrow().name()).isEqualTo("Renamed after the pin");
        assertThat(briefings.read(stored, () -> presences.find(selected).orElseThrow().name())).isEqualTo(before.name());

        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> document = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/briefings/" + briefing.slug())).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode json = new ObjectMapper().readTree(document.body());
        assertThat(json.get("knownOn").asText()).isEqualTo(pin.toString());

        HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/briefings/" + briefing.slug() + ".pdf")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument handout = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(handout).replaceAll("\\s+", " ");
            assertThat(text).contains(before.name()).doesNotContain("Renamed after the pin").contains("Maps as the atlas knew them on");
        }

        // Unpinned, the same briefing follows the correction.
        Briefing live = briefings.save(EDITOR, stored.pinnedTo(null));
        assertThat(briefings.read(live, () -> presences.find(selected).orElseThrow().name())).isEqualTo("Renamed after the pin");
        assertThat(pinned.version()).isLessThan(live.version());
    }

    @Test
    void before_the_pin_moves_the_presenter_sees_what_changed_in_the_features_the_slides_name() throws Exception {
        Briefing briefing = briefings.all().get(0);
        String selected = briefing.slide(1).map().selection().orElseThrow().id();
        MilitaryPresence before = presences.find(selected).orElseThrow();
        Briefing pinned = briefings.save(EDITOR, briefing.pinnedTo(clock.instant()));
        assertThat(briefings.changesSincePin(pinned).features()).isEmpty();
        Thread.sleep(5); // the correction comes strictly after the pin
        presences.save(EDITOR, HistoryTest.renamed(before, "Renamed before the update"));

        org.influenceatlas.briefing.PinChanges changes = briefings.changesSincePin(pinned);
        assertThat(changes.revisions()).isPositive();
        assertThat(changes.features()).singleElement().satisfies(change -> {
            assertThat(change.id()).isEqualTo(selected);
            assertThat(change.name()).isEqualTo("Renamed before the update");
            assertThat(change.differences()).contains(new org.influenceatlas.base.FieldDiff.Difference("properties.name",
                    "\"" + before.name() + "\"", "\"Renamed before the update\""));
        });
        // Unpinned, the briefing already follows the data: nothing to show.
        assertThat(briefings.changesSincePin(pinned.pinnedTo(null)).nothingChanged()).isTrue();
        presences.save(EDITOR, before);
    }

    @Test
    void a_pin_from_before_this_database_existed_reads_its_first_import() {
        Briefing briefing = briefings.all().get(0).pinnedTo(Instant.parse("2001-01-01T00:00:00Z"));
        assertThat(briefings.read(briefing, () -> presences.all().size())).isEqualTo(presences.all().size()).isPositive();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
