package org.influenceatlas.briefing.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.influenceatlas.briefing.Briefing;
import org.influenceatlas.briefing.BriefingService;

/** The list of briefings: title, summary, slide count and last update, each opening slide 1. */
@Route("briefings")
@PageTitle("Briefings · Influence Atlas")
class BriefingsView extends Div {

    BriefingsView(BriefingService briefings) {
        addClassName("atlas-briefings");
        add(new H1("Briefings"), new Anchor("", "Back to the map"));
        for (Briefing b : briefings.all()) {
            Div card = new Div();
            card.addClassName("atlas-briefing-card");
            H2 title = new H2(new Anchor("briefings/" + b.slug() + "/1", b.title()));
            Span meta = new Span(b.slides().size() + " slides · updated " + b.updated() + " · data as of " + b.dataAsOf()
                    + (b.author() == null ? "" : " · " + b.author()));
            meta.addClassName("atlas-meta");
            card.add(title, new Paragraph(b.summary() == null ? "" : b.summary()), meta);
            add(card);
        }
    }
}
