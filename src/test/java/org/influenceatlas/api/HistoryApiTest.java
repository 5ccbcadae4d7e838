package org.influenceatlas.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.influenceatlas.base.Change;
import org.influenceatlas.base.CountryCode;
import org.influenceatlas.presence.MilitaryPresence;
import org.influenceatlas.presence.PresenceKind;
import org.influenceatlas.presence.PresenceService;
import org.influenceatlas.presence.StatusChange;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The change feeds and knownOn over HTTP, on the bundled dataset; dates and ids are read from the data. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HistoryApiTest {

    static final Change EDITOR = Change.by("test editor", "a correction");

    @LocalServerPort
    int port;
    @Autowired
    PresenceService presences;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void syria_from_2015_09_to_2025_lists_hmeimims_start_and_its_later_status_change() throws Exception {
        MilitaryPresence hmeimim = presences.all().stream().filter(p -> p.name().startsWith("Hmeimim")).findFirst().orElseThrow();
        LocalDate from = LocalDate.of(2015, 9, 1);
        LocalDate to = LocalDate.of(2025, 1, 1);
        List<JsonNode> entries = changes("/api/v1/changes?from=" + from + "&to=" + to + "&country=SYR", "military-presence", "SYR");
        assertThat(within(hmeimim.period().from().firstDay(), from, to)).as("the data starts Hmeimim in the range").isTrue();
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.get("id").asText()).isEqualTo(hmeimim.id());
            assertThat(e.get("change").asText()).isEqualTo("appeared");
            assertThat(e.get("date").asText()).isEqualTo(hmeimim.period().from().toString());
            assertThat(e.get("sources").size()).isPositive();
        });
        StatusChange later = hmeimim.history().stream()
                .filter(c -> !c.from().equals(hmeimim.period().from()) && within(c.from().firstDay(), from, to))
                .findFirst().orElseThrow(() -> new AssertionError("the data has no later status change for Hmeimim"));
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.get("fact").asText()).isEqualTo(later.id());
            assertThat(e.get("change").asText()).isEqualTo("status");
            assertThat(e.get("date").asText()).isEqualTo(later.from().toString());
        });
    }

    @Test
    void karabakh_from_2019_to_2025_lists_the_peacekeepers_arrival_and_departure() throws Exception {
        MilitaryPresence peacekeepers = presences.all().stream()
                .filter(p -> p.kind() == PresenceKind.PEACEKEEPING && p.operator().equals(CountryCode.of("RUS"))
                        && p.host().equals(CountryCode.of("AZE")))
                .findFirst().orElseThrow();
        List<JsonNode> entries = changes("/api/v1/changes?from=2019-01-01&to=2025-01-01&country=AZE", "military-presence", "AZE");
        List<String> seen = new ArrayList<>();
        entries.stream().filter(e -> e.get("id").asText().equals(peacekeepers.id()))
                .forEach(e -> seen.add(e.get("change").asText() + " " + e.get("date").asText()));
        assertThat(seen).contains("appeared " + peacekeepers.period().from(),
                "ended " + peacekeepers.period().end().orElseThrow());
    }

    @Test
    void the_changes_feed_pages_with_a_bounded_size_and_refuses_bad_dates_by_name() throws Exception {
        JsonNode first = json.readTree(get("/api/v1/changes?from=2008-01-01&to=2025-01-01&size=5").body());
        assertThat(first.get("total").asInt()).isGreaterThan(5);
        int shown = 0;
        for (JsonNode group : first.get("groups")) {
            shown += group.get("changes").size();
        }
        assertThat(shown).isEqualTo(5);
        JsonNode second = json.readTree(get(first.get("next").asText()).body());
        assertThat(second.get("page").asInt()).isEqualTo(2);
        assertThat(json.readTree(get("/api/v1/changes?from=2015-13-01&to=2025-01-01").body()).get("parameter").asText())
                .isEqualTo("from");
        assertThat(get("/api/v1/changes?from=2015-01-01&to=2025-01-01&size=100000").statusCode()).isEqualTo(400);
        assertThat(json.readTree(get("/api/v1/changes?from=2015-01-01").body()).get("parameter").asText()).isEqualTo("to");
    }

    @Test
    void a_layer_known_on_a_moment_before_a_change_shows_the_old_value_and_the_revisions_feed_lists_the_edits() throws Exception {
        MilitaryPresence original = presences.all().get(0);
        Instant before = Instant.now();
        Thread.sleep(5);
        presences.save(EDITOR, renamed(original, original.name() + " (renamed)"));
        presences.retire(EDITOR, original.id());
        try {
            assertThat(name(get("/api/v1/layers/military-presence?knownOn=" + before).body(), original.id()))
                    .isEqualTo(original.name());
            assertThat(name(get("/api/v1/layers/military-presence").body(), original.id())).isNull();
            JsonNode feed = json.readTree(get("/api/v1/revisions?since=" + before).body());
            List<String> actions = new ArrayList<>();
            feed.get("revisions").forEach(r -> {
                if (r.get("entityType").asText().equals("presence") && r.get("entityId").asText().equals(original.id())) {
                    actions.add(r.get("action").asText() + " by " + r.get("author").asText());
                }
            });
            assertThat(actions).containsExactly("update by test editor", "retire by test editor");
        } finally {
            presences.save(EDITOR, original);
        }
        assertThat(name(get("/api/v1/layers/military-presence").body(), original.id())).isEqualTo(original.name());
    }

    @Test
    void a_bad_known_on_is_refused_naming_the_parameter() throws Exception {
        HttpResponse<String> bad = get("/api/v1/layers/military-presence?knownOn=yesterday");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json.readTree(bad.body()).get("parameter").asText()).isEqualTo("knownOn");
        assertThat(get("/api/v1/countries/ARM?knownOn=1999-12-31").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/countries/ARM?knownOn=" + LocalDate.now()).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/briefings?knownOn=" + LocalDate.now()).statusCode()).isEqualTo(200);
    }

    private String name(String collection, String id) throws Exception {
        for (JsonNode feature : json.readTree(collection).get("features")) {
            JsonNode properties = feature.get("properties");
            if (id.equals(properties.path("id").asText(feature.path("id").asText()))) {
                return properties.get("name").asText();
            }
        }
        return null;
    }

    private List<JsonNode> changes(String path, String layer, String country) throws Exception {
        HttpResponse<String> answer = get(path + "&size=1000");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        List<JsonNode> entries = new ArrayList<>();
        for (JsonNode group : json.readTree(answer.body()).get("groups")) {
            if (group.get("layer").asText().equals(layer) && group.get("country").asText().equals(country)) {
                group.get("changes").forEach(entries::add);
            }
        }
        return entries;
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    private static MilitaryPresence renamed(MilitaryPresence p, String name) {
        return new MilitaryPresence(p.id(), name, p.altNames(), p.kind(), p.operator(), p.host(), p.location(), p.precision(),
                p.locationNote(), p.period(), p.status(), p.personnel(), p.notes(), p.history(), p.citations());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : "http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
