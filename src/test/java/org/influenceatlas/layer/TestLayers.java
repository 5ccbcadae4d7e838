package org.influenceatlas.layer;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The bundled layers' ids, for tests that parse map states without a Spring context. */
public final class TestLayers {

    public static final List<String> ALL = List.of("military-presence", "corridors", "alignments", "events");
    public static final Set<String> IDS = Set.copyOf(ALL);

    private TestLayers() {
    }

    /** Today with every layer, as the explorer starts. */
    public static MapState initial() {
        return MapState.initial(LocalDate.now(), ALL);
    }
}
