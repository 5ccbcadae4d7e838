package org.influenceatlas;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.Theme;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import java.util.List;
import java.util.Map;

@SpringBootApplication
@Theme("atlas")
@Meta(name = "description", content = "Dated, sourced map of Russia's shifting influence")
public class Application implements AppShellConfigurator {

    /** What atlas-map.ts fetches on start, in the same form, so that the preloads are reused. */
    static final List<String> MAP_DATA = List.of("api/v1/boundaries", "api/v1/layers",
            "api/v1/layers/military-presence", "api/v1/layers/corridors", "api/v1/layers/alignments?geometry=none",
            "api/v1/layers/events");

    @Override
    public void configurePage(AppShellSettings settings) {
        // A bundled icon: otherwise the browser asks for /favicon.ico and logs a 404.
        settings.addFavIcon("icon", "icons/favicon.svg", "32x32");
        // The map's layer data downloads while Vaadin boots, instead of after the map element
        // exists; the element's fetch() then finds the answers already on their way.
        for (String path : MAP_DATA) {
            settings.addLink(path, Map.of("rel", "preload", "as", "fetch", "crossorigin", "anonymous"));
        }
    }

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
