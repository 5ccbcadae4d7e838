package org.influenceatlas.briefing;

import org.influenceatlas.layer.MapState;
import org.influenceatlas.source.Citation;

import java.util.ArrayList;
import java.util.List;
import org.influenceatlas.base.InvalidField;
import org.influenceatlas.base.PlainText;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One step of a briefing: a title, a short Markdown body whose claims cite sources as
 * {@code [@source-id]} or {@code [@source-id locator]}, and the map state to show.
 */
public record Slide(String title, String body, MapState map) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 4000;
    /** {@code [@art-2015-time-syria line 12]}: the source id, then an optional locator. */
    public static final Pattern CITATION = Pattern.compile("\\[@([a-z0-9][a-z0-9-]*)(?:\\s+([^\\]]+))?\\]");

    public Slide {
        if (title == null || title.isBlank()) {
            throw new InvalidField("title", "must be 1.." + MAX_TITLE + " characters");
        }
        PlainText.line("title", title, MAX_TITLE);
        if (body == null || body.isBlank()) {
            throw new InvalidField("body", "must be 1.." + MAX_BODY + " characters");
        }
        PlainText.check("body", body, MAX_BODY, true);
        List<String> images = MarkdownImages.refused(body);
        if (!images.isEmpty()) {
            throw new InvalidField("body", "an image address must be relative or https, not '"
                    + org.influenceatlas.base.RecordDates.shorten(images.get(0)) + "'");
        }
        if (map == null) {
            throw new InvalidField("map", "is missing");
        }
        if (map.view().isEmpty()) {
            throw new InvalidField("map", "a slide's map needs a view");
        }
        if (citations(body).isEmpty()) {
            throw new InvalidField("body", "cites no source: add [@source-id] to the text");
        }
    }

    public List<Citation> citations() {
        return citations(body);
    }

    static List<Citation> citations(String body) {
        List<Citation> found = new ArrayList<>();
        Matcher m = CITATION.matcher(body);
        while (m.find()) {
            found.add(new Citation(m.group(1), m.group(2) == null ? null : m.group(2).trim(), null));
        }
        return found;
    }
}
