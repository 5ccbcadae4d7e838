package org.influenceatlas.editing.ui;

import com.vaadin.flow.component.HasValidation;
import org.influenceatlas.base.InvalidField;
import org.influenceatlas.review.FactFields;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

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
    <V> Optional<V> build(String prefix, Class<V> type, Supplier<V> constructor) {
        try {
            return Optional.of(constructor.get());
        } catch (IllegalArgumentException | NullPointerException e) {
            // The review service's reading of a record's refusal, so a form and the API name the same field.
            InvalidField refusal = FactFields.refusal(type, e);
            String at = refusal.field().isEmpty() ? trimDot(prefix) : prefix + refusal.field();
            refuse(at, refusal.reason());
            return Optional.empty();
        }
    }

    private static String trimDot(String prefix) {
        return prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix;
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

    private static String message(RuntimeException e) {
        if (e instanceof InvalidField f) {
            return f.reason();
        }
        return e.getMessage() == null ? "is not valid" : e.getMessage();
    }
}
