package org.influenceatlas.layer;

import org.influenceatlas.base.Period;

/** A feature as search hits, links and validation name it: which layer, which id, what it is and when. */
public record FeatureSummary(String layer, String id, String name, String kind, Period period) {
}
