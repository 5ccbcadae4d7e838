package org.influenceatlas.editing.ui;

import org.influenceatlas.account.Curators;
import org.influenceatlas.account.Role;
import org.springframework.stereotype.Component;

/**
 * What the signed-in curator may do with a fact's form, by the rule the review service applies
 * to their proposals: editors create, edit and retire; a signed-in reader proposes corrections.
 */
@Component
class EditingAccess {

    enum Level {
        /** Create, edit and retire (an editor, reviewer or admin). */
        EDIT,
        /** Propose a correction to an existing fact (a signed-in reader). */
        PROPOSE,
        NONE
    }

    private final Curators curators;

    EditingAccess(Curators curators) {
        this.curators = curators;
    }

    Level current() {
        return curators.current().map(c -> c.may(Role.EDITOR) ? Level.EDIT : Level.PROPOSE).orElse(Level.NONE);
    }
}
