package org.influenceatlas.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.influenceatlas.base.InvalidField;
import org.influenceatlas.event.Event;
import org.influenceatlas.presence.MilitaryPresence;
import org.influenceatlas.presence.PresenceService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The JSON proposals keep facts in: every fact of every kind in the bundled dataset reads back
 * as the same record, and a refused value names its field.
 */
@SpringBootTest
@ActiveProfiles("test")
class FactJsonTest {

    @Autowired
    CuratedKinds kinds;
    @Autowired
    PresenceService presences;

    @Test
    void every_bundled_fact_of_every_kind_reads_back_as_the_same_record() {
        int checked = 0;
        for (CuratedKind<?> kind : kinds.all()) {
            List<?> facts = all(kind);
            assertThat(facts).as(kind.type()).isNotEmpty();
            for (Object fact : facts) {
                String json = FactJson.text(fact);
                assertThat(FactJson.read(FactJson.parse(json), kind.recordClass(), kind.type())).as(json).isEqualTo(fact);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(kinds.all().size());
    }

    /** Every published fact of the kind, through its own lookup (ids from the fact itself). */
    @SuppressWarnings("unchecked")
    private <T> List<T> all(CuratedKind<T> kind) {
        return switch (kind.type()) {
            case "presence" -> (List<T>) presences.all();
            default -> allByFind(kind);
        };
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private <T> List<T> allByFind(CuratedKind<T> kind) {
        String idColumn = kind.type().equals("country") ? "code" : "id";
        return jdbc.sql("SELECT " + idColumn + " FROM " + kind.type() + " WHERE rev_to IS NULL ORDER BY " + idColumn)
                .query(String.class).list().stream().map(id -> kind.find().apply(id).orElseThrow()).toList();
    }

    @Test
    void values_read_as_in_the_data_files_and_a_refusal_names_its_field() throws Exception {
        MilitaryPresence p = presences.all().get(0);
        JsonNode tree = FactJson.tree(p);
        assertThat(tree.get("operator").asText()).isEqualTo(p.operator().value());
        assertThat(tree.get("period").get("from").asText()).isEqualTo(p.period().from().toString());
        assertThat(tree.has("open")).as("derived values are not fields").isFalse();

        ObjectMapper json = new ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode bad = tree.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) bad.get("period")).put("to", "1900");
        assertField(bad, "after.period.to");
        bad = tree.deepCopy();
        bad.put("kind", "castle");
        assertField(bad, "after.kind");
        bad = tree.deepCopy();
        bad.put("name", " ");
        assertField(bad, "after.name");
        bad = tree.deepCopy();
        bad.set("citations", json.createArrayNode());
        assertField(bad, "after.citations");
        bad = tree.deepCopy();
        bad.put("colour", "red");
        assertField(bad, "after.colour");
        bad = tree.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) bad.get("location")).put("latitude", 95);
        assertField(bad, "after.location.latitude");
        assertThatThrownBy(() -> FactJson.read(json.readTree("{\"id\":\"E\"}"), Event.class, "after"))
                .isInstanceOf(InvalidField.class).hasMessageStartingWith("after.");
    }

    private static void assertField(JsonNode node, String field) {
        assertThatThrownBy(() -> FactJson.read(node, MilitaryPresence.class, "after"))
                .isInstanceOf(InvalidField.class)
                .satisfies(e -> assertThat(((InvalidField) e).field()).as(e.getMessage()).isEqualTo(field));
    }
}
