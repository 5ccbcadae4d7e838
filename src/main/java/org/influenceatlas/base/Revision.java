package org.influenceatlas.base;

import java.time.Instant;

/**
 * One change to one fact: the version it made, what kind of change, who, when, why, and the
 * fact's fields before and after (JSON objects of the stored columns; null before a creation
 * and after a retirement). Revisions are only ever appended.
 *
 * @param state {@code published} for every revision today; review workflows add other states
 */
public record Revision(long id, String entityType, String entityId, int version, Action action, String author,
                       Instant recordedAt, String comment, String before, String after, String state) {

    public static final String PUBLISHED = "published";

    public enum Action {
        CREATE, UPDATE, RETIRE, RESTORE;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Action of(String code) {
            return valueOf(code.toUpperCase(java.util.Locale.ROOT));
        }
    }
}
