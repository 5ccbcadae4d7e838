package org.influenceatlas.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class MapExplorerIT extends BrowserTestBase {

    /** Zoomed in on the South Caucasus, where markers no longer cluster. */
    private static final String CAUCASUS = "view=40.2,45.5,8";

    @Test
    void the_map_draws_the_countries_and_every_layer_without_internet() {
        openMap("?asOf=2022-01-01&view=44,48,4");
        assertThat(Integer.parseInt(mapData("countries"))).isGreaterThan(70);
        assertThat(page.locator("atlas-map path.leaflet-interactive").count()).isGreaterThan(70);
        assertThat(Integer.parseInt(mapData("military-presence"))).isGreaterThan(30);
        assertThat(Integer.parseInt(mapData("corridors"))).isGreaterThan(10);
        assertThat(page.locator("atlas-map path.atlas-corridor").count()).isGreaterThan(10);
        assertThat(page.locator("atlas-map .leaflet-marker-icon").count()).isGreaterThan(5);
        assertThat(page.locator("atlas-map .atlas-date-label")).hasText("2022-01-01");
        // Alliance status colours the countries: Belarus is an ally on that date.
        assertThat(page.locator("atlas-map path[data-id=BLR]")).hasAttribute("data-stance", "ally");
        assertThat(page.locator("atlas-map path[data-id=UKR]")).hasAttribute("data-stance", "at-war");
        // A country with no stance recorded is hatched, not coloured like a neutral ("hedging") one.
        assertThat(page.locator("atlas-map path[data-id=NOR]")).hasAttribute("data-stance", "");
        assertThat(page.locator("atlas-map path[data-id=NOR]")).hasAttribute("fill", "url(#atlas-no-stance)");
        assertThat(page.locator("pattern#atlas-no-stance")).hasCount(1);
        // Events within six months of the date: Russia's full-scale invasion of 2022-02-24 among them.
        assertThat(Integer.parseInt(mapData("events"))).isGreaterThan(0);
        assertThat(page.locator("atlas-map .atlas-event").count()).isEqualTo(Integer.parseInt(mapData("events")));
    }

    @Test
    void the_organisation_selector_outlines_the_members_on_the_date() {
        openMap("?asOf=2020-10-01&view=44,48,4");
        page.locator("#atlas-organisation").selectOption("CSTO");

        assertThat(page.locator("atlas-map path[data-id=ARM]")).hasClass(java.util.regex.Pattern.compile("atlas-member"));
        assertThat(page.locator("atlas-map path[data-id=BLR]")).hasClass(java.util.regex.Pattern.compile("atlas-member"));
        assertThat(page.locator("atlas-map path[data-id=GEO]")).not().hasClass(java.util.regex.Pattern.compile("atlas-member"));
        page.waitForURL(u -> u.contains("org=CSTO"));

        // Armenia froze its participation in 2024: no longer outlined as a member.
        setDate("2025-01-01");
        assertThat(page.locator("atlas-map path[data-id=ARM]")).not().hasClass(java.util.regex.Pattern.compile("atlas-member"));
        assertThat(page.locator("atlas-map path[data-id=BLR]")).hasClass(java.util.regex.Pattern.compile("atlas-member"));
    }

    @Test
    void leaving_the_explorer_frees_its_map_and_coming_back_builds_one() {
        openMap("?asOf=2022-01-01");
        assertThat(page.locator("html")).hasAttribute("data-atlas-maps", "1");

        page.locator(".atlas-header a[href=briefings]").click();
        page.waitForURL(u -> u.endsWith("/briefings"));
        assertThat(page.locator("html")).hasAttribute("data-atlas-maps", "0");

        page.goBack();
        assertThat(page.locator("atlas-map[data-ready=true]")).isVisible();
        assertThat(page.locator("atlas-map .atlas-date-label")).hasText("2022-01-01");
        assertThat(page.locator("html")).hasAttribute("data-atlas-maps", "1");
    }

    @Test
    void play_moves_the_date_forward_and_pause_stops_it() {
        openMap("?asOf=2020-01-01&layers=military-presence");
        Locator play = page.locator(".atlas-play");

        play.click();
        assertThat(play).hasAttribute("aria-pressed", "true");
        page.waitForFunction("() => document.querySelector('.atlas-date').textContent > '2020-03-01'");
        play.click();
        assertThat(play).hasAttribute("aria-pressed", "false");
        assertThat(play).hasText("Play");
        String stopped = page.locator(".atlas-date").textContent();
        page.waitForTimeout(800); // several play ticks: the date must not move
        assertThat(page.locator(".atlas-date")).hasText(stopped);
        assertThat(page.locator("atlas-map .atlas-date-label")).hasText(stopped);
    }

    @Test
    void the_map_is_drawn_from_the_url_before_vaadin_connects_and_vaadin_takes_that_map_over() {
        // Vaadin's first request is held back: what shows meanwhile is the page's own early drawing.
        List<Route> held = new ArrayList<>();
        page.route(u -> u.contains("v-r=init"), held::add);
        page.navigate(url("/?asOf=2020-10-01&layers=alignments,military-presence&view=41,45,6"));

        Locator preview = page.locator(".atlas-preview");
        assertThat(preview.locator(".atlas-map[data-ready=true]")).isAttached();
        assertThat(page.locator("atlas-map")).hasCount(0);
        assertThat(preview).hasAttribute("inert", "");
        assertThat(preview.locator(".atlas-date-label")).hasText("2020-10-01");
        assertThat(preview.locator("path[data-id=BLR]")).hasAttribute("data-stance", "ally");
        assertThat(preview.locator(".atlas-presence").first()).isVisible();
        assertThat(preview.locator("path.atlas-corridor")).hasCount(0);
        assertThat(preview.locator("#atlas-layer-corridors")).not().isChecked();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("MapExplorerIT-preview-before-vaadin.png")));
        assertThat(held).as("Vaadin's init request, held").hasSize(1);

        held.forEach(Route::resume);
        page.waitForSelector("atlas-map[data-ready=true]");
        assertThat(preview).hasCount(0);
        assertThat(page.locator(".atlas-canvas")).hasCount(1);
        assertThat(page.locator("atlas-map .atlas-date-label")).hasText("2020-10-01");
        String[] view = mapData("view").split(",");
        assertThat(Double.parseDouble(view[0])).isCloseTo(41.0, org.assertj.core.data.Offset.offset(0.03));
        assertThat(Double.parseDouble(view[1])).isCloseTo(45.0, org.assertj.core.data.Offset.offset(0.03));
        // Live now: a click on the map the page drew reaches the server and opens the details.
        page.locator("atlas-map path[data-id=GEO]").click(new Locator.ClickOptions().setForce(true));
        assertThat(page.locator("#details-title")).hasText("Georgia");
    }

    @Test
    void layer_toggles_hide_and_show_the_layers() {
        openMap("?asOf=2022-01-01&" + CAUCASUS);
        Locator presenceBox = page.locator("#atlas-layer-military-presence");
        Locator corridorBox = page.locator("#atlas-layer-corridors");
        assertThat(page.locator("atlas-map .atlas-presence").count()).isPositive();

        presenceBox.uncheck();
        assertThat(page.locator("atlas-map .atlas-presence")).hasCount(0);
        corridorBox.uncheck();
        assertThat(page.locator("atlas-map path.atlas-corridor")).hasCount(0);

        presenceBox.check();
        assertThat(page.locator("atlas-map .atlas-presence").first()).isVisible();
        corridorBox.check();
        assertThat(page.locator("atlas-map path.atlas-corridor").first()).isAttached();
    }

    @Test
    void hiding_ended_sites_is_part_of_the_permalink() {
        openMap("?asOf=2025-01-01&layers=military-presence&view=39.8,46.8,8");
        Locator peacekeepers = page.locator("atlas-map .leaflet-marker-icon[data-id=RUS-AZE-02]");
        assertThat(peacekeepers).hasClass(java.util.regex.Pattern.compile("atlas-status-ended"));

        page.locator("#atlas-show-ended").uncheck();
        assertThat(peacekeepers).hasCount(0);
        page.waitForURL(u -> u.contains("ended=hide"));

        openMap(page.url().substring(page.url().indexOf('?')));
        assertThat(page.locator("#atlas-show-ended")).not().isChecked();
        assertThat(page.locator("atlas-map .leaflet-marker-icon[data-id=RUS-AZE-02]")).hasCount(0);
    }

    @Test
    void the_date_changes_what_is_shown_karabakh_peacekeepers_in_2022_versus_2025() {
        openMap("?asOf=2022-01-01&layers=military-presence&view=39.8,46.8,8");
        Locator peacekeepers = page.locator("atlas-map .leaflet-marker-icon[data-id=RUS-AZE-02]");
        assertThat(peacekeepers).hasClass(java.util.regex.Pattern.compile("atlas-status-active"));

        setDate("2025-01-01");
        assertThat(page.locator("atlas-map .atlas-date-label")).hasText("2025-01-01");
        assertThat(page.locator("atlas-map .leaflet-marker-icon[data-id=RUS-AZE-02]"))
                .hasClass(java.util.regex.Pattern.compile("atlas-status-ended"));

        page.locator("#atlas-show-ended").uncheck();
        assertThat(page.locator("atlas-map .leaflet-marker-icon[data-id=RUS-AZE-02]")).hasCount(0);
    }

    @Test
    void clicking_a_base_opens_its_details_with_sources() {
        openMap("?asOf=2022-01-01&layers=military-presence&view=40.78,43.83,9");
        page.locator("atlas-map .leaflet-marker-icon[data-id=RUS-ARM-01]").click();
        assertThat(page.locator("#details-title")).containsText("102nd");
        assertThat(page.locator(".atlas-details")).containsText("Status on 2022-01-01");
        assertThat(page.locator(".atlas-sources a").first()).isVisible();
        assertThat(page.url()).contains("select=military-presence%3ARUS-ARM-01");
    }

    @Test
    void a_base_opens_from_the_keyboard_as_from_a_click() {
        openMap("?asOf=2022-01-01&layers=military-presence&view=40.78,43.83,9");
        Locator base = page.locator("atlas-map .leaflet-marker-icon[data-id=RUS-ARM-01]");
        assertThat(base).hasAttribute("tabindex", "0");
        assertThat(base).hasAttribute("role", "button");

        base.focus();
        page.keyboard().press("Enter");

        assertThat(page.locator("#details-title")).containsText("102nd");
        page.waitForURL(u -> u.contains("select=military-presence%3ARUS-ARM-01"));
    }

    @Test
    void a_permalink_restores_date_layers_selection_and_view_and_back_and_forward_return_to_each_state() {
        openMap("?asOf=2020-10-01&layers=military-presence,corridors&select=ARM&view=41.0,45.0,6");
        assertThat(page.locator(".atlas-date")).hasText("2020-10-01");
        assertThat(page.locator("#atlas-layer-military-presence")).isChecked();
        assertThat(page.locator("#atlas-layer-corridors")).isChecked();
        assertThat(page.locator("#atlas-layer-alignments")).not().isChecked();
        assertThat(page.locator("#atlas-layer-events")).not().isChecked();
        assertThat(page.locator("#details-title")).hasText("Armenia");
        String[] view = mapData("view").split(",");
        assertThat(Double.parseDouble(view[0])).isCloseTo(41.0, org.assertj.core.data.Offset.offset(0.03));
        assertThat(Double.parseDouble(view[1])).isCloseTo(45.0, org.assertj.core.data.Offset.offset(0.03));
        assertThat(view[2]).isEqualTo("6");

        page.locator("atlas-map path[data-id=GEO]").click(new Locator.ClickOptions().setForce(true));
        assertThat(page.locator("#details-title")).hasText("Georgia");
        page.waitForURL(u -> u.contains("select=GEO"));
        // Changed in the browser after the click: the URL of this history entry follows.
        setDate("2024-06-01");
        page.locator("#atlas-layer-corridors").uncheck();
        page.waitForURL(u -> u.contains("asOf=2024-06-01") && !u.contains("corridors"));

        page.goBack();
        assertThat(page.locator("#details-title")).hasText("Armenia");
        page.waitForURL(u -> u.contains("select=ARM"));
        assertThat(page.locator(".atlas-date")).hasText("2020-10-01");
        assertThat(page.locator("atlas-map .atlas-date-label")).hasText("2020-10-01");
        assertThat(page.locator("#atlas-layer-corridors")).isChecked();
        assertThat(page.locator("atlas-map path.atlas-corridor").first()).isAttached();

        page.goForward();
        assertThat(page.locator("#details-title")).hasText("Georgia");
        assertThat(page.locator(".atlas-date")).hasText("2024-06-01");
        assertThat(page.locator("#atlas-layer-corridors")).not().isChecked();
        assertThat(page.locator("atlas-map path.atlas-corridor")).hasCount(0);
    }

    @Test
    void the_search_box_flies_to_and_selects_a_hit() {
        openMap("?asOf=2022-01-01");
        page.locator("#atlas-search input").fill("Hmeimim");
        page.locator("vaadin-combo-box-item").first().click();
        assertThat(page.locator("#details-title")).containsText("Hmeimim");
        page.waitForURL(u -> u.contains("select=military-presence%3ARUS-SYR"));
    }

    @Test
    void the_search_box_survives_one_letter_its_arrow_and_the_down_key() {
        openMap("?asOf=2022-01-01");
        Locator input = page.locator("#atlas-search input");
        // One letter, then a pause long enough for the box to ask the server for items.
        input.click();
        input.pressSequentially("G");
        page.waitForTimeout(1500);
        page.locator("#atlas-search [part~='toggle-button']").click();
        page.waitForTimeout(500);
        input.press("ArrowDown");
        page.waitForTimeout(1000);
        assertThat(page.locator(".v-system-error")).hasCount(0);
        assertThat(page.getByText("Internal error")).hasCount(0);

        // The box still answers afterwards: the session was not broken.
        input.fill("Gyumri");
        page.locator("vaadin-combo-box-item").first().click();
        assertThat(page.locator("#details-title")).containsText("Gyumri");
    }

    @Test
    void every_control_is_reachable_by_keyboard() {
        openMap("?asOf=2022-01-01");
        List<String> reached = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            page.keyboard().press("Tab");
            reached.add((String) page.evaluate("() => { const a = document.activeElement; "
                    + "const d = a && a.shadowRoot && a.shadowRoot.activeElement || a; return d ? (d.id || d.getAttribute('class') || d.tagName) : ''; }"));
        }
        assertThat(String.join(" ", reached)).contains("atlas-layer-military-presence", "atlas-layer-corridors",
                "atlas-layer-alignments", "atlas-layer-events", "atlas-organisation", "atlas-play", "atlas-slider");
        page.locator(".atlas-slider").focus();
        page.keyboard().press("ArrowRight");
        assertThat(page.locator(".atlas-date")).hasText("2022-01-02");
    }

    @Test
    void an_accessibility_audit_finds_no_serious_or_critical_violations() throws IOException {
        openMap("?asOf=2022-01-01&select=ARM");
        assertThat(seriousViolations()).as("serious or critical axe violations").isEmpty();

        // On a wide screen the legend is open from the start; its summary closes and opens it.
        assertThat(page.locator(".atlas-legend h3").first()).isVisible();
        page.locator(".atlas-legend summary").click();
        assertThat(page.locator(".atlas-legend h3").first()).isHidden();
        page.locator(".atlas-legend summary").click();
        assertThat(page.locator(".atlas-legend h3").first()).isVisible();
        assertThat(seriousViolations()).as("with the legend open").isEmpty();
        // The open legend lies wholly on screen, wherever the toolbar has wrapped it to.
        @SuppressWarnings("unchecked")
        Map<String, Number> box = (Map<String, Number>) page.evaluate("() => { const r = document.querySelector('.atlas-legend > div')"
                + ".getBoundingClientRect(); return { left: r.left, right: r.right, width: window.innerWidth }; }");
        assertThat(box.get("left").doubleValue()).isGreaterThanOrEqualTo(0);
        assertThat(box.get("right").doubleValue()).isLessThanOrEqualTo(box.get("width").doubleValue());
    }

    @Test
    void an_accessibility_audit_at_a_phone_width_finds_no_serious_or_critical_violations() throws IOException {
        page.setViewportSize(390, 844);
        openMap("?asOf=2022-01-01&select=military-presence:RUS-ARM-01");
        assertThat(seriousViolations()).as("serious or critical axe violations at 390 px").isEmpty();
    }

    @Test
    void the_map_and_its_controls_fit_a_phone_screen() {
        page.setViewportSize(390, 844);
        openMap("?asOf=2022-01-01");
        double mapWidth = ((Number) page.evaluate("() => document.querySelector('atlas-map').getBoundingClientRect().width")).doubleValue();
        double pageWidth = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).doubleValue();
        assertThat(mapWidth).isLessThanOrEqualTo(390);
        assertThat(pageWidth).isLessThanOrEqualTo(390);
        assertThat(page.locator(".atlas-slider")).isVisible();
    }

    private void setDate(String day) {
        page.locator(".atlas-slider").evaluate("(el, day) => { el.value = String(Math.round(Date.parse(day + 'T00:00:00Z') / 86400000));"
                + " el.dispatchEvent(new Event('input', { bubbles: true })); }", day);
    }

}
