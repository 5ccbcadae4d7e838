package org.influenceatlas.briefing.ui;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.influenceatlas.briefing.Slide;
import org.influenceatlas.source.Source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * A slide's Markdown as safe HTML, with each {@code [@source locator]} turned into a numbered
 * reference and a matching list of sources. Raw HTML in the text is escaped and unsafe link
 * targets dropped, so a briefing cannot inject markup into the page.
 */
final class SlideText {

    record Reference(int number, Source source, String locator) {
        String href() {
            return source.url() != null ? source.url() : "/api/v1/sources/" + source.id() + "/text";
        }
    }

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private final String html;
    private final List<Reference> references;

    SlideText(Slide slide, Map<String, Source> catalogue) {
        Map<String, Reference> byKey = new LinkedHashMap<>();
        Matcher m = Slide.CITATION.matcher(slide.body());
        StringBuilder markdown = new StringBuilder();
        while (m.find()) {
            Source source = catalogue.get(m.group(1));
            String locator = m.group(2) == null ? null : m.group(2).trim();
            if (source == null) {
                m.appendReplacement(markdown, "");
                continue;
            }
            Reference ref = byKey.computeIfAbsent(source.id() + "|" + locator,
                    k -> new Reference(byKey.size() + 1, source, locator));
            m.appendReplacement(markdown, Matcher.quoteReplacement("[\\[" + ref.number() + "\\]](" + ref.href() + ")"));
        }
        m.appendTail(markdown);
        this.html = "<div class=\"atlas-slide-text\">" + RENDERER.render(PARSER.parse(markdown.toString())) + "</div>";
        this.references = new ArrayList<>(byKey.values());
    }

    String html() {
        return html;
    }

    List<Reference> references() {
        return references;
    }
}
