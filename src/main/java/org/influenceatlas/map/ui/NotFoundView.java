package org.influenceatlas.map.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What an unknown address shows: HTTP 404, what was not found, and the way back to the map and
 * to the briefings. Views that find no such briefing or slide reroute here with their own message.
 */
@AnonymousAllowed
class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        addClassName("atlas-not-found");
        String message = parameter.hasCustomMessage() ? parameter.getCustomMessage()
                : "There is no page at /" + event.getLocation().getPath() + ".";
        H1 title = new H1("Not found");
        Paragraph what = new Paragraph(message);
        what.setId("not-found-message");
        Anchor map = new Anchor("", "Back to the map");
        map.setId("back-to-map");
        add(title, what, new Paragraph(map, new com.vaadin.flow.component.Text(" · "), new Anchor("briefings", "All briefings")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
