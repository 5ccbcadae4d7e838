package org.influenceatlas.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.influenceatlas.account.Role;
import org.influenceatlas.account.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BriefingApiTest {

    @Autowired
    ApplicationContext context;
    private String token;

    /** An editor's API token: writes to the API need one (or a signed-in session). */
    private String token() {
        if (token == null) {
            token = SignIn.token(context, "api-editor", Role.EDITOR);
        }
        return token;
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void the_list_gives_title_summary_slide_count_and_last_update() throws Exception {
        JsonNode list = json.readTree(get("/api/v1/briefings").body()).get("briefings");
        assertThat(list.size()).isGreaterThanOrEqualTo(4);
        JsonNode first = list.get(0);
        assertThat(first.get("title").asText()).isNotBlank();
        assertThat(first.get("summary").asText()).isNotBlank();
        assertThat(first.get("slideCount").asInt()).isPositive();
        assertThat(first.get("updated").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void an_exported_briefing_imports_again_under_a_new_slug_with_the_same_slides() throws Exception {
        ObjectNode exported = (ObjectNode) json.readTree(get("/api/v1/briefings/syria-2015-2024").body());
        exported.put("slug", "syria-copy");
        HttpResponse<String> created = post("/api/v1/briefings", exported.toString());
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode copy = json.readTree(get("/api/v1/briefings/syria-copy").body());
        assertThat(copy.get("slides")).isEqualTo(exported.get("slides"));
        assertThat(copy.get("version").asInt()).isEqualTo(1);
        // The import is the editor's draft: readers neither list nor open it until it is published.
        assertThat(anonymousGet("/api/v1/briefings/syria-copy").statusCode()).isEqualTo(404);
        assertThat(anonymousGet("/api/v1/briefings").body()).doesNotContain("syria-copy");
        assertThat(get("/api/v1/briefings").body()).contains("syria-copy");

        HttpResponse<String> again = post("/api/v1/briefings", exported.toString());
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json.readTree(again.body()).get("parameter").asText()).isEqualTo("slug");
    }

    @Test
    void a_slide_view_with_bounds_is_stored_and_exported_with_them() throws Exception {
        ObjectNode exported = (ObjectNode) json.readTree(get("/api/v1/briefings/syria-2015-2024").body());
        exported.put("slug", "syria-bounded");
        ObjectNode map = (ObjectNode) exported.get("slides").get(0).get("map");
        map.putArray("view").add(35.0).add(38.5).add(6.0).add(32.25).add(33.5).add(37.5).add(43.75);
        assertThat(post("/api/v1/briefings", exported.toString()).statusCode()).isEqualTo(201);

        JsonNode view = json.readTree(get("/api/v1/briefings/syria-bounded").body()).get("slides").get(0).get("map").get("view");
        assertThat(view.toString()).isEqualTo("[35.0,38.5,6.0,32.25,33.5,37.5,43.75]");
        JsonNode plain = json.readTree(get("/api/v1/briefings/syria-bounded").body()).get("slides").get(1).get("map").get("view");
        assertThat(plain.size()).as("a slide without bounds keeps centre and zoom only").isEqualTo(3);
    }

    @Test
    void an_import_naming_an_unknown_feature_is_rejected_and_nothing_is_stored() throws Exception {
        ObjectNode exported = (ObjectNode) json.readTree(get("/api/v1/briefings/syria-2015-2024").body());
        exported.put("slug", "syria-broken");
        ((ObjectNode) exported.get("slides").get(1).get("map")).put("selected", "NO-SUCH-BASE");
        HttpResponse<String> response = post("/api/v1/briefings", exported.toString());
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = json.readTree(response.body());
        assertThat(error.get("parameter").asText()).isEqualTo("slides[1].map.selected");
        assertThat(error.get("message").asText()).contains("slide 2").contains("unknown feature 'NO-SUCH-BASE'");
        assertThat(get("/api/v1/briefings/syria-broken").statusCode()).isEqualTo(404);
    }

    @Test
    void malformed_json_and_a_wrong_format_get_a_400_naming_the_body() throws Exception {
        assertThat(post("/api/v1/briefings", "{not json").statusCode()).isEqualTo(400);
        HttpResponse<String> wrong = post("/api/v1/briefings", "{\"format\":\"other\",\"slug\":\"x\",\"slides\":[]}");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(json.readTree(wrong.body()).get("message").asText()).contains("format");
    }

    @Test
    void the_pdf_handout_is_served_and_an_unknown_briefing_is_a_404() throws Exception {
        HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/briefings/syria-2015-2024.pdf"))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/pdf"));
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
        assertThat(get("/api/v1/briefings/nope").statusCode()).isEqualTo(404);
    }

    /** As the editor who imports: an imported briefing is their draft, which readers do not see. */
    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Bearer " + token()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> anonymousGet(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token()).POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
