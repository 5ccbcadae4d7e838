package org.influenceatlas.briefing;

/**
 * Which feature ids exist (presence, corridors, events, countries) and which organisations.
 * Implemented above the features, so that briefings refer to them by id only.
 */
public interface FeatureDirectory {

    boolean isFeature(String id);

    boolean isOrganisation(String id);
}
