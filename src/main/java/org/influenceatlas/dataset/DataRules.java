package org.influenceatlas.dataset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules that keep the dataset trustworthy (graded, specific sources; places at the place),
 * beyond what makes a row readable at all. {@link Mode#STRICT} refuses a dataset that breaks one,
 * like any other problem, naming file, line and field; {@link Mode#REPORT} (the default while the
 * data is still being brought up to them) imports it and lists every breach, so the count can be
 * watched going down. Set with {@code atlas.data.rules}.
 */
final class DataRules {

    private static final Logger log = LoggerFactory.getLogger(DataRules.class);

    enum Mode {
        STRICT, REPORT;

        static Mode parse(String text) {
            try {
                return valueOf(text.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException("atlas.data.rules: '" + text + "' is not 'strict' or 'report'");
            }
        }
    }

    /** What a breach breaks. */
    enum Rule {
        SOURCE_FIELD("source without title, publisher or date, and not marked unknown"),
        SOURCE_GRADE("source without a reliability grade or its reason"),
        CITATION_LOCATOR("citation without a locator or a quote"),
        CITATION_GRADE("citation without a credibility grade"),
        ONLY_CLAIMS("fact resting only on a party's own claims"),
        OUTSIDE_HOST("point outside its host country and not marked offshore"),
        SITE_MISMATCH("event away from the presence site it names"),
        LAYER_UNCHECKED("layer without a checked-to date"),
        BRIEFING_NEWER("briefing claiming data newer than its layers were checked to");

        private final String description;

        Rule(String description) {
            this.description = description;
        }

        String description() {
            return description;
        }
    }

    /** One breach, located as an import problem is; {@code fact} is the fact or source it concerns. */
    record Breach(Rule rule, String file, long line, String field, String fact, String message) {
        ImportProblem asProblem() {
            return new ImportProblem(file, line, field, message);
        }

        @Override
        public String toString() {
            return asProblem() + " [" + rule.name().toLowerCase(Locale.ROOT).replace('_', '-') + "]";
        }
    }

    private final Mode mode;
    private final Problems problems;
    private final List<Breach> breaches = new ArrayList<>();

    DataRules(Mode mode, Problems problems) {
        this.mode = mode;
        this.problems = problems;
    }

    Mode mode() {
        return mode;
    }

    void breach(Rule rule, String file, long line, String field, String fact, String message) {
        Breach breach = new Breach(rule, file, line, field, fact, message);
        breaches.add(breach);
        if (mode == Mode.STRICT) {
            problems.add(file, line, field, message);
        }
    }

    void breach(Rule rule, CsvFile.Row row, String field, String fact, String message) {
        breach(rule, row.file(), row.line(), field, fact, message);
    }

    List<Breach> breaches() {
        return List.copyOf(breaches);
    }

    /** In report mode, a summary line and each breach at debug level; the report test lists them all. */
    void log() {
        if (mode == Mode.REPORT && !breaches.isEmpty()) {
            log.warn("Dataset breaks {} rules (atlas.data.rules=report imports it anyway; strict would refuse): {}",
                    breaches.size(), summary());
            breaches.forEach(b -> log.debug("{}", b));
        }
    }

    String summary() {
        StringBuilder text = new StringBuilder();
        for (Rule rule : Rule.values()) {
            long n = breaches.stream().filter(b -> b.rule() == rule).count();
            if (n > 0) {
                text.append(text.isEmpty() ? "" : ", ").append(n).append(' ').append(rule.description());
            }
        }
        return text.toString();
    }
}
