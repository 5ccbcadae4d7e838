package org.influenceatlas.account;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personal API tokens: a valid one acts as its owner with the owner's role; a wrong, revoked or
 * malformed one, or one whose owner is disabled, is a 401 in the API's JSON shape; a reader's
 * token cannot write (403); only a hash is stored; use reaches the audit trail once a minute.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiTokenTest {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_valid_token_acts_as_its_owner_and_only_its_hash_is_stored() throws Exception {
        ApiTokens.Created created = create("token.owner", Role.REVIEWER, "nightly script");
        assertThat(created.secret()).matches("atlas_[A-Za-z0-9_-]{43}");
        HttpResponse<String> me = send("GET", "/api/v1/me", "Bearer " + created.secret(), null);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(json.readTree(me.body()).get("username").asText()).isEqualTo("token.owner");
        assertThat(json.readTree(me.body()).get("role").asText()).isEqualTo("reviewer");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_token WHERE token_hash = ?").param(created.secret()).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_token WHERE token_hash = ?").param(ApiTokens.hash(created.secret()))
                .query(Integer.class).single()).isEqualTo(1);
        // No session is made for a token: the next request without it is anonymous.
        assertThat(me.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void a_wrong_malformed_revoked_or_disabled_owners_token_is_a_json_401() throws Exception {
        ApiTokens.Created revoked = create("token.revoker", Role.EDITOR, "to revoke");
        SignIn.as("token.revoker", Role.EDITOR);
        tokens.revoke(revoked.token().id());
        ApiTokens.Created disabled = create("token.disabled", Role.EDITOR, "owner disabled");
        SignIn.as("token-admin", Role.ADMIN);
        accounts.setEnabled("token.disabled", false);
        SignIn.out();
        String wrong = "atlas_" + "A".repeat(43);
        for (String header : new String[]{"Bearer " + wrong, "Bearer not-a-token", "bearer " + revoked.secret(),
                "Bearer " + revoked.secret(), "Bearer " + disabled.secret()}) {
            for (String method : new String[]{"GET", "POST"}) {
                HttpResponse<String> answer = send(method, method.equals("GET") ? "/api/v1/layers" : "/api/v1/briefings", header, "{}");
                assertThat(answer.statusCode()).as(method + " " + header).isEqualTo(401);
                assertError(answer, 401);
                assertThat(answer.headers().firstValue("WWW-Authenticate")).as(header).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
            }
        }
    }

    @Test
    void a_missing_token_on_a_write_is_a_401_and_a_readers_token_a_403_in_the_json_shape() throws Exception {
        HttpResponse<String> missing = send("POST", "/api/v1/briefings", null, "{}");
        assertThat(missing.statusCode()).isEqualTo(401);
        assertError(missing, 401);
        ApiTokens.Created reader = create("token.reader", Role.READER, "reading only");
        HttpResponse<String> refused = send("POST", "/api/v1/briefings", "Bearer " + reader.secret(), "{}");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertError(refused, 403);
        assertThat(json.readTree(refused.body()).get("message").asText()).contains("editor");
        // Reading with a reader's token works.
        assertThat(send("GET", "/api/v1/layers", "Bearer " + reader.secret(), null).statusCode()).isEqualTo(200);
    }

    @Test
    void token_use_is_audited_once_a_minute_per_token_and_its_last_use_is_shown() throws Exception {
        ApiTokens.Created created = create("token.audited", Role.EDITOR, "busy script");
        for (int i = 0; i < 5; i++) {
            assertThat(send("GET", "/api/v1/me", "Bearer " + created.secret(), null).statusCode()).isEqualTo(200);
        }
        long uses = audit.recent(AuditTrail.TOKEN_USED, 0, 200).stream()
                .filter(e -> e.actor().equals("token.audited") && e.detail().equals("token " + created.token().id())).count();
        assertThat(uses).isEqualTo(1);
        SignIn.as("token.audited", Role.EDITOR);
        assertThat(tokens.mine()).singleElement().satisfies(t -> assertThat(t.lastUsed()).isNotNull());
        assertThat(audit.recent(AuditTrail.TOKEN_CREATED, 0, 200)).anySatisfy(e -> assertThat(e.actor()).isEqualTo("token.audited"));
    }

    @Test
    void a_curator_cannot_revoke_someone_elses_token_but_an_admin_can() {
        ApiTokens.Created theirs = create("token.theirs", Role.EDITOR, "theirs");
        SignIn.account(accounts, "token.other", Role.EDITOR, "correct horse battery staple");
        SignIn.as("token.other", Role.EDITOR);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tokens.revoke(theirs.token().id()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        SignIn.as("token-admin", Role.ADMIN);
        assertThat(tokens.revoke(theirs.token().id()).active()).isFalse();
    }

    private ApiTokens.Created create(String username, Role role, String name) {
        SignIn.account(accounts, username, role, "correct horse battery staple");
        SignIn.as(username, role);
        try {
            return tokens.create(name);
        } finally {
            SignIn.out();
        }
    }

    private void assertError(HttpResponse<String> answer, int status) throws Exception {
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode error = json.readTree(answer.body());
        assertThat(error.get("status").asInt()).isEqualTo(status);
        assertThat(error.get("error").asText()).isNotBlank();
        assertThat(error.get("message").asText()).isNotBlank().doesNotContain("Exception");
    }

    private HttpResponse<String> send(String method, String path, String authorization, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
