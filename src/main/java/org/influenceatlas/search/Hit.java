package org.influenceatlas.search;

/**
 * A search result: which layer and feature, its name and kind, its dates, its state on the day
 * searched for (when one was given), and whether its name, a place or a note matched.
 */
public record Hit(String layer, String layerTitle, String id, String name, String kind, String dates, String state,
                  String matched) {
}
