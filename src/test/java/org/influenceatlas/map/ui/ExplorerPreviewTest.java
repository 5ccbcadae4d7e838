package org.influenceatlas.map.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page Vaadin serves for the explorer carries the state the URL names, so that the browser
 * can draw the map before Vaadin connects (frontend/atlas/map-preview.ts); other pages do not.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ExplorerPreviewTest {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    @Test
    void the_explorer_page_carries_the_state_its_url_names() throws Exception {
        JsonNode preview = preview("/?asOf=2020-10-01&layers=corridors,alignments&select=ARM&view=41,45,6&org=csto&ended=hide");

        assertThat(preview.path("asOf").asText()).isEqualTo("2020-10-01");
        assertThat(preview.path("layers").asText().split(",")).containsExactlyInAnyOrder("corridors", "alignments");
        assertThat(preview.path("selected").asText()).isEqualTo("alignments:ARM");
        assertThat(preview.path("organisation").asText()).isEqualTo("CSTO");
        assertThat(preview.path("view").toString()).isEqualTo("[41.0,45.0,6]");
        assertThat(preview.path("showEnded").asBoolean(true)).isFalse();
        assertThat(preview.path("onlineTiles").asBoolean(true)).isFalse();
    }

    @Test
    void a_broken_link_previews_what_the_explorer_will_show_today_with_every_layer() throws Exception {
        JsonNode preview = preview("/?asOf=someday&layers=nothing&view=999,0,3");

        assertThat(preview.path("asOf").asText()).isEqualTo(LocalDate.now().toString());
        assertThat(preview.path("layers").asText().split(",")).hasSize(4);
        assertThat(preview.path("view").isNull()).isTrue();
        assertThat(preview.path("selected").asText()).isEmpty();
    }

    @Test
    void other_pages_carry_no_preview() throws Exception {
        assertThat(meta("/briefings")).isNull();
        assertThat(meta("/briefings/syria-2015-24/1")).isNull();
    }

    private JsonNode preview(String path) throws Exception {
        Element meta = meta(path);
        assertThat(meta).as("preview meta on " + path).isNotNull();
        return json.readTree(meta.attr("content"));
    }

    private Element meta(String path) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(page.body()).selectFirst("meta[name=" + ExplorerPreview.META_NAME + "]");
    }
}
