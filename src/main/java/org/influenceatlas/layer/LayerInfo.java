package org.influenceatlas.layer;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A map layer as {@code GET /api/v1/layers} lists it. {@code windowDays}, for a layer of dated
 * moments (events), says how many days either side of the chosen date a feature is shown; other
 * layers show what holds on the date and have none.
 */
public record LayerInfo(String id, String title, String description, String geometry, String href, List<LegendEntry> legend,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Integer windowDays) {

    public LayerInfo(String id, String title, String description, String geometry, String href, List<LegendEntry> legend) {
        this(id, title, description, geometry, href, legend, null);
    }
}
