package org.influenceatlas.review;

import com.fasterxml.jackson.databind.JsonNode;
import org.influenceatlas.base.Change;
import org.influenceatlas.base.InvalidField;
import org.influenceatlas.base.PlainText;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One kind of curated fact (a presence, a corridor, a source ...): everything the review needs
 * to know of it, in one place. {@code find} reads the published fact at the version in force on
 * the thread ({@link org.influenceatlas.base.KnownOn}); {@code check} is the rule the feature
 * service applies on save that the record cannot know (countries and organisations named exist);
 * {@code save}/{@code retire} are the feature service's own writes. {@code bounds} limits every
 * text to what its column holds ({@code altNames[]} joined by "|"), {@code children} names the
 * tables whose rows belong to the fact (a presence's status changes), for its history.
 *
 * @param <T> the domain record
 */
public record CuratedKind<T>(String type, String label, Class<T> recordClass, Function<T, String> idOf,
                             Function<T, String> nameOf, Function<String, Optional<T>> find, Consumer<T> check,
                             BiConsumer<Change, T> save, BiConsumer<Change, String> retire, Map<String, Bound> bounds,
                             List<Child> children) {

    /** The limit of one text field; {@code joined} for a list stored in one column, separated by "|". */
    public record Bound(int max, boolean multiLine, boolean joined) {
        static Bound line(int max) {
            return new Bound(max, false, false);
        }

        static Bound text(int max) {
            return new Bound(max, true, false);
        }

        static Bound list(int max) {
            return new Bound(max, false, true);
        }
    }

    /** A table of rows that are part of the fact (the entity type of their revisions and the column naming the fact). */
    public record Child(String entityType, String parentColumn) {
    }

    /** Texts without a bound of their own: names, ids, places. */
    static final Bound DEFAULT = Bound.line(300);

    /** What every citation of every kind may hold (the citation table's columns). */
    static final Map<String, Bound> CITATION = Map.of("sourceId", Bound.line(100), "locator", Bound.line(200),
            "quote", Bound.text(2000));

    /** The form of every id in the data files; '#' and '|' would break citation ids and lists. */
    static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    public boolean canRetire() {
        return retire != null;
    }

    /** The fact the JSON describes, checked by its constructor, its bounds and the service's rules. */
    T read(JsonNode node, String prefix, java.util.function.Predicate<String> knownSource) {
        T fact = FactJson.read(node, recordClass, prefix);
        checkBounds(node, prefix, knownSource);
        try {
            check.accept(fact);
        } catch (InvalidField e) {
            throw new InvalidField(prefix + "." + e.field(), e.reason());
        } catch (IllegalArgumentException e) {
            InvalidField field = InvalidField.of(e, "");
            throw new InvalidField(field.field().isEmpty() ? prefix : prefix + "." + field.field(), field.reason());
        }
        return fact;
    }

    T read(String json) {
        return FactJson.read(FactJson.parse(json), recordClass, type);
    }

    private void checkBounds(JsonNode node, String prefix, java.util.function.Predicate<String> knownSource) {
        Map<String, Integer> joinedLengths = new java.util.HashMap<>();
        FactJson.flatten(node).forEach((path, value) -> {
            if (!value.isTextual()) {
                return;
            }
            String shape = path.replaceAll("\\[\\d+]", "[]");
            String leaf = shape.substring(shape.lastIndexOf('.') + 1);
            Bound bound = bounds.getOrDefault(shape, shape.contains("citations[].") ? CITATION.getOrDefault(leaf, DEFAULT) : DEFAULT);
            String field = prefix + "." + path;
            PlainText.check(field, value.asText(), bound.max(), bound.multiLine());
            if (leaf.equals("id") && !ID.matcher(value.asText()).matches()) {
                throw new InvalidField(field, "'" + value.asText() + "' must be letters, digits, '.', '_' and '-', starting with a letter or digit");
            }
            if (shape.endsWith("citations[].sourceId") && !knownSource.test(value.asText())) {
                throw new InvalidField(field, "unknown source '" + value.asText() + "'");
            }
            if (bound.joined()) {
                if (value.asText().contains("|")) {
                    throw new InvalidField(field, "may not hold '|' (it separates the entries of the list)");
                }
                String list = path.substring(0, path.lastIndexOf('['));
                int length = joinedLengths.merge(list, value.asText().length() + 1, Integer::sum) - 1;
                if (length > bound.max()) {
                    throw new InvalidField(prefix + "." + list, "at most " + bound.max() + " characters in all");
                }
            }
        });
    }
}
