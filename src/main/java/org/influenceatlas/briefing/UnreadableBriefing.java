package org.influenceatlas.briefing;

/** A stored briefing that fails its own checks (written by an older version, or by hand): skipped and flagged. */
public record UnreadableBriefing(String slug, String problem) {
}
