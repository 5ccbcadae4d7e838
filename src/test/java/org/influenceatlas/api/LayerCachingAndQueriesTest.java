package org.influenceatlas.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.influenceatlas.base.Change;
import org.influenceatlas.base.History;
import org.influenceatlas.base.PartialDate;
import org.influenceatlas.presence.MilitaryPresence;
import org.influenceatlas.presence.PresenceService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a shared cache and a client that wants part of a layer rely on: Cache-Control and ETags
 * that follow the data revision, 304s, and bbox and time-window queries with their 400s. Counts
 * are read from the full layer, not pinned.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LayerCachingAndQueriesTest {

    @LocalServerPort
    int port;
    @Autowired
    PresenceService presences;
    @Autowired
    History history;
    @Autowired
    org.influenceatlas.search.SearchService search;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void layer_and_outline_answers_may_be_kept_by_shared_caches_and_must_be_revalidated() throws Exception {
        for (String path : List.of("/api/v1/layers/military-presence", "/api/v1/layers/events?asOf=2020-01-01&window=183",
                "/api/v1/boundaries")) {
            HttpResponse<String> answer = get(path);
            String cacheControl = answer.headers().firstValue("Cache-Control").orElse("");
            assertThat(cacheControl).as(path).contains("public", "max-age=0", "s-maxage=2", "must-revalidate")
                    .doesNotContain("private", "no-store");
            assertThat(answer.headers().firstValue("ETag")).as(path).hasValueSatisfying(etag ->
                    assertThat(etag).startsWith("W/\"r" + history.latest() + "-"));
            assertThat(answer.headers().allValues("Vary")).as(path).anySatisfy(v -> assertThat(v).containsIgnoringCase("Accept-Encoding"));
        }
    }

    @Test
    void an_unchanged_layer_revalidates_with_a_304_and_an_edit_gives_it_a_new_etag_naming_the_new_revision() throws Exception {
        String path = "/api/v1/layers/military-presence";
        String etag = get(path).headers().firstValue("ETag").orElseThrow();
        assertThat(get(path, "If-None-Match", etag).statusCode()).isEqualTo(304);

        MilitaryPresence original = presences.all().get(0);
        presences.save(Change.by("test editor", "a caching check"), renamed(original, original.name() + " (cache check)"));
        try {
            HttpResponse<String> after = get(path, "If-None-Match", etag);
            assertThat(after.statusCode()).isEqualTo(200);
            String newEtag = after.headers().firstValue("ETag").orElseThrow();
            assertThat(newEtag).isNotEqualTo(etag).startsWith("W/\"r" + history.latest() + "-");
            assertThat(after.body()).contains(original.name() + " (cache check)");
        } finally {
            presences.save(Change.by("test editor", "undo the caching check"), original);
        }
    }

    @Test
    void search_keeps_its_folded_words_only_until_an_edit_and_finds_the_new_name_at_once() throws Exception {
        MilitaryPresence original = presences.all().get(0);
        String word = "Zyxwvutšča";
        assertThat(search.search("zyxwvutsca")).isEmpty();
        presences.save(Change.by("test editor", "a search cache check"), renamed(original, original.name() + " " + word));
        try {
            assertThat(search.search("zyxwvutsca")).extracting("id").containsExactly(original.id());
        } finally {
            presences.save(Change.by("test editor", "undo the search cache check"), original);
        }
        assertThat(search.search("zyxwvutsca")).isEmpty();
    }

    @Test
    void a_bbox_query_keeps_exactly_the_features_whose_position_is_inside_the_box() throws Exception {
        double minLon = 30, minLat = 30, maxLon = 50, maxLat = 45;
        JsonNode all = features("/api/v1/layers/military-presence?asOf=2020-01-01");
        List<String> inside = new ArrayList<>();
        for (JsonNode f : all) {
            double lon = f.at("/geometry/coordinates/0").asDouble();
            double lat = f.at("/geometry/coordinates/1").asDouble();
            if (lon >= minLon && lon <= maxLon && lat >= minLat && lat <= maxLat) {
                inside.add(f.get("id").asText());
            }
        }
        assertThat(inside).as("the data has sites in the box and outside it").isNotEmpty().hasSizeLessThan(all.size());

        JsonNode boxed = features("/api/v1/layers/military-presence?asOf=2020-01-01&bbox=" + minLon + "," + minLat + "," + maxLon + "," + maxLat);

        assertThat(ids(boxed)).containsExactlyInAnyOrderElementsOf(inside);
    }

    @Test
    void a_bbox_across_the_antimeridian_keeps_both_sides_and_outlines_meet_a_box_by_their_extent() throws Exception {
        JsonNode all = features("/api/v1/layers/military-presence");
        JsonNode wrapped = features("/api/v1/layers/military-presence?bbox=170,-90,169,90");
        assertThat(wrapped.size()).as("a box from 170 east round to 169 east holds nearly the whole world").isEqualTo(all.size());

        JsonNode countries = features("/api/v1/layers/alignments?bbox=44,40,45,41");
        assertThat(ids(countries)).as("Armenia's outline meets a box round Yerevan").contains("ARM").doesNotContain("KAZ");
        assertThat(features("/api/v1/layers/alignments?geometry=none&bbox=44,40,45,41"))
                .as("without geometry nothing is inside a box").isEmpty();
    }

    @Test
    void a_time_window_keeps_the_features_valid_at_some_time_in_it() throws Exception {
        LocalDate from = LocalDate.of(2020, 9, 1);
        LocalDate to = LocalDate.of(2020, 12, 31);
        JsonNode all = features("/api/v1/layers/events");
        List<String> expected = new ArrayList<>();
        for (JsonNode f : all) {
            LocalDate first = PartialDate.parse(f.at("/properties/validFrom").asText()).firstDay();
            LocalDate last = PartialDate.parse(f.at("/properties/validTo").asText()).lastDay();
            if (!last.isBefore(from) && !first.isAfter(to)) {
                expected.add(f.get("id").asText());
            }
        }
        assertThat(expected).as("the data has events in late 2020").isNotEmpty().hasSizeLessThan(all.size());

        assertThat(ids(features("/api/v1/layers/events?from=" + from + "&to=" + to))).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(features("/api/v1/layers/events?from=" + from).size()).isLessThan(all.size());
    }

    @Test
    void bad_boxes_and_windows_are_refused_naming_the_parameter() throws Exception {
        for (String query : List.of("bbox=1,2,3", "bbox=a,2,3,4", "bbox=10,50,20,40", "bbox=-181,0,10,10", "bbox=0,0,10,91",
                "bbox=NaN,0,1,1")) {
            HttpResponse<String> answer = get("/api/v1/layers/military-presence?" + query);
            assertThat(answer.statusCode()).as(query).isEqualTo(400);
            assertThat(json.readTree(answer.body()).get("parameter").asText()).as(query).isEqualTo("bbox");
        }
        HttpResponse<String> backwards = get("/api/v1/layers/events?from=2021-01-01&to=2020-01-01");
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(json.readTree(backwards.body()).get("parameter").asText()).isEqualTo("to");
        assertThat(json.readTree(get("/api/v1/layers/events?from=2021-13-01").body()).get("parameter").asText()).isEqualTo("from");
    }

    private static MilitaryPresence renamed(MilitaryPresence p, String name) {
        return new MilitaryPresence(p.id(), name, p.altNames(), p.kind(), p.operator(), p.host(), p.location(), p.precision(),
                p.locationNote(), p.period(), p.status(), p.personnel(), p.notes(), p.history(), p.citations());
    }

    private JsonNode features(String path) throws Exception {
        HttpResponse<String> answer = get(path);
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        return json.readTree(answer.body()).get("features");
    }

    private static List<String> ids(JsonNode features) {
        List<String> ids = new ArrayList<>();
        features.forEach(f -> ids.add(f.get("id").asText()));
        return ids;
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
