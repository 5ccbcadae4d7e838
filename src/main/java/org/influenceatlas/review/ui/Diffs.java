package org.influenceatlas.review.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.influenceatlas.base.FieldDiff;
import org.influenceatlas.source.Citation;
import org.influenceatlas.source.Credibility;
import org.influenceatlas.source.Source;
import org.influenceatlas.source.SourceService;

import java.util.ArrayList;
import java.util.List;

/** How the review views show a change: a field-by-field table, and the sources it rests on with their grades. */
final class Diffs {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Diffs() {
    }

    /** One row per field: the field, its value before (struck through) and after. */
    static Component table(List<FieldDiff.Difference> differences) {
        Div table = new Div();
        table.addClassName("field-diff");
        table.getElement().setAttribute("role", "table");
        for (FieldDiff.Difference d : differences) {
            Div row = new Div();
            row.addClassName("field-diff-row");
            row.getElement().setAttribute("role", "row");
            Span field = new Span(d.path());
            field.addClassName("field");
            Span before = new Span(plain(d.before()));
            before.addClassName("before");
            before.getStyle().set("text-decoration", "line-through").set("color", "var(--lumo-error-text-color)");
            Span after = new Span(plain(d.after()));
            after.addClassName("after");
            after.getStyle().set("color", "var(--lumo-success-text-color)");
            row.add(field, new Span(": "), before, new Span(" → "), after);
            table.add(row);
        }
        return table;
    }

    /** A leaf as a reader reads it: text without JSON quotes, "(none)" for absent. */
    static String plain(String leaf) {
        if (leaf == null) {
            return "(none)";
        }
        try {
            JsonNode node = JSON.readTree(leaf);
            return node.isTextual() ? node.asText() : leaf;
        } catch (Exception e) {
            return leaf;
        }
    }

    /** The citations a fact's JSON holds anywhere (its own, its parts'), each as "title — B2". */
    static List<String> sources(JsonNode fact, SourceService sources) {
        List<String> lines = new ArrayList<>();
        collect(fact, sources, lines);
        return lines;
    }

    private static void collect(JsonNode node, SourceService sources, List<String> lines) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            JsonNode citations = node.get("citations");
            if (citations != null && citations.isArray()) {
                for (JsonNode c : citations) {
                    String id = c.path("sourceId").asText();
                    Credibility credibility = c.path("credibility").isInt() ? Credibility.of(c.get("credibility").asInt()) : null;
                    Citation citation = new Citation(id, c.path("locator").asText(null), c.path("quote").asText(null), credibility,
                            c.path("claim").asBoolean(false));
                    Source source = sources.find(id).orElse(null);
                    String grade = citation.grade(source).map(Object::toString).orElse("ungraded");
                    lines.add((source == null ? id + " (new source)" : source.title()) + " — " + grade
                            + (citation.locator() == null ? "" : ", " + citation.locator()));
                }
            }
            node.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("citations")) {
                    collect(e.getValue(), sources, lines);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, sources, lines));
        }
    }
}
