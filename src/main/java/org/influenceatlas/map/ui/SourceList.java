package org.influenceatlas.map.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.influenceatlas.source.Citation;
import org.influenceatlas.source.Source;

import java.util.List;
import java.util.Map;

/**
 * A fact's citations: the grade ("B2", explained on hover), title (linked to the page or the
 * bundled text), publisher, date, quote; a party's own claim is marked as a claim.
 */
class SourceList extends Div {

    SourceList(List<Citation> citations, Map<String, Source> catalogue) {
        addClassName("atlas-sources");
        UnorderedList list = new UnorderedList();
        for (Citation citation : citations) {
            Source source = catalogue.get(citation.sourceId());
            if (source == null) {
                continue;
            }
            ListItem item = new ListItem();
            if (source.isUnsourcedMarker()) {
                Span flag = new Span("Unsourced: no source found yet for part of this fact");
                flag.addClassName("atlas-unsourced");
                item.add(flag);
            } else {
                item.add(grade(citation, source));
                if (citation.claim()) {
                    Span claim = new Span("claim");
                    claim.addClassName("atlas-claim");
                    claim.getElement().setAttribute("title", "Cited for this party's own claim, not as proof of the fact");
                    item.add(claim, new Span(" "));
                }
                String href = source.href();
                Anchor title = new Anchor(href, source.title());
                title.setTarget("_blank");
                item.add(title);
                String meta = String.join(", ", java.util.stream.Stream.of(source.publisher(),
                                source.date() == null ? null : source.date().toString(),
                                source.url() == null ? "bundled text" : null, citation.locator())
                        .filter(s -> s != null && !s.isBlank()).toList());
                if (!meta.isEmpty()) {
                    item.add(new Span(" (" + meta + ")"));
                }
                if (citation.quote() != null) {
                    Div quote = new Div("\u201c" + citation.quote() + "\u201d");
                    quote.addClassName("atlas-quote");
                    item.add(quote);
                }
            }
            list.add(item);
        }
        add(new Span("Sources"), list);
        java.util.List<org.influenceatlas.source.Grade> grades = citations.stream()
                .map(c -> c.grade(catalogue.get(c.sourceId()))).flatMap(java.util.Optional::stream).toList();
        Span confidence = new Span(org.influenceatlas.source.Grade.best(grades)
                .map(g -> "Confidence " + g + ": the best grade among these citations (" + g.describe().substring(4) + ")")
                .orElse("Confidence: none of these citations is graded yet"));
        confidence.addClassName("atlas-confidence");
        add(new Div(confidence));
    }

    /** The citation's grade, with the scale's words and the source's reason as its tooltip. */
    static Span grade(Citation citation, Source source) {
        Span badge = new Span();
        badge.addClassName("atlas-grade");
        // Until the theme styles it (frontend/): a small label, readable without colour.
        badge.getStyle().set("font-weight", "bold").set("font-size", "smaller").set("border", "1px solid #888")
                .set("border-radius", "3px").set("padding", "0 3px");
        String reason = source.reliabilityReason() == null ? "" : " (" + source.reliabilityReason() + ")";
        citation.grade(source).ifPresentOrElse(g -> {
            badge.setText(g.toString());
            badge.getElement().setAttribute("title", g.describe() + reason);
        }, () -> {
            badge.setText(source.reliability() == null ? "ungraded" : source.reliability().code() + "?");
            badge.getElement().setAttribute("title", source.reliability() == null ? "This source is not graded yet"
                    : "Source " + source.reliability().label().toLowerCase(java.util.Locale.ROOT) + reason
                    + "; this citation's credibility is not graded yet");
        });
        Span spaced = new Span(badge, new Span(" "));
        return spaced;
    }
}
