package org.influenceatlas.base;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The field-by-field difference of two versions of one thing (a fact, a feature, a briefing), as
 * a reviewer or a presenter reads it: each leaf that differs, by its path ("history[2].status",
 * "location.lat"), with its value before and after. One definition for the review queue, the
 * history, edit conflicts and "what changed since the pin", so they all show the same diff.
 */
public final class FieldDiff {

    /** One field that differs. A value is JSON text of the leaf ("\"active\"", "12.5"); null when absent. */
    public record Difference(String path, String before, String after) {
    }

    /** A bounded diff: more differences than this are cut (a reviewer reads them, they don't page). */
    public static final int MAX_DIFFERENCES = 500;

    private FieldDiff() {
    }

    /** The differences between two JSON trees, in document order; none when they are equal. */
    public static List<Difference> between(JsonNode before, JsonNode after) {
        List<Difference> differences = new ArrayList<>();
        walk("", orNull(before), orNull(after), differences);
        return differences;
    }

    /** The top-level field names of the paths (e.g. "history" for "history[2].status"): what a change touched. */
    public static Set<String> fields(List<Difference> differences) {
        Set<String> fields = new LinkedHashSet<>();
        for (Difference d : differences) {
            String path = d.path();
            int end = path.length();
            for (int i = 0; i < path.length(); i++) {
                if (path.charAt(i) == '.' || path.charAt(i) == '[') {
                    end = i;
                    break;
                }
            }
            fields.add(path.substring(0, end));
        }
        return fields;
    }

    private static void walk(String path, JsonNode before, JsonNode after, List<Difference> out) {
        if (out.size() >= MAX_DIFFERENCES || before.equals(after)) {
            return;
        }
        if (before.isObject() && after.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            before.fieldNames().forEachRemaining(names::add);
            after.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                walk(path.isEmpty() ? name : path + "." + name, orNull(before.get(name)), orNull(after.get(name)), out);
            }
        } else if (before.isArray() && after.isArray()) {
            Iterator<JsonNode> b = before.elements();
            Iterator<JsonNode> a = after.elements();
            for (int i = 0; b.hasNext() || a.hasNext(); i++) {
                walk(path + "[" + i + "]", b.hasNext() ? b.next() : NullNode.getInstance(),
                        a.hasNext() ? a.next() : NullNode.getInstance(), out);
            }
        } else {
            out.add(new Difference(path.isEmpty() ? "(whole)" : path, text(before), text(after)));
        }
    }

    private static JsonNode orNull(JsonNode node) {
        return node == null || node.isMissingNode() ? NullNode.getInstance() : node;
    }

    private static String text(JsonNode node) {
        return node.isNull() ? null : node.toString();
    }
}
