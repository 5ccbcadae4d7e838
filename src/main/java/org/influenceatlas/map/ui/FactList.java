package org.influenceatlas.map.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Span;

/** Label/value rows; blank values are left out rather than shown empty. */
class FactList extends DescriptionList {

    FactList row(String label, String value) {
        if (value != null && !value.isBlank()) {
            add(new Term(label), new Description(value));
        }
        return this;
    }

    FactList row(String label, Component value) {
        add(new Term(label), new Description(value));
        return this;
    }

    static Span badge(String text, String variant) {
        Span badge = new Span(text);
        badge.addClassNames("atlas-badge", "atlas-badge-" + variant);
        return badge;
    }
}
