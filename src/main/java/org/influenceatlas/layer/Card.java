package org.influenceatlas.layer;

import org.influenceatlas.source.Citation;

import java.util.ArrayList;
import java.util.List;

/**
 * The side panel's content for one feature, independent of any UI toolkit: labelled facts,
 * sections of lines and links, and the citations behind it. The layer that owns the feature
 * writes it; the explorer only renders it.
 */
public record Card(String title, List<Fact> facts, List<Section> sections, List<Citation> citations) {

    /** Countries are the features of the alliance layer: a link to a country selects it there. */
    public static final String COUNTRY_LAYER = "alignments";

    public Card {
        facts = facts.stream().filter(f -> f.value() != null && !f.value().isBlank()).toList();
        sections = List.copyOf(sections);
        citations = citations.stream().distinct().toList();
    }

    public record Fact(String label, String value) {
    }

    /** A link in a section: its text, the feature it selects, and whether it has ended on the date shown. */
    public record Link(String label, String layer, String id, boolean ended) {
        public Link(String label, String layer, String id) {
            this(label, layer, id, false);
        }

        public static Link country(String label, String code) {
            return new Link(label, COUNTRY_LAYER, code);
        }
    }

    public record Section(String title, List<String> lines, List<Link> links) {
        public Section {
            lines = List.copyOf(lines);
            links = List.copyOf(links);
        }
    }

    /** Builds facts in display order, skipping empty values. */
    public static final class Facts {
        private final List<Fact> facts = new ArrayList<>();

        public Facts row(String label, String value) {
            facts.add(new Fact(label, value));
            return this;
        }

        public List<Fact> list() {
            return facts;
        }
    }
}
