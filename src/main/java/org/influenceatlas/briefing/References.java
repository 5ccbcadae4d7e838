package org.influenceatlas.briefing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;

/**
 * A slide's text with its {@code [@source locator]} citations numbered in order of first use,
 * the same source and locator keeping one number. The caller decides how a number is written
 * (a link on screen, plain "[n]" on paper).
 */
public record References(String text, List<Reference> list) {

    public record Reference(int number, String sourceId, String locator) {
    }

    public static References of(Slide slide, Function<Reference, String> marker) {
        Map<String, Reference> byKey = new LinkedHashMap<>();
        Matcher m = Slide.CITATION.matcher(slide.body());
        StringBuilder text = new StringBuilder();
        while (m.find()) {
            String locator = m.group(2) == null ? null : m.group(2).trim();
            Reference ref = byKey.computeIfAbsent(m.group(1) + "|" + locator,
                    k -> new Reference(byKey.size() + 1, m.group(1), locator));
            m.appendReplacement(text, Matcher.quoteReplacement(marker.apply(ref)));
        }
        m.appendTail(text);
        return new References(text.toString(), new ArrayList<>(byKey.values()));
    }
}
