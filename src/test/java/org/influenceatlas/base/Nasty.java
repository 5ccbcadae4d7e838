package org.influenceatlas.base;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Generated input a hostile user would try: any characters, control and bidi characters, other scripts' digits, markup, near misses of valid values. */
public final class Nasty {

    private Nasty() {
    }

    public static final String[] PIECES = {"\u0000", "\n", "\r\n", "\t", "\u0007", "\u202e", "\u2066", "\u200f", "\ufeff",
            "\u0662\u0660\u0662\u0660", "\uff12\uff10", "١", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
            "javascript:alert(1)", "\"", "'", ",", ";", ":", "=", "&", "%00", "..", "/", "\\", "[@", "](", "![x](http://e.example/p.gif)",
            "2020-01-01", "2020-13-01", "2020-02-30", "+200000-01-01", "-0001-01-01", "99999", "0", "-1", "1e9", "NaN",
            "Infinity", "null", "{}", "[]", "\ud800", "\udfff", "é", "Ə", "日本", "😀", " ", ""};

    /** A short string built from hostile pieces and arbitrary characters. */
    public static Arbitrary<String> text() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(PIECES), Arbitraries.strings().ofMaxLength(6),
                Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(5));
        return piece.list().ofMaxSize(6).map(parts -> String.join("", parts));
    }

    /** A valid value with something hostile before or after it, or replacing it. */
    public static Arbitrary<String> near(String valid) {
        return Arbitraries.oneOf(text(), text().map(t -> valid + t), text().map(t -> t + valid), Arbitraries.just(valid));
    }
}
