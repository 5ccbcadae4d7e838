package org.influenceatlas.base;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value refused, with the name of the field that holds it, so that an API answer, a form and
 * an import report can all say which field is wrong. The message starts with the field's name.
 */
public class InvalidField extends IllegalArgumentException {

    private static final Pattern LEADING_FIELD = Pattern.compile("^([A-Za-z][A-Za-z0-9_.\\[\\]-]{0,60}): ");

    private final String field;
    private final String reason;

    public InvalidField(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    /** The message without the field's name. */
    public String reason() {
        return reason;
    }

    /**
     * The field a refusal names: its own if it is an InvalidField, else the name its message
     * starts with ({@code "asOf: ..."}, the form every domain check here uses), else the fallback.
     */
    public static InvalidField of(IllegalArgumentException e, String fallback) {
        if (e instanceof InvalidField field) {
            return field;
        }
        String message = e.getMessage() == null ? "is not valid" : e.getMessage();
        Matcher m = LEADING_FIELD.matcher(message);
        return m.find() ? new InvalidField(m.group(1), message.substring(m.end())) : new InvalidField(fallback, message);
    }

    /** The same refusal, its field named inside a larger one ({@code slides[2]} + {@code title}). */
    public InvalidField within(String outer, String context) {
        return new InvalidField(outer + "." + field, context + reason);
    }
}
