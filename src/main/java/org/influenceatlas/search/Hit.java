package org.influenceatlas.search;

/** A search result: which layer and feature, its name and kind, and whether the name or a place matched. */
public record Hit(String layer, String id, String name, String kind, String matched) {
}
