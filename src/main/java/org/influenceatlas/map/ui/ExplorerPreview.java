package org.influenceatlas.map.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.influenceatlas.map.AtlasMap;
import org.influenceatlas.layer.MapState;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the explorer's state, read from the URL exactly as the explorer reads it, into the page
 * Vaadin serves for the explorer's address: {@code <meta name="atlas-map-preview" content="{...}">}.
 * The browser then draws the map straight away (frontend/atlas/map-preview.ts) instead of after
 * Vaadin's client has loaded and connected, which takes longer than drawing the map itself.
 */
@Component
class ExplorerPreview implements VaadinServiceInitListener {

    static final String META_NAME = "atlas-map-preview";

    private final ObjectMapper json;
    private final ExplorerLinks links;

    ExplorerPreview(ObjectMapper json, ExplorerLinks links) {
        this.json = json;
        this.links = links;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            VaadinRequest request = response.getVaadinRequest();
            if (isExplorer(request.getPathInfo())) {
                response.getDocument().head().appendElement("meta")
                        .attr("name", META_NAME).attr("content", describe(links.open(QueryParameters.full(request.getParameterMap())).state()));
            }
        });
    }

    /** The explorer's route is the root: "/" (or nothing) under the servlet. */
    static boolean isExplorer(String pathInfo) {
        return pathInfo == null || pathInfo.isEmpty() || pathInfo.equals("/");
    }

    String describe(MapState state) {
        Map<String, Object> preview = new LinkedHashMap<>(AtlasMap.properties(state));
        preview.put("view", state.view().map(v -> {
            List<Object> view = new java.util.ArrayList<>(List.of(v.latitude(), v.longitude(), v.zoom()));
            v.bounds().ifPresent(b -> view.addAll(List.of(b.south(), b.west(), b.north(), b.east())));
            return view;
        }).orElse(null));
        try {
            return json.writeValueAsString(preview);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A map state always serialises", e);
        }
    }
}
