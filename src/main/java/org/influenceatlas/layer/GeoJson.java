package org.influenceatlas.layer;

import org.influenceatlas.base.GeoPoint;
import org.influenceatlas.base.PartialDate;
import org.influenceatlas.base.Period;
import org.influenceatlas.source.Grade;
import org.influenceatlas.source.SourceRef;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** RFC 7946 building blocks. Positions are [longitude, latitude], as the RFC and GIS tools expect. */
public final class GeoJson {

    private GeoJson() {
    }

    public static Map<String, Object> point(GeoPoint p) {
        return Map.of("type", "Point", "coordinates", position(p));
    }

    public static Map<String, Object> multiLineString(List<List<GeoPoint>> lines) {
        return Map.of("type", "MultiLineString", "coordinates",
                lines.stream().map(line -> line.stream().map(GeoJson::position).toList()).toList());
    }

    public static List<Double> position(GeoPoint p) {
        return List.of(p.longitude(), p.latitude());
    }

    /**
     * A feature with the properties every layer shares; the caller adds its own. {@code id} is
     * repeated in the properties because some GIS readers drop the top-level id.
     */
    public static Map<String, Object> feature(String id, Object geometry, String name, String kind, String status,
                                       Period period, List<SourceRef> sources) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("id", id);
        properties.put("name", name);
        properties.put("kind", kind);
        properties.put("status", status);
        properties.put("validFrom", period.from().toString());
        properties.put("validTo", period.end().map(PartialDate::toString).orElse(null));
        properties.put("sources", sources);
        properties.put("unsourced", sources.stream().anyMatch(SourceRef::unsourced));
        properties.put("confidence", confidence(sources, null));
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("id", id);
        feature.put("geometry", geometry);
        feature.put("properties", properties);
        return feature;
    }

    /**
     * The sources of one part of a feature (a dated history row, a segment), as they go into that
     * part. The feature's {@code unsourced} flag says whether any fact in it lacks a source, so an
     * unsourced part flags the whole feature, not only its own citations.
     */
    public static List<SourceRef> partSources(Map<String, Object> feature, List<SourceRef> sources) {
        Map<String, Object> properties = properties(feature);
        if (sources.stream().anyMatch(SourceRef::unsourced)) {
            properties.put("unsourced", true);
        }
        properties.put("confidence", confidence(sources, (String) properties.get("confidence")));
        return sources;
    }

    /**
     * The best grade among the citations (and the one already found, if any), as text ("B2");
     * null when none is graded. A feature's confidence is that of its best-supported part.
     */
    public static String confidence(List<SourceRef> sources, String sofar) {
        List<Grade> grades = new java.util.ArrayList<>();
        sources.forEach(s -> s.parsedGrade().ifPresent(grades::add));
        if (sofar != null) {
            grades.add(Grade.parse(sofar));
        }
        return Grade.best(grades).map(Grade::toString).orElse(null);
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> properties(Map<String, Object> feature) {
        return (Map<String, Object>) feature.get("properties");
    }

    public static Map<String, Object> collection(String layer, String asOf, List<Map<String, Object>> features) {
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("layer", layer);
        collection.put("asOf", asOf);
        collection.put("features", features);
        return collection;
    }
}
