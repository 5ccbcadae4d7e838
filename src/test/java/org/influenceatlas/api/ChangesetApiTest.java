package org.influenceatlas.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.influenceatlas.event.Event;
import org.influenceatlas.event.EventService;
import org.influenceatlas.account.Role;
import org.influenceatlas.review.ProposalService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * POST /api/v1/changesets: a set of fact changes becomes one pending proposal, checked like an
 * edit in the app; refusals are 400 naming the field, 401 without a sign-in, 403 without the
 * role, 409 for a stale base, all in the API's error shape.
 */
@SpringBootTest(properties = "atlas.data.dir=src/test/resources/fixture-data")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ChangesetApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    EventService events;
    @Autowired
    ProposalService proposals;

    private ObjectNode eventJson() throws Exception {
        Event event = events.all().get(0);
        // The form GET /api/v1/changesets/{id} and the README give: the record's fields as in the data files.
        ObjectNode node = json.createObjectNode();
        node.put("id", event.id());
        ObjectNode period = node.putObject("period");
        period.put("from", event.period().from().toString());
        period.put("to", event.period().end().map(Object::toString).orElse(null));
        node.put("name", event.name());
        node.set("altNames", json.valueToTree(event.altNames()));
        node.put("kind", event.kind().name().toLowerCase().replace('_', '-'));
        ObjectNode location = node.putObject("location");
        location.put("latitude", event.location().latitude());
        location.put("longitude", event.location().longitude());
        node.put("precision", event.precision().code());
        node.put("place", event.place());
        node.set("countries", json.valueToTree(event.countries().stream().map(Object::toString).toList()));
        node.put("summary", event.summary());
        var citations = node.putArray("citations");
        event.citations().forEach(c -> {
            ObjectNode citation = citations.addObject();
            citation.put("sourceId", c.sourceId());
            citation.put("locator", c.locator());
            citation.put("quote", c.quote());
            if (c.credibility() == null) {
                citation.putNull("credibility");
            } else {
                citation.put("credibility", c.credibility().number());
            }
            citation.put("claim", c.claim());
        });
        node.put("site", event.site());
        node.put("offshore", event.offshore());
        return node;
    }

    private MvcResult send(String user, Role level, Object body) throws Exception {
        var request = post("/api/v1/changesets").contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        return mvc.perform(user == null ? request : request.with(signedIn(user, level)).with(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())).andReturn();
    }

    /** The request as a signed-in curator (the token filter sets the same: the user's name and implied roles). */
    private static org.springframework.test.web.servlet.request.RequestPostProcessor signedIn(String user, Role role) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(user)
                .authorities(role.authorities());
    }

    private JsonNode answer(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString());
    }

    private ObjectNode changeset(String action, JsonNode base, JsonNode after) throws Exception {
        ObjectNode body = json.createObjectNode();
        body.put("comment", "from the newsroom's script");
        ObjectNode change = body.putArray("changes").addObject();
        change.put("type", "event");
        change.put("id", (after != null ? after : base).get("id").asText());
        change.put("action", action);
        if (base != null) {
            change.set("base", base);
        }
        if (after != null) {
            change.set("after", after);
        }
        return body;
    }

    @Test
    void a_changeset_becomes_a_pending_proposal_and_its_state_can_be_read() throws Exception {
        ObjectNode base = eventJson();
        ObjectNode after = base.deepCopy();
        after.put("name", base.get("name").asText() + " (API)");

        MvcResult created = send("robot", Role.READER, changeset("update", base, after));

        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        JsonNode body = answer(created);
        assertThat(body.get("state").asText()).isEqualTo("pending");
        assertThat(body.get("origin").asText()).isEqualTo("api");
        assertThat(created.getResponse().getHeader("Location")).isEqualTo("/api/v1/changesets/" + body.get("id").asLong());
        assertThat(body.at("/changes/0/differences/0/field").asText()).isEqualTo("name");
        assertThat(body.at("/changes/0/differences/0/after").asText()).isEqualTo(after.get("name").asText());
        assertThat(events.all().get(0).name()).isEqualTo(base.get("name").asText());

        MvcResult read = mvc.perform(get("/api/v1/changesets/" + body.get("id").asLong()).with(signedIn("robot", Role.READER)))
                .andReturn();
        assertThat(read.getResponse().getStatus()).isEqualTo(200);
        assertThat(answer(read).get("state").asText()).isEqualTo("pending");

        // A second changeset on the same fact while the first waits: 409, with what the other proposed.
        ObjectNode other = base.deepCopy();
        other.put("place", "Elsewhere");
        MvcResult conflict = send("script-two", Role.EDITOR, changeset("update", base, other));
        assertThat(conflict.getResponse().getStatus()).isEqualTo(409);
        JsonNode refusal = answer(conflict);
        assertThat(refusal.get("status").asInt()).isEqualTo(409);
        assertThat(refusal.get("parameter").asText()).isEqualTo("changes[0]");
        assertThat(refusal.get("pendingProposal").asLong()).isEqualTo(body.get("id").asLong());
        assertThat(refusal.at("/fields/0/field").asText()).isEqualTo("name");
        assertThat(refusal.at("/fields/0/theirs").asText()).isEqualTo(after.get("name").asText());

        org.influenceatlas.review.TestActing.as("robot", Role.READER, () -> proposals.withdraw(body.get("id").asLong()));
        // Now the base is current again, and a stale one (another name) is refused as stale.
        ObjectNode stale = base.deepCopy();
        stale.put("name", "A name it never had");
        MvcResult staleAnswer = send("script-two", Role.EDITOR, changeset("update", stale, other));
        assertThat(staleAnswer.getResponse().getStatus()).isEqualTo(409);
        assertThat(answer(staleAnswer).get("pendingProposal").isNull()).isTrue();
    }

    @Test
    void a_bad_value_is_400_naming_its_field() throws Exception {
        ObjectNode base = eventJson();
        ObjectNode after = base.deepCopy();
        after.put("kind", "picnic");
        JsonNode refusal = answer(expect(400, send("robot", Role.EDITOR, changeset("update", base, after))));
        assertThat(refusal.get("parameter").asText()).isEqualTo("changes[0].after.kind");
        assertThat(refusal.get("message").asText()).startsWith("changes[0].after.kind: 'picnic' is not one of");

        after = base.deepCopy();
        after.putArray("citations");
        assertThat(answer(expect(400, send("robot", Role.EDITOR, changeset("update", base, after))))
                .get("parameter").asText()).isEqualTo("changes[0].after.citations");

        ObjectNode body = changeset("update", base, base);
        ((ObjectNode) body.get("changes").get(0)).put("action", "delete");
        assertThat(answer(expect(400, send("robot", Role.EDITOR, body))).get("parameter").asText())
                .isEqualTo("changes[0].action");
        body = changeset("update", base, base);
        body.put("extra", 1);
        assertThat(answer(expect(400, send("robot", Role.EDITOR, body))).get("parameter").asText()).isEqualTo("extra");
        assertThat(answer(expect(400, send("robot", Role.EDITOR, json.createObjectNode()))).get("parameter").asText())
                .isEqualTo("changes");
    }

    @Test
    void without_a_sign_in_it_is_401_and_a_reader_creating_a_fact_is_403() throws Exception {
        ObjectNode base = eventJson();
        ObjectNode after = base.deepCopy();
        after.put("name", "Anonymous rename");
        JsonNode unauthorised = answer(expect(401, send(null, null, changeset("update", base, after))));
        assertThat(unauthorised.get("status").asInt()).isEqualTo(401);

        ObjectNode created = base.deepCopy();
        created.put("id", "EV-API-NEW");
        expect(403, send("reader", Role.READER, changeset("create", null, created)));
        assertThat(events.find("EV-API-NEW")).isEmpty();
        assertThat(events.find(base.get("id").asText()).orElseThrow().name()).isEqualTo(base.get("name").asText());
    }

    private static MvcResult expect(int status, MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
        return result;
    }
}
