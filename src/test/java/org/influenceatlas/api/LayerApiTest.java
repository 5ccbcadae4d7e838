package org.influenceatlas.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.influenceatlas.event.EventLayer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The HTTP API over the bundled dataset in data/ (the default {@code atlas.data.dir}), spoken to
 * as a client would: plain HTTP on a real port, JSON parsed with Jackson.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LayerApiTest {

    static final List<String> LAYERS = List.of("military-presence", "corridors", "alignments", "events");
    static final Pattern PARTIAL_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");

    @LocalServerPort
    int port;
    @Value("${atlas.data.dir}")
    Path data;

    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    // ---------------------------------------------------------------- layers

    @Test
    void the_layer_list_names_the_four_layers_each_with_a_legend() throws Exception {
        JsonNode layers = getJson("/api/v1/layers").path("layers");

        assertThat(ids(layers)).containsExactlyInAnyOrderElementsOf(LAYERS);
        for (JsonNode layer : layers) {
            assertThat(layer.path("legend").isArray()).as("legend of " + layer.path("id")).isTrue();
            assertThat(layer.path("legend")).as("legend of " + layer.path("id")).isNotEmpty();
            assertThat(layer.path("href").asText()).isEqualTo("/api/v1/layers/" + layer.path("id").asText());
        }
    }

    @Test
    void the_events_layer_says_how_near_the_chosen_date_an_event_must_be_to_be_shown_and_the_others_do_not() throws Exception {
        JsonNode layers = getJson("/api/v1/layers").path("layers");

        for (JsonNode layer : layers) {
            if (layer.path("id").asText().equals("events")) {
                assertThat(layer.path("windowDays").asInt()).isEqualTo(EventLayer.WINDOW_DAYS).isBetween(150, 200);
            } else {
                assertThat(layer.has("windowDays")).as(layer.path("id").asText()).isFalse();
            }
        }
    }

    @Test
    void every_feature_of_every_layer_has_an_id_a_name_a_kind_a_status_a_period_and_sources() throws Exception {
        for (String layer : LAYERS) {
            JsonNode collection = layer(layer, "");
            assertThat(collection.path("type").asText()).isEqualTo("FeatureCollection");
            assertThat(collection.path("features")).as(layer + " features").isNotEmpty();
            for (JsonNode feature : collection.path("features")) {
                String where = layer + " feature " + feature.path("id");
                assertThat(feature.path("type").asText()).as(where).isEqualTo("Feature");
                assertThat(feature.path("id").isTextual()).as(where + ": id is a string").isTrue();
                JsonNode p = feature.path("properties");
                assertThat(p.path("id").asText()).as(where).isEqualTo(feature.path("id").asText());
                assertThat(p.path("name").asText()).as(where + ": name").isNotBlank();
                assertThat(p.path("kind").asText()).as(where + ": kind").isNotBlank();
                assertThat(p.has("status")).as(where + ": status").isTrue();
                assertThat(p.path("validFrom").asText()).as(where + ": validFrom").matches(PARTIAL_DATE);
                assertThat(p.has("validTo")).as(where + ": validTo").isTrue();
                if (!p.path("validTo").isNull()) {
                    assertThat(p.path("validTo").asText()).as(where + ": validTo").matches(PARTIAL_DATE);
                }
                assertThat(p.path("sources").isArray()).as(where + ": sources").isTrue();
                assertThat(p.path("sources")).as(where + ": sources").isNotEmpty();
                for (JsonNode source : p.path("sources")) {
                    assertThat(source.path("id").asText()).as(where + ": source id").isNotBlank();
                    assertThat(source.path("title").asText()).as(where + ": source title").isNotBlank();
                    assertThat(source.has("publisher") && source.has("date") && source.has("url"))
                            .as(where + ": source " + source.path("id") + " has publisher, date and url").isTrue();
                }
            }
        }
    }

    @Test
    void a_feature_is_flagged_unsourced_exactly_when_it_or_one_of_its_history_rows_or_segments_cites_no_source() throws Exception {
        int flagged = 0;
        for (String layer : LAYERS) {
            for (JsonNode feature : layer(layer, "").path("features")) {
                JsonNode p = feature.path("properties");
                List<JsonNode> citations = new ArrayList<>();
                p.path("sources").forEach(citations::add);
                for (String part : List.of("history", "segments")) {
                    p.path(part).forEach(row -> row.path("sources").forEach(citations::add));
                }
                boolean expected = citations.stream().anyMatch(c -> c.path("unsourced").asBoolean());
                assertThat(p.path("unsourced").asBoolean()).as(layer + " " + feature.path("id")).isEqualTo(expected);
                flagged += expected ? 1 : 0;
            }
        }
        assertThat(flagged).as("the bundled data marks some facts as unsourced").isPositive();
    }

    @Test
    void a_presence_names_its_operator_and_host_by_three_letter_codes() throws Exception {
        for (JsonNode feature : layer("military-presence", "").path("features")) {
            assertThat(feature.path("properties").path("operator").asText()).as(feature.path("id").asText()).matches(COUNTRY);
            assertThat(feature.path("properties").path("host").asText()).as(feature.path("id").asText()).matches(COUNTRY);
            assertThat(feature.path("geometry").path("type").asText()).isEqualTo("Point");
        }
    }

    @Test
    void a_corridor_lists_its_countries_and_whether_it_bypasses_russia() throws Exception {
        for (JsonNode feature : layer("corridors", "").path("features")) {
            JsonNode p = feature.path("properties");
            assertThat(p.path("countries").isArray()).as(feature.path("id").asText()).isTrue();
            assertThat(p.path("countries")).as(feature.path("id").asText()).isNotEmpty()
                    .allSatisfy(c -> assertThat(c.asText()).matches(COUNTRY));
            assertThat(p.path("bypassesRussia").isBoolean()).as(feature.path("id").asText()).isTrue();
            assertThat(feature.path("geometry").path("type").asText()).isEqualTo("MultiLineString");
        }
    }

    @Test
    void an_alignment_has_memberships_and_a_stance() throws Exception {
        for (JsonNode feature : layer("alignments", "").path("features")) {
            JsonNode p = feature.path("properties");
            assertThat(p.path("memberships").isArray()).as(feature.path("id").asText()).isTrue();
            assertThat(p.has("stance")).as(feature.path("id").asText()).isTrue();
            assertThat(feature.path("id").asText()).matches(COUNTRY);
        }
    }

    @Test
    void an_event_has_a_date_and_its_countries() throws Exception {
        for (JsonNode feature : layer("events", "").path("features")) {
            JsonNode p = feature.path("properties");
            assertThat(p.path("date").asText()).as(feature.path("id").asText()).matches(PARTIAL_DATE);
            assertThat(p.path("countries")).as(feature.path("id").asText()).isNotEmpty()
                    .allSatisfy(c -> assertThat(c.asText()).matches(COUNTRY));
        }
    }

    @Test
    void coordinates_are_longitude_then_latitude() throws Exception {
        JsonNode gyumri = feature(layer("military-presence", ""), "RUS-ARM-01");
        JsonNode position = gyumri.path("geometry").path("coordinates");

        assertThat(position.get(0).asDouble()).as("longitude").isCloseTo(43.8, within(0.2));
        assertThat(position.get(1).asDouble()).as("latitude").isCloseTo(40.8, within(0.2));
    }

    @Test
    void the_alignment_layer_without_geometry_has_null_geometries() throws Exception {
        JsonNode collection = layer("alignments", "geometry=none");
        assertThat(collection.path("features")).isNotEmpty()
                .allSatisfy(f -> assertThat(f.path("geometry").isNull()).isTrue());
        JsonNode withOutlines = feature(layer("alignments", "geometry=full"), "ARM");
        assertThat(withOutlines.path("geometry").path("type").asText()).isIn("Polygon", "MultiPolygon");
    }

    // ---------------------------------------------------------------- as-of

    @Test
    void armenia_is_a_csto_member_in_2020_in_its_country_profile() throws Exception {
        JsonNode armenia = getJson("/api/v1/countries/ARM?asOf=2020-01-01");
        assertThat(armenia.path("asOf").asText()).isEqualTo("2020-01-01");
        assertThat(relationsTo("CSTO", armenia.path("memberships"))).containsExactly("member");
    }

    @Test
    void armenia_has_frozen_its_csto_membership_in_2025_in_its_country_profile() throws Exception {
        JsonNode armenia = getJson("/api/v1/countries/ARM?asOf=2025-06-01");
        assertThat(relationsTo("CSTO", armenia.path("memberships"))).containsExactly("frozen");
    }

    @Test
    void the_alignment_layer_shows_armenia_in_the_csto_in_2020_and_frozen_in_2025() throws Exception {
        JsonNode in2020 = feature(layer("alignments", "asOf=2020-01-01&geometry=none"), "ARM");
        JsonNode in2025 = feature(layer("alignments", "asOf=2025-06-01&geometry=none"), "ARM");

        assertThat(relationsTo("CSTO", in2020.path("properties").path("memberships"))).containsExactly("member");
        assertThat(relationsTo("CSTO", in2025.path("properties").path("memberships"))).containsExactly("frozen");
    }

    @Test
    void the_karabakh_peacekeepers_are_on_the_map_in_2022_and_gone_in_2025() throws Exception {
        String id = karabakhPeacekeepers().path("id").asText();

        assertThat(ids(layer("military-presence", "asOf=2022-01-01").path("features"))).contains(id);
        assertThat(ids(layer("military-presence", "asOf=2025-01-01").path("features"))).doesNotContain(id);
    }

    @Test
    void without_as_of_the_presence_layer_keeps_withdrawn_presences_with_their_dated_history() throws Exception {
        JsonNode peacekeepers = karabakhPeacekeepers().path("properties");
        assertThat(peacekeepers.path("status").asText()).isIn("withdrawn", "closed");
        assertThat(peacekeepers.path("validTo").asText()).matches(PARTIAL_DATE);
        assertThat(peacekeepers.path("history")).as("history of the peacekeepers").isNotEmpty();

        List<JsonNode> over = new ArrayList<>();
        for (JsonNode feature : layer("military-presence", "").path("features")) {
            if (Set.of("withdrawn", "closed").contains(feature.path("properties").path("status").asText())) {
                over.add(feature);
            }
            JsonNode history = feature.path("properties").path("history");
            assertThat(history.isArray()).as(feature.path("id").asText()).isTrue();
            String previous = "";
            for (JsonNode change : history) {
                String from = change.path("from").asText();
                assertThat(from).as(feature.path("id") + " history date").matches(PARTIAL_DATE);
                assertThat(from).as(feature.path("id") + " history is in date order").isGreaterThanOrEqualTo(previous);
                assertThat(change.path("status").asText()).as(feature.path("id") + " history status").isNotBlank();
                previous = from;
            }
        }
        assertThat(over).as("withdrawn or closed presences").isNotEmpty();
        assertThat(over).anySatisfy(f -> assertThat(f.path("properties").path("history")).isNotEmpty());
    }

    @Test
    void an_as_of_layer_says_which_day_it_shows() throws Exception {
        assertThat(layer("events", "asOf=2020-10-01").path("asOf").asText()).isEqualTo("2020-10-01");
        assertThat(layer("events", "").path("asOf").isNull()).isTrue();
    }

    // ---------------------------------------------------------------- search

    @Test
    void searching_for_gyumri_finds_the_base_in_the_presence_layer() throws Exception {
        JsonNode hits = search("Gyumri");
        assertHits(hits);
        assertThat(hits).anySatisfy(h -> {
            assertThat(h.path("layer").asText()).isEqualTo("military-presence");
            assertThat(h.path("id").asText()).isEqualTo("RUS-ARM-01");
        });
    }

    @Test
    void searching_for_hmeimim_tripp_and_zangezur_finds_something_each() throws Exception {
        for (String q : List.of("Hmeimim", "TRIPP", "Zangezur")) {
            JsonNode hits = search(q);
            assertThat(hits).as("hits for " + q).isNotEmpty();
            assertHits(hits);
        }
        assertThat(search("Hmeimim")).anySatisfy(h -> assertThat(h.path("layer").asText()).isEqualTo("military-presence"));
    }

    @Test
    void search_ignores_case_and_accents() throws Exception {
        assertThat(ids(search("gyumri"))).isEqualTo(ids(search("GYUMRI")));
        assertThat(ids(search("Gyümri"))).isEqualTo(ids(search("Gyumri")));
    }

    // ---------------------------------------------------------------- errors

    @Test
    void an_impossible_as_of_date_is_a_400_naming_the_parameter() throws Exception {
        for (String path : List.of("/api/v1/layers/military-presence?asOf=2020-13-01", "/api/v1/countries/ARM?asOf=2020-13-01")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertIsJson(response);
            assertThat(json.readTree(response.body()).path("parameter").asText()).isEqualTo("asOf");
        }
    }

    @Test
    void an_unknown_layer_is_a_404_in_json() throws Exception {
        HttpResponse<String> response = get("/api/v1/layers/nope");
        assertThat(response.statusCode()).isEqualTo(404);
        assertIsJson(response);
        assertThat(json.readTree(response.body()).path("status").asInt()).isEqualTo(404);
    }

    @Test
    void an_unknown_country_is_a_404_in_json() throws Exception {
        HttpResponse<String> response = get("/api/v1/countries/ZZZ");
        assertThat(response.statusCode()).isEqualTo(404);
        assertIsJson(response);
    }

    @Test
    void a_search_without_a_query_is_a_400_naming_q() throws Exception {
        HttpResponse<String> response = get("/api/v1/search");
        assertThat(response.statusCode()).isEqualTo(400);
        assertIsJson(response);
        assertThat(json.readTree(response.body()).path("parameter").asText()).isEqualTo("q");
    }

    @Test
    void a_one_letter_search_is_a_400_naming_q() throws Exception {
        HttpResponse<String> response = get("/api/v1/search?q=G");
        assertThat(response.statusCode()).isEqualTo(400);
        assertIsJson(response);
        assertThat(json.readTree(response.body()).path("parameter").asText()).isEqualTo("q");
    }

    @Test
    void an_unknown_geometry_option_is_a_400_naming_geometry() throws Exception {
        HttpResponse<String> response = get("/api/v1/layers/alignments?geometry=bad");
        assertThat(response.statusCode()).isEqualTo(400);
        assertIsJson(response);
        assertThat(json.readTree(response.body()).path("parameter").asText()).isEqualTo("geometry");
    }

    // ---------------------------------------------------------------- caching and compression

    @Test
    void a_layer_has_an_etag_and_an_unchanged_layer_answers_304() throws Exception {
        HttpResponse<String> first = get("/api/v1/layers/military-presence");
        String etag = first.headers().firstValue("ETag").orElse(null);
        assertThat(etag).as("ETag").isNotBlank();

        HttpResponse<String> again = http.send(request("/api/v1/layers/military-presence")
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void the_same_layer_revalidates_with_304_when_the_client_accepts_gzip() throws Exception {
        HttpResponse<byte[]> first = http.send(request("/api/v1/layers/events").header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        String etag = first.headers().firstValue("ETag").orElse(null);
        assertThat(etag).as("ETag").isNotBlank();

        HttpResponse<byte[]> again = http.send(request("/api/v1/layers/events").header("Accept-Encoding", "gzip")
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(again.statusCode()).isEqualTo(304);
    }

    @Test
    void a_layer_is_gzipped_for_a_client_that_accepts_gzip() throws Exception {
        HttpResponse<byte[]> response = http.send(request("/api/v1/layers/military-presence")
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding")).contains("gzip");
        byte[] body = response.body();
        assertThat(body.length).isGreaterThan(2);
        assertThat(body[0]).as("gzip magic").isEqualTo((byte) 0x1f);
        assertThat(body[1]).as("gzip magic").isEqualTo((byte) 0x8b);
    }

    @Test
    void the_gzipped_outlines_are_the_same_json_as_the_plain_ones_under_the_same_etag() throws Exception {
        HttpResponse<byte[]> zipped = http.send(request("/api/v1/boundaries").header("Accept-Encoding", "gzip, deflate, br").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> plain = http.send(request("/api/v1/boundaries").build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(zipped.headers().allValues("Vary")).anyMatch(v -> v.contains("Accept-Encoding"));
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body()))) {
            assertThat(in.readAllBytes()).isEqualTo(plain.body());
        }
        assertThat(zipped.body().length).isLessThan(plain.body().length / 2);
        assertThat(zipped.headers().firstValue("ETag")).isPresent().isEqualTo(plain.headers().firstValue("ETag"));
    }

    // ---------------------------------------------------------------- sources

    @Test
    void the_source_list_has_the_five_articles() throws Exception {
        Set<String> articles = new TreeSet<>();
        for (JsonNode source : getJson("/api/v1/sources").path("sources")) {
            if (source.path("id").asText().startsWith("art-")) {
                articles.add(source.path("id").asText());
            }
        }
        assertThat(articles).hasSize(5).isEqualTo(articleIdsInTheDataset());
    }

    @Test
    void an_article_text_is_served_as_plain_text() throws Exception {
        for (String id : articleIdsInTheDataset()) {
            HttpResponse<String> response = get("/api/v1/sources/" + id + "/text");
            assertThat(response.statusCode()).as(id).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
            assertThat(response.body()).as(id).isNotBlank();
        }
    }

    @Test
    void a_source_names_the_facts_that_cite_it() throws Exception {
        String id = articleIdsInTheDataset().iterator().next();
        JsonNode source = getJson("/api/v1/sources/" + id);
        assertThat(source.path("id").asText()).isEqualTo(id);
        assertThat(source.path("text").asText()).isEqualTo("/api/v1/sources/" + id + "/text");
        assertThat(source.path("citedBy").isArray()).isTrue();
    }

    @Test
    void an_unknown_source_is_a_404() throws Exception {
        assertThat(get("/api/v1/sources/unknown").statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/sources/unknown/text").statusCode()).isEqualTo(404);
    }

    // ---------------------------------------------------------------- boundaries

    @Test
    void the_boundaries_are_a_feature_collection_with_russia_ukraine_and_crimea() throws Exception {
        JsonNode boundaries = getJson("/api/v1/boundaries");
        assertThat(boundaries.path("type").asText()).isEqualTo("FeatureCollection");
        assertThat(ids(boundaries.path("features"))).contains("RUS", "UKR", "XCR");
    }

    // ---------------------------------------------------------------- helpers

    private JsonNode karabakhPeacekeepers() throws Exception {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode feature : layer("military-presence", "").path("features")) {
            JsonNode p = feature.path("properties");
            if (p.path("kind").asText().equals("peacekeeping") && p.path("host").asText().equals("AZE")
                    && p.path("operator").asText().equals("RUS")) {
                found.add(feature);
            }
        }
        assertThat(found).as("Russian peacekeeping presences in Azerbaijan").hasSize(1);
        return found.get(0);
    }

    private static List<String> relationsTo(String organisation, JsonNode memberships) {
        return StreamSupport.stream(memberships.spliterator(), false)
                .filter(m -> m.path("organisation").asText().equals(organisation))
                .map(m -> m.path("relation").asText()).toList();
    }

    private JsonNode search(String q) throws Exception {
        return getJson("/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)).path("hits");
    }

    private static void assertHits(JsonNode hits) {
        assertThat(hits).isNotEmpty().allSatisfy(h -> {
            assertThat(h.path("layer").asText()).isIn(LAYERS);
            assertThat(h.path("id").asText()).isNotBlank();
            assertThat(h.path("name").asText()).isNotBlank();
            assertThat(h.path("kind").asText()).isNotBlank();
        });
    }

    private Set<String> articleIdsInTheDataset() throws IOException {
        return Files.readAllLines(data.resolve("sources/articles.csv"), StandardCharsets.UTF_8).stream()
                .skip(1).map(line -> line.split(",", 2)[0]).filter(id -> id.startsWith("art-"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> ids(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.path("id").asText()).toList();
    }

    private static JsonNode feature(JsonNode collection, String id) {
        for (JsonNode feature : collection.path("features")) {
            if (feature.path("id").asText().equals(id)) {
                return feature;
            }
        }
        throw new AssertionError("no feature " + id + " in layer " + collection.path("layer").asText());
    }

    private JsonNode layer(String id, String query) throws Exception {
        return getJson("/api/v1/layers/" + id + (query.isEmpty() ? "" : "?" + query));
    }

    private JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as("GET " + path + ": " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private void assertIsJson(HttpResponse<String> response) throws IOException {
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("json");
        assertThat(json.readTree(response.body()).path("message").asText()).isNotBlank();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    }
}
