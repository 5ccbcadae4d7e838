package org.influenceatlas.base;

/** How far a location can be trusted: the site itself, or a nearby town standing in for it. */
public enum Precision {
    EXACT, APPROXIMATE;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Precision parse(String code) {
        return Vocabulary.parse(Precision.class, code);
    }
}
