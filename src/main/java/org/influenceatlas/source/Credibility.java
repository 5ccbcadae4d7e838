package org.influenceatlas.source;

/**
 * How far one citation bears its fact out, on the Admiralty scale: 1 (confirmed by other
 * sources) to 6 (cannot be judged), 1 best. It grades the information, the source's
 * {@link Reliability} grades who gives it.
 */
public enum Credibility {
    CONFIRMED(1, "Confirmed by other sources"),
    PROBABLY_TRUE(2, "Probably true"),
    POSSIBLY_TRUE(3, "Possibly true"),
    DOUBTFUL(4, "Doubtful"),
    IMPROBABLE(5, "Improbable"),
    CANNOT_BE_JUDGED(6, "Truth cannot be judged");

    private final int number;
    private final String label;

    Credibility(int number, String label) {
        this.number = number;
        this.label = label;
    }

    public int number() {
        return number;
    }

    public String label() {
        return label;
    }

    public String code() {
        return Integer.toString(number);
    }

    public static Credibility of(int number) {
        for (Credibility c : values()) {
            if (c.number == number) {
                return c;
            }
        }
        throw new IllegalArgumentException("credibility " + number + " is not one of 1-6");
    }

    public static Credibility parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("credibility is missing (1-6)");
        }
        if (!text.trim().matches("[1-6]")) {
            throw new IllegalArgumentException("credibility '" + text + "' is not one of 1, 2, 3, 4, 5, 6");
        }
        return of(Integer.parseInt(text.trim()));
    }
}
