package org.influenceatlas.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Grades in the API, over the fixture dataset (whose grades the test knows: art-test B, web-test C). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "atlas.data.dir=src/test/resources/fixture-data")
@ActiveProfiles("test")
class GradesApiTest {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    @Test
    void the_scale_lists_every_grade_with_its_label_best_first() throws Exception {
        JsonNode grades = get("/api/v1/grades");

        assertThat(grades.path("reliability")).hasSize(6);
        assertThat(grades.path("reliability").get(0).path("label").asText()).isEqualTo("Completely reliable");
        assertThat(grades.path("credibility").get(5).path("label").asText()).isEqualTo("Truth cannot be judged");
        List<String> order = new ArrayList<>();
        grades.path("order").forEach(g -> order.add(g.asText()));
        assertThat(order).hasSize(36).startsWith("A1", "A2").endsWith("F6");
        assertThat(order.indexOf("B6")).isLessThan(order.indexOf("C1"));
        assertThat(grades.path("filter").path("parameter").asText()).isEqualTo("grade");
    }

    @Test
    void each_citation_carries_its_credibility_and_grade_and_each_feature_the_best_grade() throws Exception {
        JsonNode base = feature(get("/api/v1/layers/military-presence"), "RUS-ARM-01");

        JsonNode first = base.path("properties").path("sources").get(0);
        assertThat(first.path("reliability").asText()).isEqualTo("B");
        assertThat(first.path("credibility").asInt()).isEqualTo(2);
        assertThat(first.path("grade").asText()).isEqualTo("B2");
        assertThat(base.path("properties").path("confidence").asText()).isEqualTo("B2");
    }

    @Test
    void a_feature_whose_best_grade_is_in_a_dated_part_takes_that_grade() throws Exception {
        // RUS-AZE-01 cites web-test (C) with credibility 1 on the row and 1 and 2 in its history.
        JsonNode peacekeepers = feature(get("/api/v1/layers/military-presence"), "RUS-AZE-01");

        assertThat(peacekeepers.path("properties").path("confidence").asText()).isEqualTo("C1");
    }

    @Test
    void a_country_with_only_an_unsourced_stance_has_no_confidence() throws Exception {
        JsonNode azerbaijan = feature(get("/api/v1/layers/alignments?geometry=none"), "AZE");

        assertThat(azerbaijan.path("properties").path("confidence").isNull()).isTrue();
        assertThat(azerbaijan.path("properties").path("stanceHistory").get(0).path("confidence").isNull()).isTrue();
        JsonNode armenia = feature(get("/api/v1/layers/alignments?geometry=none"), "ARM");
        assertThat(armenia.path("properties").path("stanceHistory").get(0).path("confidence").asText()).isEqualTo("B3");
    }

    @Test
    void every_source_says_how_reliable_it_is_and_why() throws Exception {
        JsonNode source = get("/api/v1/sources/web-test");

        assertThat(source.path("reliability").asText()).isEqualTo("C");
        assertThat(source.path("reliabilityLabel").asText()).isEqualTo("Fairly reliable");
        assertThat(source.path("reliabilityReason").asText()).isNotBlank();
    }

    @Test
    void each_layer_says_up_to_which_day_it_was_checked() throws Exception {
        JsonNode layers = get("/api/v1/layers");

        for (JsonNode layer : layers.path("layers")) {
            assertThat(layer.path("checkedTo").asText()).as(layer.path("id").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        }
        // fixture-data/layers.csv: alignments is the earliest check
        assertThat(layers.path("checkedTo").asText()).isEqualTo("2026-11-10");
    }

    @Test
    void an_event_says_which_site_it_happens_at_and_whether_it_is_offshore() throws Exception {
        JsonNode event = feature(get("/api/v1/layers/events"), "EV-TEST-1");

        assertThat(event.path("properties").has("site")).isTrue();
        assertThat(event.path("properties").path("offshore").asBoolean()).isFalse();
    }

    private static JsonNode feature(JsonNode collection, String id) {
        for (JsonNode f : collection.path("features")) {
            if (f.path("id").asText().equals(id)) {
                return f;
            }
        }
        throw new AssertionError("no feature " + id);
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }
}
