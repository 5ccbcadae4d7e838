package org.influenceatlas.briefing;

import java.util.Optional;
import java.util.Set;

/**
 * Which feature ids exist (presence, corridors, events, countries), in which map layer, and
 * which organisations. Implemented above the features, so that briefings refer to them by id only.
 */
public interface FeatureDirectory {

    /** The layer id of the feature ("military-presence", "corridors", "events", "alignments"), if it exists. */
    Optional<String> layerOf(String id);

    default boolean isFeature(String id) {
        return layerOf(id).isPresent();
    }

    boolean isOrganisation(String id);

    /** The layer ids there are. */
    Set<String> layers();

    /**
     * The feature as the map receives it (its GeoJSON feature, with every property), as the
     * version in force on the thread reads it ({@link org.influenceatlas.base.KnownOn}); empty if it
     * does not exist then. What a presenter compares to see what changed under a pinned briefing.
     */
    Optional<java.util.Map<String, Object>> feature(String id);
}
