package org.influenceatlas.map.ui;

import com.vaadin.flow.component.html.DescriptionList;

/** Label/value rows; blank values are left out rather than shown empty. */
class FactList extends DescriptionList {

    FactList row(String label, String value) {
        if (value != null && !value.isBlank()) {
            add(new Term(label), new Description(value));
        }
        return this;
    }
}
