package org.influenceatlas.map.ui;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MapDataPreloadTest {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void pages_with_a_map_preload_its_layer_data_as_the_map_fetches_it() throws Exception {
        for (String path : List.of("/?asOf=2020-10-01", "/briefings/syria-2015-2024", "/briefings/syria-2015-2024/3",
                "/briefings/new/edit")) {
            assertThat(preloads(path)).as(path).containsExactly("api/v1/boundaries", "api/v1/layers", "api/v1/places", "api/v1/layers/military-presence",
                    "api/v1/layers/corridors", "api/v1/layers/alignments?geometry=none", "api/v1/layers/events");
        }
    }

    @Test
    void pages_without_a_map_download_none_of_it() throws Exception {
        assertThat(preloads("/briefings")).isEmpty();
        assertThat(preloads("/no/such/page")).isEmpty();
    }

    private List<String> preloads(String path) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(page.body()).select("link[rel=preload][as=fetch][crossorigin=anonymous]").eachAttr("href");
    }
}
