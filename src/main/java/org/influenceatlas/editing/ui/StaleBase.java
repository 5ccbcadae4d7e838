package org.influenceatlas.editing.ui;

import java.util.List;

/** The fact changed since the form loaded it: the save is refused, and this says what the other person changed. */
class StaleBase extends RuntimeException {

    /** One field the other person changed: what the form loaded, and what is published now. */
    record Change(String field, String loaded, String now) {
    }

    private final List<Change> changes;
    private final Object current;

    StaleBase(List<Change> changes, Object current) {
        super("changed by someone else since it was loaded");
        this.changes = List.copyOf(changes);
        this.current = current;
    }

    List<Change> changes() {
        return changes;
    }

    /** The fact as it is now (a later save is based on it), or null when it was retired. */
    Object current() {
        return current;
    }
}
