package org.influenceatlas.dataset;

import org.influenceatlas.source.Citation;
import org.influenceatlas.source.Credibility;
import org.influenceatlas.source.Grade;
import org.influenceatlas.source.LayerCheck;
import org.influenceatlas.source.Reliability;
import org.influenceatlas.source.Source;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The measured state of a dataset (issue 9, item 7): the share of facts with an A-C source, how
 * the grades are distributed, which facts are still flagged (unsourced, or breaking a rule), and
 * the day each layer was checked up to. Computed from what the reader read, so the figures in the
 * READMEs come from a command anyone can rerun ({@code DatasetReportTest} writes
 * {@code target/dataset-report.md}), never from counting by hand.
 */
final class DatasetReport {

    /** One group of fact rows (a file), with the citations of each fact. */
    record Group(String name, Map<String, List<Citation>> facts) {
    }

    private final Dataset dataset;
    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final List<Group> groups = new ArrayList<>();

    DatasetReport(Dataset dataset) {
        this.dataset = dataset;
        dataset.sources().forEach(s -> sources.put(s.id(), s));
        Map<String, List<Citation>> cited = dataset.citationsByFact();
        group("presence.csv", dataset.presences().stream().map(p -> p.id()).toList(), cited);
        group("presence_history.csv", dataset.presences().stream().flatMap(p -> p.history().stream()).map(h -> h.id()).toList(), cited);
        group("corridors.csv", dataset.corridors().stream().map(c -> c.id()).toList(), cited);
        group("corridor_segments.csv", dataset.corridors().stream().flatMap(c -> c.segments().stream()).map(s -> s.id()).toList(), cited);
        group("organisations.csv", dataset.organisations().stream().map(o -> o.id()).toList(), cited);
        group("memberships.csv", dataset.memberships().stream().map(m -> m.id()).toList(), cited);
        group("stances.csv", dataset.stances().stream().map(s -> s.id()).toList(), cited);
        group("events.csv", dataset.events().stream().map(e -> e.id()).toList(), cited);
        group("countries.csv", dataset.countries().stream().map(c -> c.code().value()).toList(), cited);
    }

    private void group(String name, List<String> ids, Map<String, List<Citation>> cited) {
        Map<String, List<Citation>> facts = new LinkedHashMap<>();
        ids.forEach(id -> facts.put(id, cited.getOrDefault(id, List.of())));
        groups.add(new Group(name, facts));
    }

    List<Group> groups() {
        return groups;
    }

    /** Whether one of the fact's citations is to a source graded A, B or C. */
    boolean hasFairSource(List<Citation> citations) {
        return citations.stream().filter(c -> !c.isUnsourced()).map(c -> sources.get(c.sourceId()))
                .anyMatch(s -> s != null && s.reliability() != null && s.reliability().isAtLeastFair());
    }

    boolean isUnsourced(List<Citation> citations) {
        return citations.stream().anyMatch(Citation::isUnsourced);
    }

    /** The fact's best grade, if any citation is graded. */
    Optional<Grade> confidence(List<Citation> citations) {
        return Grade.best(citations.stream().map(c -> c.grade(sources.get(c.sourceId()))).flatMap(Optional::stream).toList());
    }

    long facts() {
        return groups.stream().mapToLong(g -> g.facts().size()).sum();
    }

    long factsWithFairSource() {
        return groups.stream().flatMap(g -> g.facts().values().stream()).filter(this::hasFairSource).count();
    }

    Map<String, Long> sourceReliability() {
        return count(dataset.sources().stream().filter(s -> !s.isUnsourcedMarker()).toList(),
                s -> s.reliability() == null ? "ungraded" : s.reliability().code(), reliabilityKeys());
    }

    Map<String, Long> citationCredibility() {
        List<Citation> all = allCitations();
        List<String> keys = new ArrayList<>();
        for (Credibility c : Credibility.values()) {
            keys.add(c.code());
        }
        keys.add("ungraded");
        return count(all, c -> c.credibility() == null ? "ungraded" : c.credibility().code(), keys);
    }

    Map<String, Long> citationReliability() {
        return count(allCitations(), c -> Optional.ofNullable(sources.get(c.sourceId())).map(Source::reliability)
                .map(Reliability::code).orElse("ungraded"), reliabilityKeys());
    }

    /** Each fact by the reliability letter of its best grade ("none": no graded citation). */
    Map<String, Long> factConfidence() {
        List<String> keys = new ArrayList<>(reliabilityKeys());
        keys.set(keys.size() - 1, "none");
        return count(groups.stream().flatMap(g -> g.facts().values().stream()).toList(),
                c -> confidence(c).map(g -> g.reliability().code()).orElse("none"), keys);
    }

    long claims() {
        return allCitations().stream().filter(Citation::claim).count();
    }

    private List<Citation> allCitations() {
        return groups.stream().flatMap(g -> g.facts().values().stream()).flatMap(List::stream)
                .filter(c -> !c.isUnsourced()).toList();
    }

    private static List<String> reliabilityKeys() {
        List<String> keys = new ArrayList<>();
        for (Reliability r : Reliability.values()) {
            keys.add(r.code());
        }
        keys.add("ungraded");
        return keys;
    }

    private static <T> Map<String, Long> count(List<T> items, Function<T, String> key, List<String> keys) {
        Map<String, Long> counts = new LinkedHashMap<>();
        keys.forEach(k -> counts.put(k, 0L));
        items.forEach(i -> counts.merge(key.apply(i), 1L, Long::sum));
        return counts;
    }

    List<String> unsourcedFacts() {
        return groups.stream().flatMap(g -> g.facts().entrySet().stream()).filter(e -> isUnsourced(e.getValue()))
                .map(Map.Entry::getKey).toList();
    }

    Map<DataRules.Rule, List<DataRules.Breach>> breachesByRule() {
        Map<DataRules.Rule, List<DataRules.Breach>> byRule = new EnumMap<>(DataRules.Rule.class);
        dataset.breaches().forEach(b -> byRule.computeIfAbsent(b.rule(), k -> new ArrayList<>()).add(b));
        return byRule;
    }

    List<LayerCheck> checks() {
        return dataset.layerChecks();
    }

    /** The report in Markdown, the form the READMEs quote. */
    String markdown() {
        StringBuilder md = new StringBuilder("# Dataset report\n\n");
        long facts = facts();
        long fair = factsWithFairSource();
        md.append(String.format(Locale.ROOT, "- Facts with an A-C source: **%d of %d (%s)**%n", fair, facts, percent(fair, facts)));
        for (Group g : groups) {
            long n = g.facts().values().stream().filter(this::hasFairSource).count();
            md.append(String.format(Locale.ROOT, "  - %s: %d of %d (%s)%n", g.name(), n, g.facts().size(), percent(n, g.facts().size())));
        }
        md.append("- Sources by reliability: ").append(line(sourceReliability())).append('\n');
        md.append("- Citations by their source's reliability: ").append(line(citationReliability())).append('\n');
        md.append("- Citations by credibility: ").append(line(citationCredibility())).append('\n');
        md.append("- Facts by confidence (the reliability of their best grade): ").append(line(factConfidence())).append('\n');
        md.append("- Citations marked as a party's own claim: ").append(claims()).append('\n');
        md.append("\n## Checked up to\n\n| layer | checked to |\n|---|---|\n");
        checks().forEach(c -> md.append("| ").append(c.layer()).append(" | ").append(c.checkedTo()).append(" |\n"));
        List<String> unsourced = unsourcedFacts();
        md.append("\n## Facts still flagged\n\n");
        md.append("- `unsourced` (part of the fact has no source yet): ").append(unsourced.size())
                .append(unsourced.isEmpty() ? "" : ": " + String.join(", ", unsourced)).append('\n');
        Map<DataRules.Rule, List<DataRules.Breach>> breaches = breachesByRule();
        if (breaches.isEmpty()) {
            md.append("- rule breaches: none\n");
        }
        breaches.forEach((rule, list) -> {
            TreeSet<String> ids = list.stream().map(DataRules.Breach::fact).collect(Collectors.toCollection(TreeSet::new));
            md.append("- ").append(rule.description()).append(": ").append(list.size()).append(" (")
                    .append(ids.size()).append(ids.size() == 1 ? " fact or source): " : " facts or sources): ")
                    .append(String.join(", ", ids)).append('\n');
        });
        md.append("\n## Every breach\n\n");
        dataset.breaches().forEach(b -> md.append("- ").append(b).append('\n'));
        return md.toString();
    }

    private static String line(Map<String, Long> counts) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + " (" + percent(e.getValue(), total) + ")")
                .collect(Collectors.joining(", "));
    }

    private static String percent(long n, long of) {
        return of == 0 ? "-" : String.format(Locale.ROOT, "%.0f%%", 100.0 * n / of);
    }

    @SuppressWarnings("unused")
    private static <K, V> Map<K, V> sorted(Map<K, V> map) {
        return new TreeMap<>(map);
    }
}
