package org.influenceatlas.base;

/**
 * What a stored text may hold: a length limit, and no character that could hide or disguise
 * what a reader sees. Control characters (NUL included) break files, logs and terminals; bidi
 * overrides and isolates (U+202A..U+202E, U+2066..U+2069) make a title read differently from
 * what it stores, a known way to disguise text; unpaired surrogates are not text at all.
 * Multi-line fields (a slide's body, a summary) may hold line breaks and tabs.
 */
public final class PlainText {

    private PlainText() {
    }

    /**
     * The text if it may be stored; otherwise an {@link IllegalArgumentException} whose message
     * starts with the field's name and says which character is refused and where.
     */
    public static String check(String field, String text, int maxLength, boolean multiLine) {
        if (text == null) {
            return null;
        }
        if (text.length() > maxLength) {
            throw new InvalidField(field, "at most " + maxLength + " characters, not " + text.length());
        }
        String refused = problem(text, multiLine);
        if (refused != null) {
            throw new InvalidField(field, refused);
        }
        return text;
    }

    /** A one-line text of at most {@code maxLength} characters. */
    public static String line(String field, String text, int maxLength) {
        return check(field, text, maxLength, false);
    }

    /** What is wrong with the text's characters, or null when nothing is. */
    public static String problem(String text, boolean multiLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            String name = refusedName(c, multiLine);
            if (name != null) {
                return "holds " + name + " (U+" + String.format("%04X", (int) c) + ") at position " + (i + 1);
            }
        }
        return null;
    }

    private static String refusedName(char c, boolean multiLine) {
        if (c == 0) {
            return "a NUL character";
        }
        if (multiLine && (c == '\n' || c == '\r' || c == '\t')) {
            return null;
        }
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
            return "a control character";
        }
        if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
            return "a bidirectional override";
        }
        if (c == 0x2028 || c == 0x2029) {
            return "a line or paragraph separator";
        }
        if (Character.isSurrogate(c)) {
            return "an unpaired surrogate";
        }
        if (c == 0xfeff || c == 0xfffe || c == 0xffff) {
            return "a byte-order mark or non-character";
        }
        return null;
    }
}
