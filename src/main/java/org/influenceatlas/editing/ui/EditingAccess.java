package org.influenceatlas.editing.ui;

import com.vaadin.flow.server.VaadinRequest;
import org.influenceatlas.briefing.LocalAuthoring;
import org.springframework.stereotype.Component;

/** What the current user may do with a fact's form. */
@Component
class EditingAccess {

    enum Level {
        /** Create, edit and retire (an editor, reviewer or admin). */
        EDIT,
        /** Propose a correction to an existing fact (a signed-in reader). */
        PROPOSE,
        NONE
    }

    private final LocalAuthoring authoring;

    EditingAccess(LocalAuthoring authoring) {
        this.authoring = authoring;
    }

    Level current() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null) {
            return Level.NONE;
        }
        return authoring.allows(request.getRemoteAddr(), request.getHeader("Host"), request.getHeader("Origin"))
                ? Level.EDIT : Level.NONE;
    }
}
