package org.influenceatlas.map.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import org.influenceatlas.source.Citation;
import org.influenceatlas.source.Source;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Map;

/**
 * A fact's citations: the grade ("B2", explained on hover), title (linked to the page or the
 * bundled text), publisher, date, quote; a party's own claim is marked as a claim. Read-only, so
 * it reaches the browser as markup ({@link Markup}), not as a component per line and badge.
 */
@Tag("div")
class SourceList extends Component {

    SourceList(List<Citation> citations, Map<String, Source> catalogue) {
        getElement().getClassList().add("atlas-sources");
        Element root = new Element("div");
        root.appendElement("span").text("Sources");
        Element list = root.appendElement("ul");
        for (Citation citation : citations) {
            Source source = catalogue.get(citation.sourceId());
            if (source == null) {
                continue;
            }
            Element item = list.appendElement("li");
            if (source.isUnsourcedMarker()) {
                item.appendElement("span").addClass("atlas-unsourced").text("Unsourced: no source found yet for part of this fact");
            } else {
                item.appendChild(grade(citation, source));
                if (citation.claim()) {
                    item.appendElement("span").addClass("atlas-claim")
                            .attr("title", "Cited for this party's own claim, not as proof of the fact").text("claim");
                    item.appendElement("span").text(" ");
                }
                item.appendElement("a").attr("href", source.href()).attr("target", "_blank").attr("rel", "noopener")
                        .text(source.title());
                String meta = String.join(", ", java.util.stream.Stream.of(source.publisher(),
                                source.date() == null ? null : source.date().toString(),
                                source.url() == null ? "bundled text" : null, citation.locator())
                        .filter(s -> s != null && !s.isBlank()).toList());
                if (!meta.isEmpty()) {
                    item.appendElement("span").text(" (" + meta + ")");
                }
                if (citation.quote() != null) {
                    item.appendElement("div").addClass("atlas-quote").text("\u201c" + citation.quote() + "\u201d");
                }
            }
        }
        java.util.List<org.influenceatlas.source.Grade> grades = citations.stream()
                .map(c -> c.grade(catalogue.get(c.sourceId()))).flatMap(java.util.Optional::stream).toList();
        root.appendElement("div").appendElement("span").addClass("atlas-confidence").text(org.influenceatlas.source.Grade.best(grades)
                .map(g -> "Confidence " + g + ": the best grade among these citations (" + g.describe().substring(4) + ")")
                .orElse("Confidence: none of these citations is graded yet"));
        Markup.show(this, root);
    }

    /** The citation's grade, with the scale's words and the source's reason as its tooltip. */
    static Element grade(Citation citation, Source source) {
        // Until the theme styles it (frontend/): a small label, readable without colour.
        Element badge = new Element("span").addClass("atlas-grade")
                .attr("style", "font-weight: bold; font-size: smaller; border: 1px solid #888; border-radius: 3px; padding: 0 3px");
        String reason = source.reliabilityReason() == null ? "" : " (" + source.reliabilityReason() + ")";
        citation.grade(source).ifPresentOrElse(g -> badge.text(g.toString()).attr("title", g.describe() + reason),
                () -> badge.text(source.reliability() == null ? "ungraded" : source.reliability().code() + "?")
                        .attr("title", source.reliability() == null ? "This source is not graded yet"
                                : "Source " + source.reliability().label().toLowerCase(java.util.Locale.ROOT) + reason
                                + "; this citation's credibility is not graded yet"));
        Element spaced = new Element("span");
        spaced.appendChild(badge);
        spaced.appendElement("span").text(" ");
        return spaced;
    }
}
