package org.influenceatlas.map.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import org.influenceatlas.layer.LayerRegistry;
import org.influenceatlas.map.ShowsMap;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * On the pages of views that show a map, the map's layer data downloads while Vaadin boots, not
 * after the map element exists: the element's fetch() then finds the answers already on their way.
 * Other pages (the briefing list, error pages) do not download it.
 */
@Component
class MapDataPreload implements VaadinServiceInitListener {

    private final LayerRegistry layers;

    MapDataPreload(LayerRegistry layers) {
        this.layers = layers;
    }

    /**
     * What map-controller.ts fetches on start, in the same form, so that the preloads are reused:
     * the outlines, the layer list, the place names, and each layer without geometry where its geometry is the outlines'.
     */
    List<String> mapData() {
        List<String> data = new java.util.ArrayList<>(List.of("api/v1/boundaries", "api/v1/layers", "api/v1/places"));
        layers.all().forEach(l -> data.add(l.mapHref()));
        return data;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        RouteConfiguration routes = RouteConfiguration.forRegistry(
                ApplicationRouteRegistry.getInstance(event.getSource().getContext()));
        event.addIndexHtmlRequestListener(response -> {
            String path = response.getVaadinRequest().getPathInfo();
            String route = path == null ? "" : path.replaceFirst("^/", "");
            if (routes.getRoute(route).filter(ShowsMap.class::isAssignableFrom).isPresent()) {
                for (String data : mapData()) {
                    response.getDocument().head().appendElement("link").attr("href", data).attr("rel", "preload")
                            .attr("as", "fetch").attr("crossorigin", "anonymous");
                }
            }
        });
    }
}
