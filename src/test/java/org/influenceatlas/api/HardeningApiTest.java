package org.influenceatlas.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.influenceatlas.account.Role;
import org.influenceatlas.account.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Every input bounded, every refusal a clear answer in the API's one error shape. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HardeningApiTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

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
    private final ObjectMapper json = new ObjectMapper();
    private ObjectNode exported;

    @BeforeAll
    void export() throws Exception {
        exported = (ObjectNode) json.readTree(get("/api/v1/briefings/syria-2015-2024").body());
    }

    @Test
    void an_unknown_api_address_is_a_json_404_not_the_app_page() throws Exception {
        HttpResponse<String> answer = get("/api/v1/no-such-thing");
        assertThat(answer.statusCode()).isEqualTo(404);
        assertShape(answer, 404);
        assertThat(get("/api/nothing/here/either").statusCode()).isEqualTo(404);
    }

    @Test
    void a_wrong_method_is_a_json_405_naming_the_allowed_ones() throws Exception {
        HttpResponse<String> answer = send("DELETE", "/api/v1/layers", null, null);
        assertThat(answer.statusCode()).isEqualTo(405);
        assertShape(answer, 405);
        assertThat(answer.body()).contains("GET");
    }

    @Test
    void a_body_that_is_not_json_is_a_json_415() throws Exception {
        HttpResponse<String> answer = send("POST", "/api/v1/briefings", "text/plain", "hello");
        assertThat(answer.statusCode()).isEqualTo(415);
        assertShape(answer, 415);
    }

    @Test
    void empty_and_null_bodies_are_400s_naming_the_body() throws Exception {
        for (String body : new String[]{"", "   ", "null", "[]", "42"}) {
            HttpResponse<String> answer = post(body);
            assertThat(answer.statusCode()).as(body).isEqualTo(400);
            assertThat(json.readTree(answer.body()).get("parameter").asText()).as(body).isEqualTo("body");
        }
    }

    @Test
    void a_declared_body_over_two_megabytes_is_refused_with_413_before_it_is_read() throws Exception {
        // Only the headers are sent: the answer must come without the server waiting for the body.
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/briefings HTTP/1.1\r\nHost: localhost:" + port + "\r\nContent-Type: application/json\r\n"
                    + "Authorization: Bearer " + token() + "\r\n" + "Content-Length: " + (BodyLimit.MAX_BYTES + 1) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String head = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(head).isEqualTo("HTTP/1.1 413");
        }
    }

    @Test
    void a_chunked_body_over_two_megabytes_is_refused_with_413() throws Exception {
        byte[] big = new byte[BodyLimit.MAX_BYTES + 10];
        java.util.Arrays.fill(big, (byte) ' ');
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/briefings")))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(413);
        assertShape(answer, 413);
    }

    @Test
    void text_after_the_json_document_and_unknown_fields_are_refused() throws Exception {
        ObjectNode doc = copy("trailing-test");
        HttpResponse<String> trailing = post(doc + " {}");
        assertThat(trailing.statusCode()).isEqualTo(400);
        assertThat(json.readTree(trailing.body()).get("message").asText()).contains("more after the JSON");
        doc.put("colour", "red");
        HttpResponse<String> unknown = post(doc.toString());
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json.readTree(unknown.body()).get("parameter").asText()).isEqualTo("colour");
        assertThat(get("/api/v1/briefings/trailing-test").statusCode()).isEqualTo(404);
    }

    @Test
    void an_unknown_format_version_is_refused_naming_format() throws Exception {
        ObjectNode doc = copy("format-test");
        doc.put("format", "influence-atlas-briefing/2");
        HttpResponse<String> answer = post(doc.toString());
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(json.readTree(answer.body()).get("parameter").asText()).isEqualTo("format");
    }

    @Test
    void a_date_far_outside_the_plausible_range_is_refused_and_the_list_still_reads() throws Exception {
        for (String field : new String[]{"created", "updated", "dataAsOf"}) {
            ObjectNode doc = copy("far-date-" + field.toLowerCase());
            doc.put(field, "+200000-01-01");
            HttpResponse<String> answer = post(doc.toString());
            assertThat(answer.statusCode()).as(field).isEqualTo(400);
            assertThat(json.readTree(answer.body()).get("parameter").asText()).isEqualTo(field);
            doc.put(field, "1066-10-14");
            assertThat(json.readTree(post(doc.toString()).body()).get("parameter").asText()).isEqualTo(field);
        }
        ObjectNode mapDate = copy("far-map-date");
        ((ObjectNode) mapDate.get("slides").get(0).get("map")).put("asOf", "99999-01-01");
        HttpResponse<String> answer = post(mapDate.toString());
        assertThat(json.readTree(answer.body()).get("parameter").asText()).isEqualTo("slides[0].map.asOf");
        assertThat(get("/api/v1/briefings").statusCode()).isEqualTo(200);
    }

    @Test
    void more_than_a_hundred_slides_are_refused() throws Exception {
        ObjectNode doc = copy("many-slides");
        ArrayNode slides = (ArrayNode) doc.get("slides");
        JsonNode first = slides.get(0);
        while (slides.size() <= 100) {
            slides.add(first.deepCopy());
        }
        HttpResponse<String> answer = post(doc.toString());
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(json.readTree(answer.body()).get("parameter").asText()).isEqualTo("slides");
    }

    @Test
    void reserved_slugs_are_refused() throws Exception {
        for (String slug : new String[]{"new", "edit"}) {
            HttpResponse<String> answer = post(copy(slug).toString());
            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(json.readTree(answer.body()).get("parameter").asText()).isEqualTo("slug");
            assertThat(json.readTree(answer.body()).get("message").asText()).contains("reserved");
        }
    }

    @Test
    void titles_with_control_or_bidi_characters_are_refused() throws Exception {
        for (String title : new String[]{"Evil\u202Egnp.exe", "Bell\u0007", "Nul\u0000", "Line\nbreak"}) {
            ObjectNode doc = copy("control-chars");
            doc.put("title", title);
            HttpResponse<String> answer = post(doc.toString());
            assertThat(answer.statusCode()).as(title).isEqualTo(400);
            assertThat(json.readTree(answer.body()).get("parameter").asText()).isEqualTo("title");
        }
        ObjectNode slide = copy("control-chars-slide");
        ((ObjectNode) slide.get("slides").get(1)).put("title", "Slide \u2066two");
        assertThat(json.readTree(post(slide.toString()).body()).get("parameter").asText()).isEqualTo("slides[1].title");
    }

    @Test
    void a_markdown_image_from_a_plain_http_or_other_host_is_refused() throws Exception {
        for (String image : new String[]{"![x](http://tracker.example/p.gif)", "![x](//tracker.example/p.gif)",
                "![x](file:///etc/passwd)"}) {
            ObjectNode doc = copy("image-test");
            ObjectNode slide = (ObjectNode) doc.get("slides").get(0);
            slide.put("body", slide.get("body").asText() + "\n\n" + image);
            HttpResponse<String> answer = post(doc.toString());
            assertThat(answer.statusCode()).as(image).isEqualTo(400);
            assertThat(json.readTree(answer.body()).get("parameter").asText()).isEqualTo("slides[0].body");
        }
    }

    @Test
    void repeated_parameters_non_ascii_digits_and_trailing_junk_are_400s_naming_the_parameter() throws Exception {
        assertParameter(get("/api/v1/layers/events?asOf=2020-01-01&asOf=2021-01-01"), "asOf");
        assertParameter(get("/api/v1/layers/events?asOf=%D9%A2%D9%A0%D9%A2%D9%A0-01-01"), "asOf");
        assertParameter(get("/api/v1/layers/events?asOf=2020-01-01%00"), "asOf");
        assertParameter(get("/api/v1/layers/events?asOf=2020-01-01%0A"), "asOf");
        assertParameter(get("/api/v1/layers/events?asOf=2020-01-01&window=%D9%A3"), "window");
        assertParameter(get("/api/v1/revisions?limit=1%00"), "limit");
        assertParameter(get("/api/v1/layers?knownOn=2024-01-01%0A"), "knownOn");
    }

    @Test
    void a_write_without_a_token_or_a_session_is_refused_401_from_any_host_and_stores_nothing() throws Exception {
        ObjectNode doc = copy("anonymous-write-test");
        // Local mode is retired: being on this machine (or claiming to be) grants nothing.
        assertThat(rawPost(doc.toString(), "localhost:" + port, null)).startsWith("HTTP/1.1 401");
        assertThat(rawPost(doc.toString(), "attacker.example:" + port, "http://attacker.example")).startsWith("HTTP/1.1 401");
        assertThat(get("/api/v1/briefings/anonymous-write-test").statusCode()).isEqualTo(404);
    }

    @Test
    void every_answer_carries_the_security_headers_and_no_cache_control_of_its_own() throws Exception {
        for (String path : new String[]{"/", "/briefings", "/api/v1/layers", "/api/v1/no-such-thing"}) {
            HttpResponse<String> answer = get(path);
            String csp = answer.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(path).contains("frame-ancestors 'none'").contains("script-src 'self' 'unsafe-inline' 'unsafe-eval'");
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(answer.headers().firstValue("Referrer-Policy")).as(path).isPresent();
        }
    }

    @Test
    void a_page_that_fails_is_not_the_whitelabel_page() throws Exception {
        HttpResponse<String> answer = send("POST", "/error", "application/json", "{}");
        assertThat(answer.body()).doesNotContain("Whitelabel");
    }

    private void assertParameter(HttpResponse<String> answer, String parameter) throws Exception {
        assertThat(answer.statusCode()).as(answer.uri().toString()).isEqualTo(400);
        JsonNode error = json.readTree(answer.body());
        assertThat(error.get("parameter").asText()).isEqualTo(parameter);
        assertThat(error.get("message").asText()).startsWith(parameter + ":");
    }

    private void assertShape(HttpResponse<String> answer, int status) throws Exception {
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode error = json.readTree(answer.body());
        assertThat(error.get("status").asInt()).isEqualTo(status);
        assertThat(error.get("error").asText()).isNotBlank();
        assertThat(error.get("message").asText()).isNotBlank().doesNotContain("Exception").doesNotContain("org.");
    }

    private ObjectNode copy(String slug) {
        ObjectNode doc = exported.deepCopy();
        doc.put("slug", slug);
        return doc;
    }

    private String rawPost(String body, String host, String origin) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/briefings HTTP/1.1\r\nHost: " + host + "\r\n" + (origin == null ? "" : "Origin: " + origin + "\r\n")
                    + "Content-Type: application/json\r\nConnection: close\r\nContent-Length: " + bytes.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private HttpResponse<String> post(String body) throws Exception {
        return send("POST", "/api/v1/briefings", "application/json", body);
    }

    private HttpResponse<String> send(String method, String path, String type, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            request.header("Content-Type", type);
        }
        if (!method.equals("GET")) {
            request.header("Authorization", "Bearer " + token());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
