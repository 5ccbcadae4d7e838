package org.influenceatlas.source;

import org.influenceatlas.base.PartialDate;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A document or web page that facts cite. A source either points somewhere ({@code url}) or
 * ships its text with the dataset ({@code file}); the {@link #UNSOURCED} marker does neither and
 * flags a fact that still needs a real source.
 *
 * <p>{@code reliability} is the source's Admiralty grade (null only while a dataset in report mode
 * still lacks it) with a one-line reason. {@code unknown} lists the fields of the source that are
 * known to be unknown and why ({@code publisher: the text does not name it|date: ...}), so that a
 * blank field is a recorded fact about the page and not an omission.
 */
public record Source(String id, String kind, String title, String publisher, String author, PartialDate date,
                     String url, String file, String notes, Reliability reliability, String reliabilityReason,
                     String unknown) {

    /** The fields a source row may mark as unknown. */
    public static final java.util.List<String> MAY_BE_UNKNOWN = java.util.List.of("title", "publisher", "author", "date", "url");

    public static final String UNSOURCED = "unsourced";

    public Source {
        if (id == null || !id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("id '" + id + "' must be lower-case letters, digits and hyphens");
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title is missing");
        }
        if (url != null && !url.isBlank() && !url.matches("https?://\\S+")) {
            throw new IllegalArgumentException("url '" + url + "' is not an http(s) address");
        }
        if (file != null && !file.isBlank() && !file.matches("[A-Za-z0-9_-]+(/[A-Za-z0-9_.-]+)*") || file != null && file.contains("..")) {
            throw new IllegalArgumentException("file '" + file + "' must be a relative path below sources/ (letters, digits, _ - . /)");
        }
        if (!UNSOURCED.equals(id) && isBlank(url) && isBlank(file) && !"dataset".equals(kind)) {
            throw new IllegalArgumentException("needs a url or a bundled file");
        }
        unknownFields(unknown);
    }

    /** A source as it was before grades: no reliability, nothing marked unknown. */
    public Source(String id, String kind, String title, String publisher, String author, PartialDate date,
                  String url, String file, String notes) {
        this(id, kind, title, publisher, author, date, url, file, notes, null, null, null);
    }

    /** The fields marked unknown, each with its reason, in the order given. */
    public Map<String, String> unknownFields() {
        return unknownFields(unknown);
    }

    private static Map<String, String> unknownFields(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return fields;
        }
        for (String part : text.split("\\|")) {
            int colon = part.indexOf(':');
            String field = (colon < 0 ? part : part.substring(0, colon)).trim();
            String reason = colon < 0 ? "" : part.substring(colon + 1).trim();
            if (!MAY_BE_UNKNOWN.contains(field)) {
                throw new IllegalArgumentException("unknown: '" + field + "' is not one of " + String.join(", ", MAY_BE_UNKNOWN));
            }
            if (reason.isEmpty()) {
                throw new IllegalArgumentException("unknown: " + field + " needs a reason ('" + field + ": why')");
            }
            fields.put(field, reason);
        }
        return fields;
    }

    /** Where a reader finds it: the page, or the bundled text served by the API; null for the marker. */
    public String href() {
        if (url != null && !url.isBlank()) {
            return url;
        }
        return file == null ? null : "/api/v1/sources/" + id + "/text";
    }

    /** The bundled text served by the API, if the source ships one. */
    public String textHref() {
        return file == null ? null : "/api/v1/sources/" + id + "/text";
    }

    public boolean isUnsourcedMarker() {
        return UNSOURCED.equals(id);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
