package org.influenceatlas.briefing;

/** A briefing belongs to its owner: another editor may read and duplicate it, not change it. */
public class NotOwnerException extends RuntimeException {

    private final String owner;

    public NotOwnerException(String slug, String owner) {
        super("Briefing '" + slug + "' belongs to " + owner + ": only they or an admin may change it.");
        this.owner = owner;
    }

    public String owner() {
        return owner;
    }
}
