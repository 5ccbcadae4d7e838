package org.influenceatlas.base;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FieldDiffTest {

    private final ObjectMapper json = new ObjectMapper();

    private JsonNode tree(String text) throws Exception {
        return json.readTree(text);
    }

    @Test
    void equal_versions_have_no_difference() throws Exception {
        assertThat(FieldDiff.between(tree("{\"a\":1,\"b\":[1,2]}"), tree("{\"b\":[1,2],\"a\":1}"))).isEmpty();
    }

    @Test
    void each_differing_leaf_is_named_by_its_path_with_both_values() throws Exception {
        var diff = FieldDiff.between(
                tree("{\"status\":\"active\",\"location\":{\"lat\":40.1,\"lon\":44.5},\"history\":[{\"s\":\"a\"}]}"),
                tree("{\"status\":\"reduced\",\"location\":{\"lat\":40.2,\"lon\":44.5},\"history\":[{\"s\":\"a\"},{\"s\":\"b\"}]}"));
        assertThat(diff).containsExactly(
                new FieldDiff.Difference("status", "\"active\"", "\"reduced\""),
                new FieldDiff.Difference("location.lat", "40.1", "40.2"),
                new FieldDiff.Difference("history[1]", null, "{\"s\":\"b\"}"));
        assertThat(FieldDiff.fields(diff)).containsExactly("status", "location", "history");
    }

    @Test
    void a_creation_and_a_retirement_differ_as_a_whole() throws Exception {
        assertThat(FieldDiff.between(null, tree("1"))).containsExactly(new FieldDiff.Difference("(whole)", null, "1"));
        assertThat(FieldDiff.between(tree("{\"a\":1}"), null)).containsExactly(new FieldDiff.Difference("(whole)", "{\"a\":1}", null));
    }

    @Test
    void a_field_added_or_removed_shows_as_absent_on_one_side() throws Exception {
        assertThat(FieldDiff.between(tree("{\"a\":1}"), tree("{\"a\":1,\"b\":\"x\"}")))
                .containsExactly(new FieldDiff.Difference("b", null, "\"x\""));
    }
}
