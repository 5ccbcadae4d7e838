package org.influenceatlas.editing.ui;

import org.influenceatlas.review.Acting;
import org.springframework.stereotype.Component;

/**
 * What the current user may do with a fact's form, by the same rule the review service applies
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

    private final Acting acting;

    EditingAccess(Acting acting) {
        this.acting = acting;
    }

    Level current() {
        return acting.current().map(a -> a.level() == Acting.Level.READER ? Level.PROPOSE : Level.EDIT).orElse(Level.NONE);
    }
}
