package org.influenceatlas.briefing;

/** Someone saved the briefing after this copy was loaded; saving would overwrite their work. */
public class ConcurrentEditException extends RuntimeException {

    private final int current;

    public ConcurrentEditException(String slug, int expected, int current) {
        super("Briefing '" + slug + "' was changed by someone else (version " + current + ", you edited version "
                + expected + "). Reload it and apply your changes again.");
        this.current = current;
    }

    public int currentVersion() {
        return current;
    }
}
