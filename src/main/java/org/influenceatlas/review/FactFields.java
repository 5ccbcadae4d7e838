package org.influenceatlas.review;

import org.influenceatlas.base.InvalidField;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which field a domain record's own refusal is about. The records' constructors throw
 * {@link IllegalArgumentException}s worded for the data files ("name is missing", "needs at least
 * one source", "end 2020 is before start 2021"); a form or an API answer must point at the field.
 * The editing forms build records themselves and call {@link #refusal} on what the constructor throws.
 */
public final class FactFields {

    /** Words a refusal starts with that are not the name of the component they are about. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("needs at least one source", "citations"),
            Map.entry("source", "sourceId"),
            Map.entry("date", "period"),
            Map.entry("stance", "value"),
            Map.entry("end", "to"),
            Map.entry("a period needs a start", "from"),
            Map.entry("a segment needs at least two waypoints", "route"),
            Map.entry("a route through", "bypassesRussia"),
            Map.entry("needs a url or a bundled file", "url"),
            Map.entry("a breakaway territory", "claimedBy"),
            Map.entry("an occupied territory", "claimedBy"),
            Map.entry("a occupied territory", "claimedBy"));

    /** Refusals of values that are one field by themselves (a date, a point's coordinate belongs to the point). */
    private static final Set<String> WHOLE_VALUE = Set.of("year", "month", "no such day", "a day needs a month");

    private FactFields() {
    }

    /**
     * The refusal of a record of that type as an {@link InvalidField} naming the component (empty
     * when the refusal is about the value as a whole, e.g. a date's year), with the message as reason.
     */
    public static InvalidField refusal(Class<?> recordType, String message) {
        if (message == null || message.isBlank()) {
            return new InvalidField("", "is missing or not valid");
        }
        List<String> components = recordType.isRecord()
                ? Arrays.stream(recordType.getRecordComponents()).map(RecordComponent::getName).toList() : List.of();
        for (Map.Entry<String, String> alias : ALIASES.entrySet()) {
            if (message.startsWith(alias.getKey() + " ") || message.equals(alias.getKey())) {
                String field = alias.getValue();
                if (components.contains(field)) {
                    return new InvalidField(field, message);
                }
            }
        }
        for (String whole : WHOLE_VALUE) {
            if (message.startsWith(whole)) {
                return new InvalidField("", message);
            }
        }
        String first = message.split("[ :']", 2)[0];
        String camel = camel(first);
        if (components.contains(camel)) {
            return new InvalidField(camel, message);
        }
        return new InvalidField("", message);
    }

    /** As {@link #refusal(Class, String)} for what a record's constructor threw. */
    public static InvalidField refusal(Class<?> recordType, RuntimeException thrown) {
        return thrown instanceof InvalidField field ? field : refusal(recordType, thrown.getMessage());
    }

    /** {@code claimed_by} as {@code claimedBy}: the data files' column names are the records' components. */
    private static String camel(String word) {
        String[] parts = word.split("_");
        return parts[0] + Arrays.stream(parts).skip(1)
                .map(p -> p.isEmpty() ? p : Character.toUpperCase(p.charAt(0)) + p.substring(1))
                .collect(Collectors.joining());
    }
}
