package org.influenceatlas.review;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One field of a fact, before and after a change: {@code field} is its path in the fact's JSON
 * ({@code name}, {@code period.to}, {@code citations[1].credibility}); a value is its text, null
 * where the field is absent or empty.
 */
public record FieldChange(String field, String before, String after) {

    /** Every field that differs between the two versions of a fact (either may be null: created, retired). */
    static List<FieldChange> between(JsonNode before, JsonNode after) {
        Map<String, JsonNode> was = FactJson.flatten(before);
        Map<String, JsonNode> is = FactJson.flatten(after);
        Set<String> fields = new LinkedHashSet<>(was.keySet());
        fields.addAll(is.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            String from = text(was.get(field));
            String to = text(is.get(field));
            if (!Objects.equals(from, to)) {
                changes.add(new FieldChange(field, from, to));
            }
        }
        return changes;
    }

    static List<FieldChange> between(Object before, Object after) {
        return between(FactJson.tree(before), FactJson.tree(after));
    }

    private static String text(JsonNode value) {
        String text = FactJson.describe(value);
        return text.isEmpty() ? null : text;
    }
}
