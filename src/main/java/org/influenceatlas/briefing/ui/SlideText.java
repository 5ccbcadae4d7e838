package org.influenceatlas.briefing.ui;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.influenceatlas.briefing.MarkdownImages;
import org.influenceatlas.briefing.References;
import org.influenceatlas.briefing.Slide;
import org.influenceatlas.source.Source;

import java.util.List;
import java.util.Map;

/**
 * A slide's Markdown as safe HTML, with each citation a numbered link to its source and a
 * matching reference list. Raw HTML in the text is escaped and unsafe link targets dropped, so
 * a briefing cannot inject markup into the page.
 */
final class SlideText {

    record Reference(int number, Source source, String locator) {
        String href() {
            return source.href();
        }
    }

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private final String html;
    private final List<Reference> references;

    SlideText(Slide slide, Map<String, Source> catalogue) {
        References refs = References.of(slide, ref -> catalogue.containsKey(ref.sourceId())
                ? "[\\[" + ref.number() + "\\]](" + new Reference(ref.number(), catalogue.get(ref.sourceId()), null).href() + ")"
                : "");
        this.html = "<div class=\"atlas-slide-text\">" + RENDERER.render(MarkdownImages.strip(PARSER.parse(refs.text()))) + "</div>";
        this.references = refs.list().stream().filter(r -> catalogue.containsKey(r.sourceId()))
                .map(r -> new Reference(r.number(), catalogue.get(r.sourceId()), r.locator())).toList();
    }

    String html() {
        return html;
    }

    List<Reference> references() {
        return references;
    }
}
