package org.influenceatlas.presence;

public enum PresenceStatus {
    PLANNED, ACTIVE, REDUCED, CONTESTED, WITHDRAWN, CLOSED;

    /** Withdrawn and closed sites are drawn differently: the presence is over. */
    public boolean isOver() {
        return this == WITHDRAWN || this == CLOSED;
    }
}
