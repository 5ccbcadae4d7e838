package org.influenceatlas.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.influenceatlas.alignment.Alignment;
import org.influenceatlas.alignment.AlignmentService;
import org.influenceatlas.alignment.Membership;
import org.influenceatlas.alignment.Stance;
import org.influenceatlas.base.PartialDate;
import org.influenceatlas.base.Period;
import org.influenceatlas.base.Vocabulary;
import org.influenceatlas.country.Boundary;
import org.influenceatlas.country.Country;
import org.influenceatlas.country.CountryService;
import org.influenceatlas.source.Citation;
import org.influenceatlas.source.Source;
import org.influenceatlas.source.SourceService;
import org.springframework.stereotype.Component;

import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One feature per country with memberships or a stance, drawn with the country's outline.
 * The map already has the outlines, so it asks for {@code geometry=none} and joins by id.
 */
@Component
class AlignmentFeatures {

    private final AlignmentService alignments;
    private final CountryService countries;
    private final SourceService sources;
    private final ObjectMapper json;

    AlignmentFeatures(AlignmentService alignments, CountryService countries, SourceService sources, ObjectMapper json) {
        this.alignments = alignments;
        this.countries = countries;
        this.sources = sources;
        this.json = json;
    }

    List<Map<String, Object>> features(Optional<LocalDate> asOf, boolean withGeometry) {
        Map<String, Source> catalogue = sources.catalogue();
        Map<String, Country> byCode = new HashMap<>();
        countries.all().forEach(c -> byCode.put(c.code().value(), c));
        Map<String, JsonNode> geometries = withGeometry ? geometries() : Map.of();
        List<Map<String, Object>> features = new ArrayList<>();
        for (Alignment a : alignments.all()) {
            List<Membership> memberships = asOf.map(a::membershipsOn).orElse(a.memberships());
            Optional<Stance> stance = asOf.isPresent() ? a.stanceOn(asOf.get())
                    : a.stances().stream().reduce((x, y) -> y);
            if (asOf.isPresent() && memberships.isEmpty() && stance.isEmpty()) {
                continue;
            }
            String code = a.country().value();
            Country country = byCode.get(code);
            LinkedHashSet<Citation> citations = new LinkedHashSet<>();
            memberships.forEach(m -> citations.addAll(m.citations()));
            (asOf.isPresent() ? stance.stream().toList() : a.stances()).forEach(s -> citations.addAll(s.citations()));
            Map<String, Object> feature = GeoJson.feature(code, geometries.get(code),
                    country == null ? code : country.name(), "country",
                    stance.map(s -> Vocabulary.code(s.value())).orElse(null), span(a),
                    sources.describe(List.copyOf(citations), catalogue));
            Map<String, Object> props = GeoJson.properties(feature);
            props.put("memberships", memberships.stream().map(AlignmentFeatures::membership).toList());
            props.put("stance", stance.map(AlignmentFeatures::stance).orElse(null));
            props.put("stanceHistory", a.stances().stream().map(AlignmentFeatures::stance).toList());
            features.add(feature);
        }
        return features;
    }

    static Map<String, Object> membership(Membership m) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", m.id());
        row.put("organisation", m.organisation());
        row.put("relation", Vocabulary.code(m.relation()));
        row.put("from", m.period().from().toString());
        row.put("to", m.period().end().map(PartialDate::toString).orElse(null));
        row.put("notes", m.notes());
        return row;
    }

    static Map<String, Object> stance(Stance s) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", s.id());
        row.put("value", Vocabulary.code(s.value()));
        row.put("since", s.since().toString());
        row.put("event", s.event());
        return row;
    }

    /** From the country's first dated fact, open-ended: the series runs on. */
    private static Period span(Alignment a) {
        PartialDate first = null;
        for (Membership m : a.memberships()) {
            first = first == null || m.period().from().compareTo(first) < 0 ? m.period().from() : first;
        }
        for (Stance s : a.stances()) {
            first = first == null || s.since().compareTo(first) < 0 ? s.since() : first;
        }
        return Period.since(first);
    }

    private Map<String, JsonNode> geometries() {
        Map<String, JsonNode> byId = new HashMap<>();
        for (Boundary b : countries.boundaries()) {
            try {
                byId.put(b.id(), json.readTree(b.featureJson()).get("geometry"));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
        return byId;
    }
}
