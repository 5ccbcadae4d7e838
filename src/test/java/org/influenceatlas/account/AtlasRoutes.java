package org.influenceatlas.account;

import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Every {@code @Route} class of the app's main code, public or not (Karibu's discovery skips package-private
 * views, and most of ours are), so that a Karibu test sees the app's real route table.
 */
final class AtlasRoutes {

    private AtlasRoutes() {
    }

    @SuppressWarnings("unchecked")
    static Routes all() {
        Routes routes = new Routes().autoDiscoverViews("org.influenceatlas");
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        for (var candidate : scanner.findCandidateComponents("org.influenceatlas")) {
            try {
                routes.getRoutes().add((Class<? extends Component>) Class.forName(candidate.getBeanClassName()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        // Test-only pages (a component's test page under src/test) are not the app's routes.
        routes.getRoutes().removeIf(view -> !isMainCode(view));
        return routes;
    }

    static boolean isMainCode(Class<?> type) {
        var source = type.getProtectionDomain().getCodeSource();
        return source == null || !source.getLocation().toString().contains("test-classes");
    }
}
