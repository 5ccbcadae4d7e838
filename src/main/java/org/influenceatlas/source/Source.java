package org.influenceatlas.source;

import org.influenceatlas.base.PartialDate;

/**
 * A document or web page that facts cite. A source either points somewhere ({@code url}) or
 * ships its text with the dataset ({@code file}); the {@link #UNSOURCED} marker does neither and
 * flags a fact that still needs a real source.
 */
public record Source(String id, String kind, String title, String publisher, String author, PartialDate date,
                     String url, String file, String notes) {

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
