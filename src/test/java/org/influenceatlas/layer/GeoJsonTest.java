package org.influenceatlas.layer;

import org.influenceatlas.base.GeoPoint;
import org.influenceatlas.base.Period;
import org.influenceatlas.source.SourceRef;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GeoJsonTest {

    static final SourceRef ARTICLE = new SourceRef("art-1", "An article", "A publisher", "2023", null, null, null, null, false);
    static final SourceRef NONE = new SourceRef("unsourced", "No source", null, null, null, null, null, null, true);

    @Test
    void a_feature_is_unsourced_when_a_dated_part_of_it_is_even_if_its_own_citations_are_sourced() {
        Map<String, Object> feature = feature(List.of(ARTICLE));
        assertThat(GeoJson.properties(feature).get("unsourced")).isEqualTo(false);

        List<SourceRef> part = GeoJson.partSources(feature, List.of(ARTICLE, NONE));

        assertThat(part).containsExactly(ARTICLE, NONE);
        assertThat(GeoJson.properties(feature).get("unsourced")).isEqualTo(true);
    }

    @Test
    void sourced_parts_leave_the_flag_as_the_features_own_citations_set_it() {
        Map<String, Object> sourced = feature(List.of(ARTICLE));
        GeoJson.partSources(sourced, List.of(ARTICLE));
        assertThat(GeoJson.properties(sourced).get("unsourced")).isEqualTo(false);

        Map<String, Object> unsourced = feature(List.of(NONE));
        GeoJson.partSources(unsourced, List.of(ARTICLE));
        assertThat(GeoJson.properties(unsourced).get("unsourced")).isEqualTo(true);
    }

    private static Map<String, Object> feature(List<SourceRef> sources) {
        return GeoJson.feature("RUS-ARM-01", GeoJson.point(new GeoPoint(40.79, 43.85)), "Gyumri", "army-base",
                "active", Period.parse("1994-09", null), sources);
    }
}
