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

/** A fact's citations: title (linked to the page or the bundled text), publisher, date, quote. */
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
    }
}
