package org.influenceatlas.layer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.influenceatlas.base.GeoPoint;
import org.influenceatlas.base.PartialDate;
import org.influenceatlas.base.Period;
import org.influenceatlas.search.SearchService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Adding a layer is one class and one registration: a small extra layer, registered here as a
 * bean and nowhere else, shows up in the layer list with its legend, in its own GeoJSON endpoint,
 * in search, in the registry's lookup by id, and as a known layer of the map state.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LayerRegistryTest {

    @TestConfiguration
    static class ExtraLayer {
        @Bean
        Layer checkpoints() {
            return new CheckpointLayer();
        }
    }

    /** One checkpoint, drawn as a grey diamond while it is open. */
    static final class CheckpointLayer implements Layer {
        static final Period OPEN = Period.parse("2021-03-01", null);

        @Override
        public Definition definition() {
            return new Definition("checkpoints", "Checkpoints", "Border checkpoints (test layer)", "Point",
                    new Symbology(50, List.of(new Symbology.Channel("kind", Symbology.Visual.SHAPE, "Kind",
                            List.of(Symbology.Category.shape("Border checkpoint", "diamond", "checkpoint")), null)), List.of(), "name"),
                    DateRule.PERIOD);
        }

        @Override
        public List<Map<String, Object>> features(LayerQuery query) {
            if (query.asOf().isPresent() && !OPEN.contains(query.asOf().get())) {
                return List.of();
            }
            return List.of(GeoJson.feature("CP-1", GeoJson.point(new GeoPoint(41.2, 44.8)), "Sadakhlo checkpoint",
                    "checkpoint", "active", OPEN, List.of()));
        }

        @Override
        public Optional<FeatureSummary> find(String id) {
            return "CP-1".equals(id) ? Optional.of(new FeatureSummary(id(), "CP-1", "Sadakhlo checkpoint", "checkpoint", OPEN))
                    : Optional.empty();
        }

        @Override
        public Optional<LocalDate> dayDrawn(String id, LocalDate day, boolean showEnded) {
            return find(id).filter(f -> !OPEN.contains(day)).map(f -> f.period().from().firstDay());
        }

        @Override
        public Optional<Card> card(String id, LocalDate day) {
            return find(id).map(f -> new Card(f.name(), List.of(), List.of(), List.of()));
        }

        @Override
        public List<SearchCandidate> searchCandidates() {
            return List.of(new SearchCandidate(find("CP-1").orElseThrow(), List.of("Sadakhlo checkpoint"), List.of("Georgia"),
                    List.of(), day -> "open"));
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    LayerRegistry registry;
    @Autowired
    SearchService search;

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }

    @Test
    void an_extra_layer_is_listed_by_the_api_with_its_legend_and_drawing_description() throws Exception {
        JsonNode layer = null;
        for (JsonNode l : get("/api/v1/layers").path("layers")) {
            if (l.path("id").asText().equals("checkpoints")) {
                layer = l;
            }
        }
        assertThat(layer).as("the extra layer in /api/v1/layers").isNotNull();
        assertThat(layer.path("title").asText()).isEqualTo("Checkpoints");
        assertThat(layer.path("legend").get(0).path("label").asText()).isEqualTo("Border checkpoint");
        assertThat(layer.path("style").path("channels").get(0).path("visual").asText()).isEqualTo("shape");
        assertThat(layer.path("mapHref").asText()).isEqualTo("api/v1/layers/checkpoints");
    }

    @Test
    void an_extra_layer_serves_its_geojson_and_its_date_rule() throws Exception {
        assertThat(get("/api/v1/layers/checkpoints").path("features").get(0).path("id").asText()).isEqualTo("CP-1");
        assertThat(get("/api/v1/layers/checkpoints?asOf=2020-01-01").path("features")).isEmpty();
    }

    @Test
    void an_extra_layer_is_searched_looked_up_and_known_to_the_map_state() {
        assertThat(search.search("sadakhlo")).extracting("layer", "id").containsExactly(org.assertj.core.groups.Tuple.tuple("checkpoints", "CP-1"));
        assertThat(registry.feature("CP-1")).map(FeatureSummary::layer).contains("checkpoints");
        MapState state = MapState.parse(Map.of("layers", "checkpoints", "select", "checkpoints:CP-1"),
                MapState.initial(LocalDate.of(2022, 1, 1), registry.ids()), registry.ids(), MapState::bareIdIsCountry).orThrow();
        assertThat(state.layers()).containsExactly("checkpoints");
        assertThat(state.selection()).contains(new Selection("checkpoints", "CP-1"));
    }
}
