package org.influenceatlas.editing.ui;

import com.vaadin.flow.component.HasValidation;
import org.influenceatlas.base.InvalidField;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what the user typed into domain values, one field at a time, with the domain's own
 * parsers and record constructors (the rules the importer applies). A refusal is put on the
 * field that holds the value (its error message), and reading goes on, so one save shows every
 * problem at once. The fields keep their text: nothing the user typed is lost.
 *
 * <p>Fields are named by path ({@code history[1].from}) as the review service names them, so a
 * refusal that comes back from it lands on the same field.
 */
final class FormReader {

    /** A record constructor's message names its field in words; this says which field that is. */
    private static final List<Map.Entry<Pattern, String>> MESSAGE_FIELDS = List.of(
            Map.entry(Pattern.compile("needs at least one source|source is missing"), "citations"),
            Map.entry(Pattern.compile("needs at least two waypoints|route is missing"), "route"),
            Map.entry(Pattern.compile("cannot bypass Russia"), "bypassesRussia"),
            Map.entry(Pattern.compile("needs claimed_by"), "claimedBy"),
            Map.entry(Pattern.compile("^end .* is before start"), "to"),
            Map.entry(Pattern.compile("^a period needs a start|^date is missing"), "from"),
            Map.entry(Pattern.compile("^latitude"), "latitude"),
            Map.entry(Pattern.compile("^longitude"), "longitude"),
            Map.entry(Pattern.compile("needs a url or a bundled file"), "url"),
            Map.entry(Pattern.compile("^stance is missing"), "value"));
    private static final Pattern LEADING_WORD = Pattern.compile("^(?:id '[^']*'|([A-Za-z][A-Za-z_]*))\\b");

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final List<String> unplaced = new ArrayList<>();

    /** Registers the field under its path and clears its previous error. */
    void field(String path, HasValidation field) {
        fields.put(path, field);
        // The form decides what is wrong (the domain's rules); the component must not clear that on its own.
        field.setManualValidation(true);
        field.setInvalid(false);
        field.setErrorMessage(null);
    }

    /** The parsed value, or null after putting the parser's refusal on the field. */
    <V> V value(String path, HasValidation field, Supplier<V> parse) {
        field(path, field);
        try {
            return parse.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            refuse(path, message(e));
            return null;
        }
    }

    /**
     * The record, or empty after putting the constructor's refusal on the field it names within
     * {@code prefix} (or on the form, when it names none). Not called once a part is missing:
     * the field that lacks it already says so.
     */
    <V> Optional<V> build(String prefix, Supplier<V> constructor) {
        try {
            return Optional.of(constructor.get());
        } catch (IllegalArgumentException | NullPointerException e) {
            String message = message(e);
            refuse(prefix + fieldOf(e, message), message);
            return Optional.empty();
        }
    }

    /** Puts a refusal on the field at this path, the nearest enclosing registered one, or the form. */
    void refuse(String path, String message) {
        String at = path;
        while (!fields.containsKey(at) && at.contains(".")) {
            at = at.substring(0, at.lastIndexOf('.'));
        }
        HasValidation field = fields.get(at);
        if (field == null) {
            unplaced.add(path.isEmpty() ? message : path + ": " + message);
            errors.put(path, message);
            return;
        }
        String shown = errors.containsKey(at) ? errors.get(at) + "; " + message : message;
        errors.put(at, shown);
        field.setErrorMessage(shown);
        field.setInvalid(true);
    }

    void refuse(InvalidField refusal) {
        refuse(refusal.field(), refusal.reason());
    }

    boolean ok() {
        return errors.isEmpty();
    }

    /** Every refusal by path, in the order found. */
    Map<String, String> errors() {
        return errors;
    }

    /** Refusals that name no field of the form (shown above it). */
    List<String> unplaced() {
        return unplaced;
    }

    Optional<HasValidation> fieldAt(String path) {
        return Optional.ofNullable(fields.get(path));
    }

    private static String fieldOf(RuntimeException e, String message) {
        if (e instanceof InvalidField f) {
            return f.field();
        }
        for (Map.Entry<Pattern, String> rule : MESSAGE_FIELDS) {
            if (rule.getKey().matcher(message).find()) {
                return rule.getValue();
            }
        }
        Matcher m = LEADING_WORD.matcher(message);
        if (m.find()) {
            return m.group(1) == null ? "id" : m.group(1);
        }
        return "";
    }

    private static String message(RuntimeException e) {
        if (e instanceof InvalidField f) {
            return f.reason();
        }
        return e.getMessage() == null ? "is not valid" : e.getMessage();
    }
}
