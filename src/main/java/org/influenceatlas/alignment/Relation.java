package org.influenceatlas.alignment;

/** How a country stands to an organisation during a period. */
public enum Relation {
    MEMBER, OBSERVER, CANDIDATE, PARTNER, FROZEN, SUSPENDED, WITHDRAWN;

    /** Whether the country counts as inside the organisation (for outlining its members). */
    public boolean isInside() {
        return this == MEMBER;
    }
}
