package org.influenceatlas.layer;

import java.util.List;

/** A map layer as {@code GET /api/v1/layers} lists it. */
public record LayerInfo(String id, String title, String description, String geometry, String href, List<LegendEntry> legend) {
}
