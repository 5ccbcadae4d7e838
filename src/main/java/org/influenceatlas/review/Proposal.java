package org.influenceatlas.review;

import java.time.Instant;
import java.util.List;

/**
 * A set of fact changes waiting for review, or reviewed: who proposed it, why, from where
 * ({@code app} or {@code api}), and the review's outcome. Readers see none of it until it is
 * published.
 */
public record Proposal(long id, String author, String note, String origin, Instant createdAt, State state,
                       String reviewer, String reviewNote, Instant reviewedAt, List<ProposedChange> changes) {

    public enum State {
        PENDING, PUBLISHED, REJECTED, WITHDRAWN;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static State of(String code) {
            return valueOf(code.toUpperCase(java.util.Locale.ROOT));
        }
    }

    public static final String APP = "app";
    public static final String API = "api";

    public boolean isPending() {
        return state == State.PENDING;
    }
}
