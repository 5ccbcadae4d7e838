package org.influenceatlas.map.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import org.jsoup.nodes.Element;

/**
 * Label/value rows; blank values are left out rather than shown empty. The rows are read-only
 * text, so the browser gets them as the list's markup (one property, escaped by jsoup) rather
 * than as a Vaadin component per term and value: a session then holds one node for the list, not
 * four per row (issue 14: heap per session).
 */
@Tag("dl")
class FactList extends Component {

    private final Element rows = new Element("dl");

    FactList row(String label, String value) {
        if (value != null && !value.isBlank()) {
            rows.appendElement("dt").text(label);
            rows.appendElement("dd").text(value);
            Markup.show(this, rows);
        }
        return this;
    }
}
