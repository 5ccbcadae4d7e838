package org.influenceatlas.review;

import org.influenceatlas.base.Revision;

/**
 * One fact change as its author prepared it: the kind ({@link CuratedKinds}: presence, corridor,
 * organisation, membership, stance, event, country, source), the fact's id, what to do, the fact
 * as the author loaded it ({@code base}: null for CREATE and RESTORE) and as it should become
 * ({@code after}: null for RETIRE), and why. {@code base} and {@code after} are the domain records
 * ({@code MilitaryPresence}, ...) or their JSON ({@link com.fasterxml.jackson.databind.JsonNode},
 * as the changeset API receives them).
 */
public record Draft(String type, String id, Revision.Action action, Object base, Object after, String note) {

    public static Draft update(String type, String id, Object base, Object after, String note) {
        return new Draft(type, id, Revision.Action.UPDATE, base, after, note);
    }

    public static Draft create(String type, String id, Object after, String note) {
        return new Draft(type, id, Revision.Action.CREATE, null, after, note);
    }

    public static Draft retire(String type, String id, Object base, String note) {
        return new Draft(type, id, Revision.Action.RETIRE, base, null, note);
    }
}
