package org.influenceatlas.map;

import org.influenceatlas.search.SearchService;

import java.util.Arrays;
import java.util.Optional;

/** The map's layers, with the ids the HTTP API and the URL use. */
public enum MapLayer {
    MILITARY_PRESENCE(SearchService.PRESENCE, "Military presence"),
    CORRIDORS(SearchService.CORRIDORS, "Transit corridors"),
    ALIGNMENTS(SearchService.ALIGNMENTS, "Alliance status"),
    EVENTS(SearchService.EVENTS, "Events");

    private final String id;
    private final String title;

    MapLayer(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public static Optional<MapLayer> byId(String id) {
        return Arrays.stream(values()).filter(l -> l.id.equals(id)).findFirst();
    }
}
