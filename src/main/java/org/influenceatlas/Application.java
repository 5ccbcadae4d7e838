package org.influenceatlas;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.Theme;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;


@SpringBootApplication
@Theme("atlas")
@Meta(name = "description", content = "Dated, sourced map of Russia's shifting influence")
public class Application implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        // A bundled icon: otherwise the browser asks for /favicon.ico and logs a 404.
        settings.addFavIcon("icon", "icons/favicon.svg", "32x32");
    }

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
