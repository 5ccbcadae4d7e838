package org.influenceatlas.map.ui;

import com.vaadin.flow.component.Component;
import org.jsoup.nodes.Element;

/**
 * Read-only content of the details panel handed to the browser as markup: the children of a
 * jsoup element (which escapes every text and attribute) become the component's inner HTML. A
 * fact's rows and citations have no listeners, so one state node per block serves where a
 * component per element made the panel the largest part of a session's heap.
 */
final class Markup {

    private Markup() {
    }

    static void show(Component component, Element content) {
        component.getElement().setProperty("innerHTML", content.html());
    }

    /** What the component shows as text (for tests and for reading back what was sent). */
    static String text(Component component) {
        return org.jsoup.Jsoup.parseBodyFragment(component.getElement().getProperty("innerHTML", "")).text();
    }
}
