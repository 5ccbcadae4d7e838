package org.influenceatlas.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.influenceatlas.base.Nasty;
import org.influenceatlas.account.Role;
import org.influenceatlas.account.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzing every API parameter and the exchange JSON with jqwik's generators against the running
 * app: no answer is a 500, every 400 names its parameter (and its message starts with it),
 * nothing is stored after a refusal, and what is stored reads back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiFuzzTest {

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

    static final int PARAMETER_CASES = 900;
    static final int DOCUMENT_CASES = 500;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    /** Every endpoint with each parameter it reads; the path's own id is fuzzed too. */
    private static final List<String[]> ENDPOINTS = List.of(
            new String[]{"/api/v1/layers", "knownOn"},
            new String[]{"/api/v1/layers/military-presence", "asOf", "knownOn"},
            new String[]{"/api/v1/layers/events", "asOf", "window"},
            new String[]{"/api/v1/layers/alignments", "asOf", "geometry"},
            new String[]{"/api/v1/layers/{id}", "asOf"},
            new String[]{"/api/v1/countries/{id}", "asOf"},
            new String[]{"/api/v1/countries/ARM", "asOf", "knownOn"},
            new String[]{"/api/v1/search", "q"},
            new String[]{"/api/v1/sources/{id}"},
            new String[]{"/api/v1/revisions", "since", "after", "limit"},
            new String[]{"/api/v1/changes", "from", "to", "country", "page", "size"},
            new String[]{"/api/v1/briefings/{id}"});

    @Test
    void no_parameter_value_makes_a_500_and_every_400_names_its_parameter() throws Exception {
        Arbitrary<String> value = Arbitraries.oneOf(Nasty.near("2020-01-01"), Nasty.near("2020-01-01T00:00:00Z"), Nasty.near("30"),
                Nasty.near("ARM"), Nasty.near("none"), Nasty.near("Gyumri"), Nasty.text());
        Arbitrary<int[]> picks = Arbitraries.integers().between(0, ENDPOINTS.size() - 1)
                .flatMap(e -> Arbitraries.integers().between(0, 3).map(p -> new int[]{e, p}));
        Arbitrary<Case> cases = Combinators.combine(picks, value, value, Arbitraries.integers().between(1, 2)).as(Case::new);
        AtomicInteger sent = new AtomicInteger();
        cases.sampleStream().limit(PARAMETER_CASES).forEach(c -> {
            String[] endpoint = ENDPOINTS.get(c.pick[0]);
            // Slashes, backslashes and NUL in a path are refused by Tomcat itself, before the app (and its error shape) is reached.
            String id = c.first.replaceAll("[/\\\\;\\u0000]", "");
            String path = endpoint[0].replace("{id}", URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20"));
            StringBuilder query = new StringBuilder();
            if (endpoint.length > 1) {
                String name = endpoint[1 + c.pick[1] % (endpoint.length - 1)];
                for (int i = 0; i < c.repeats; i++) {
                    query.append(query.isEmpty() ? "?" : "&").append(name).append('=')
                            .append(URLEncoder.encode(i == 0 ? c.second : c.first, StandardCharsets.UTF_8));
                }
            }
            HttpResponse<String> answer = get(path + query);
            sent.incrementAndGet();
            assertAnswered(answer, path + query);
        });
        assertThat(sent.get()).isEqualTo(PARAMETER_CASES);
    }

    @Test
    void no_exchange_document_makes_a_500_and_nothing_refused_is_stored() throws Exception {
        ObjectNode exported = (ObjectNode) json.readTree(get("/api/v1/briefings/syria-2015-2024").body());
        String[] fields = {"format", "slug", "title", "summary", "author", "created", "updated", "dataAsOf", "version", "slides"};
        String[] slideFields = {"title", "body", "map"};
        String[] mapFields = {"asOf", "view", "layers", "selected", "highlighted", "organisation"};
        AtomicInteger n = new AtomicInteger();
        AtomicInteger stored = new AtomicInteger();
        Arbitrary<String> value = Nasty.text();
        Arbitrary<Integer> where = Arbitraries.integers().between(0, fields.length + slideFields.length + mapFields.length + 2);
        Combinators.combine(where, value, Arbitraries.integers().between(0, 5)).as((w, v, kind) -> new Object[]{w, v, kind})
                .sampleStream().limit(DOCUMENT_CASES).forEach(c -> {
                    int w = (Integer) c[0];
                    String v = (String) c[1];
                    int kind = (Integer) c[2];
                    ObjectNode doc = exported.deepCopy();
                    String slug = "fuzz-" + n.incrementAndGet();
                    doc.put("slug", slug);
                    ObjectNode target = doc;
                    String field;
                    if (w < fields.length) {
                        field = fields[w];
                    } else if (w < fields.length + slideFields.length) {
                        target = (ObjectNode) doc.get("slides").get(w % 3);
                        field = slideFields[w - fields.length];
                    } else if (w < fields.length + slideFields.length + mapFields.length) {
                        target = (ObjectNode) doc.get("slides").get(0).get("map");
                        field = mapFields[w - fields.length - slideFields.length];
                    } else {
                        field = "extra-" + w;
                    }
                    switch (kind) {
                        case 0 -> target.put(field, v);
                        case 1 -> target.putNull(field);
                        case 2 -> target.remove(field);
                        case 3 -> target.putArray(field).add(v);
                        case 4 -> target.put(field, v.length() * 1_000_003L);
                        default -> target.putObject(field).put(v, v);
                    }
                    String body = kind == 5 && w % 4 == 0 ? doc + v : doc.toString();
                    HttpResponse<String> answer = post(body);
                    assertAnswered(answer, "POST " + field + " kind " + kind);
                    if (answer.statusCode() == 201) {
                        stored.incrementAndGet();
                        // What was stored reads back (its text rendering is SlideTextProperties' business).
                        assertThat(get("/api/v1/briefings/" + readTree(answer.body()).get("slug").asText()).statusCode()).isEqualTo(200);
                    } else if (answer.statusCode() != 409) {
                        String sentSlug = doc.path("slug").isTextual() ? doc.path("slug").asText() : slug;
                        assertThat(sentSlug.matches("[a-z0-9-]+") ? get("/api/v1/briefings/" + sentSlug).statusCode() : 404).as("stored after a refusal: " + answer.body())
                                .isEqualTo(404);
                    }
                });
        assertThat(get("/api/v1/briefings").statusCode()).isEqualTo(200);
        assertThat(n.get()).isEqualTo(DOCUMENT_CASES);
    }

    private void assertAnswered(HttpResponse<String> answer, String what) {
        assertThat(answer.statusCode()).as(what + " -> " + answer.body()).isLessThan(500);
        if (answer.statusCode() >= 400) {
            JsonNode error = readTree(answer.body());
            assertThat(error.get("status").asInt()).as(what).isEqualTo(answer.statusCode());
            String message = error.get("message").asText();
            assertThat(message).as(what).isNotBlank().doesNotContain("Exception").doesNotContain("java.").doesNotContain("org.");
            if (answer.statusCode() == 400) {
                assertThat(error.hasNonNull("parameter")).as(what + " names its parameter: " + answer.body()).isTrue();
                assertThat(message).as(what).startsWith(error.get("parameter").asText() + ": ");
            }
        }
    }

    private record Case(int[] pick, String first, String second, int repeats) {
    }

    private JsonNode readTree(String body) {
        try {
            return json.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    private HttpResponse<String> post(String body) {
        return send(HttpRequest.newBuilder(URI.create(url("/api/v1/briefings"))).header("Content-Type", "application/json").header("Authorization", "Bearer " + token())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** As the editor who imports: an accepted import is their draft, which readers do not see. */
    private HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Bearer " + token()).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(request.uri() + ": " + e, e);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
