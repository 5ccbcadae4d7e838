package org.influenceatlas.browser;

import org.influenceatlas.handout.BriefingHandout;
import org.influenceatlas.layer.LayerRegistry;
import org.influenceatlas.layer.MapState;
import org.influenceatlas.map.Permalink;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live map and the PDF handout draw from one drawing description: for the same map state,
 * every feature the handout draws is drawn on screen too, with the same symbol (shape, colour,
 * fill or pattern, halo, dash, hollowness).
 */
class ScreenAndPaperIT extends BrowserTestBase {

    @Autowired
    BriefingHandout handout;
    @Autowired
    LayerRegistry layers;

    @Test
    void the_screen_and_the_handout_give_the_same_features_the_same_symbols() {
        // Zoom 7: no clustering, so every presence marker is in the page. Karabakh, late 2020:
        // peacekeepers, withdrawals, corridors, events near the date, every kind of stance.
        String query = "asOf=2020-11-20&layers=alignments,corridors,events,military-presence&view=40.3,45.8,7";
        openMap("?" + query);
        assertThat(page.locator("atlas-map .atlas-presence").first()).isAttached();
        MapState state = Permalink.parse(QueryParameters.fromString(query), MapState.initial(LocalDate.now(), layers.ids()),
                layers.ids(), LocalDate.now()).state();

        @SuppressWarnings("unchecked")
        List<List<String>> onScreen = (List<List<String>>) page.evaluate("() => [...document.querySelectorAll("
                + "'atlas-map [data-layer][data-symbol]')].map(e => [e.dataset.layer + ':' + e.dataset.id, e.dataset.symbol])");
        Map<String, String> screen = new HashMap<>();
        onScreen.forEach(pair -> screen.put(pair.get(0), pair.get(1)));

        List<String> paper = handout.drawnOn(state);
        assertThat(paper).as("the handout's map draws something").hasSizeGreaterThan(20);
        assertThat(paper.stream().map(d -> d.substring(0, d.indexOf(':'))).distinct())
                .as("every shown layer is on paper").containsExactlyInAnyOrder("alignments", "corridors", "events", "military-presence");
        for (String drawn : paper) {
            String feature = drawn.substring(0, drawn.indexOf('='));
            String symbol = drawn.substring(drawn.indexOf('=') + 1);
            assertThat(screen).as("on screen: " + feature).containsKey(feature);
            assertThat(screen.get(feature)).as("symbol of " + feature + " on screen and on paper").isEqualTo(symbol);
        }
    }
}
