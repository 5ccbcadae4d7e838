package org.influenceatlas.briefing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.influenceatlas.base.RecordDates;
import org.influenceatlas.base.InvalidField;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the exchange document strictly: one JSON object and nothing after it, no field the
 * format does not have, no null where a number belongs. Every refusal names the field (its path,
 * {@code slides[2].map.asOf}) in words, never with a Java type name.
 */
public final class BriefingDocumentJson {

    private static final Pattern SLIDE_FIELD = Pattern.compile("^slide (\\d+) \\([^)]*\\), field (\\w+):");

    private BriefingDocumentJson() {
    }

    public static BriefingDocument read(ObjectMapper json, byte[] bytes) {
        if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            throw new InvalidField("body", "is empty; send a briefing document (format " + BriefingDocument.FORMAT + ")");
        }
        JsonNode tree;
        try {
            tree = json.readerFor(JsonNode.class)
                    .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                    .readTree(bytes);
        } catch (MismatchedInputException e) {
            throw new InvalidField("body", (e.getMessage() != null && e.getMessage().startsWith("Trailing token")
                    ? "holds more after the JSON document" : e.getMessage() != null && e.getMessage().startsWith("Duplicate field")
                    ? "names a field twice" : "is not JSON") + where(e));
        } catch (JsonProcessingException e) {
            throw new InvalidField("body", "is not JSON" + where(e));
        } catch (IOException e) {
            throw new InvalidField("body", "cannot be read");
        }
        if (tree == null || tree.isNull() || tree.isMissingNode()) {
            throw new InvalidField("body", "is null, not a briefing document");
        }
        if (!tree.isObject()) {
            throw new InvalidField("body", "must be a JSON object (a briefing document)");
        }
        // The format first: a document of another format or version is refused as such, not by its fields.
        JsonNode format = tree.get("format");
        if (format == null || !format.isTextual() || !BriefingDocument.FORMAT.equals(format.asText())) {
            throw new InvalidField("format", "expected '" + BriefingDocument.FORMAT + "', got "
                    + (format == null ? "none" : "'" + RecordDates.shorten(format.isTextual() ? format.asText() : format.toString()) + "'"));
        }
        ObjectReader reader = json.readerFor(BriefingDocument.class)
                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        BriefingDocument document;
        try {
            document = reader.readValue(tree);
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidField(path(e), "is not a field of a briefing document (format " + BriefingDocument.FORMAT + ")");
        } catch (MismatchedInputException e) {
            throw new InvalidField(path(e), "is not " + expected(e.getTargetType()));
        } catch (JsonMappingException e) {
            throw new InvalidField(path(e), "cannot be read");
        } catch (IOException e) {
            throw new InvalidField("body", "cannot be read");
        }
        if (document == null) {
            throw new InvalidField("body", "is null, not a briefing document");
        }
        return document;
    }

    /** The field a save problem names ({@code slide 2 (Title), field select: ...} is {@code slides[1].selected}). */
    public static String fieldOf(String problem) {
        Matcher m = SLIDE_FIELD.matcher(problem);
        if (m.find()) {
            String field = switch (m.group(2)) {
                case "select" -> "selected";
                case "highlight" -> "highlighted";
                case "org" -> "organisation";
                default -> m.group(2);
            };
            return "slides[" + (Integer.parseInt(m.group(1)) - 1) + "]." + (field.equals("body") ? "body" : "map." + field);
        }
        Matcher leading = Pattern.compile("^([A-Za-z]+): ").matcher(problem);
        return leading.find() ? leading.group(1) : "body";
    }

    private static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(RecordDates.shorten(ref.getFieldName()));
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.isEmpty() ? "body" : out.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of the right kind";
        }
        if (type == String.class) {
            return "a text";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class) {
            return "a number";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return "of the right kind";
    }

    private static String where(JsonProcessingException e) {
        return e.getLocation() == null || e.getLocation().getLineNr() < 1 ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }
}
