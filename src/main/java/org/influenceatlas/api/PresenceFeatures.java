package org.influenceatlas.api;

import org.influenceatlas.base.Vocabulary;
import org.influenceatlas.presence.MilitaryPresence;
import org.influenceatlas.presence.PresenceService;
import org.influenceatlas.source.Source;
import org.influenceatlas.source.SourceService;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Component
class PresenceFeatures {

    private final PresenceService presences;
    private final SourceService sources;

    PresenceFeatures(PresenceService presences, SourceService sources) {
        this.presences = presences;
        this.sources = sources;
    }

    List<Map<String, Object>> features(Optional<LocalDate> asOf) {
        Map<String, Source> catalogue = sources.catalogue();
        List<Map<String, Object>> features = new ArrayList<>();
        for (MilitaryPresence p : presences.all()) {
            Optional<String> status = asOf.isEmpty() ? Optional.of(Vocabulary.code(p.status()))
                    : p.statusOn(asOf.get()).map(Vocabulary::code);
            if (status.isEmpty()) {
                continue;
            }
            Map<String, Object> feature = GeoJson.feature(p.id(), GeoJson.point(p.location()), p.name(),
                    Vocabulary.code(p.kind()), status.get(), p.period(), sources.describe(p.citations(), catalogue));
            Map<String, Object> props = GeoJson.properties(feature);
            props.put("operator", p.operator().value());
            props.put("host", p.host().value());
            props.put("altNames", p.altNames());
            props.put("precision", p.precision().code());
            props.put("locationNote", p.locationNote());
            props.put("personnel", p.personnel());
            props.put("notes", p.notes());
            props.put("history", p.history().stream().map(change -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("from", change.from().toString());
                row.put("status", Vocabulary.code(change.status()));
                row.put("personnel", change.personnel());
                row.put("note", change.note());
                row.put("sources", GeoJson.partSources(feature, sources.describe(change.citations(), catalogue)));
                return row;
            }).toList());
            features.add(feature);
        }
        return features;
    }
}
