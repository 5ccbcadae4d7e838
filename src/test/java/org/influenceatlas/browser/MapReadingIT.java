package org.influenceatlas.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an audience reads off the map (issue 11): names, clusters, corridors side by side, the
 * legend of what is drawn, the phone's drawer and full screen. Screenshots under target/screenshots.
 */
class MapReadingIT extends BrowserTestBase {

    /** Visible labels of a kind, as their text. */
    @SuppressWarnings("unchecked")
    private List<String> visibleLabels(String kind) {
        return (List<String>) page.evaluate("kind => [...document.querySelectorAll('atlas-map .atlas-label-' + kind)]"
                + ".filter(e => !e.classList.contains('atlas-label-hidden') && e.getBoundingClientRect().width > 0)"
                + ".map(e => e.textContent)", kind);
    }

    private void waitForLabels() {
        page.waitForFunction("() => Number(document.querySelector('atlas-map').dataset.labels || 0) > 0");
    }

    @Test
    void countries_and_capitals_are_named_at_the_default_desktop_view_and_no_two_labels_overlap() {
        openMap("?asOf=2022-01-01");
        waitForLabels();
        assertThat(visibleLabels("country")).contains("Kazakhstan", "Iran");
        assertThat(visibleLabels("place")).as("capitals at the regional view").isNotEmpty();
        // Real text in the page: Ctrl+F and screen readers find it.
        assertThat(page.locator("atlas-map .atlas-label-country", new Page.LocatorOptions().setHasText("Kazakhstan"))).isVisible();
        assertThat(overlaps()).as("overlapping labels").isZero();
    }

    @Test
    void cities_show_closer_in_and_stay_named_after_vaadin_takes_the_map_over() {
        openMap("?asOf=2022-01-01&view=41.0,45.0,6");
        waitForLabels();
        assertThat(visibleLabels("place")).contains("Yerevan", "Tbilisi", "Baku");
        assertThat(overlaps()).isZero();
    }

    @Test
    void corridors_are_named_closer_in() {
        openMap("?asOf=2022-01-01&layers=corridors&view=41.0,45.0,6");
        waitForLabels();
        assertThat(visibleLabels("corridor")).isNotEmpty();
        assertThat(overlaps()).isZero();
    }

    @SuppressWarnings("unchecked")
    private int overlaps() {
        return ((Number) page.evaluate("() => { const r = [...document.querySelectorAll('atlas-map .leaflet-tooltip.atlas-label')]"
                + ".filter(e => !e.classList.contains('atlas-label-hidden')).map(e => e.getBoundingClientRect()).filter(b => b.width > 0);"
                + " let n = 0; for (let i = 0; i < r.length; i++) for (let j = i + 1; j < r.length; j++) {"
                + " const a = r[i], b = r[j]; if (a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top) n++; } return n; }"))
                .intValue();
    }

    @Test
    void clusters_show_their_count_and_their_operator_mix() {
        openMap("?asOf=2022-01-01&layers=military-presence");
        page.waitForSelector("atlas-map .atlas-cluster");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> clusters = (List<Map<String, Object>>) page.evaluate("() => [...document.querySelectorAll('atlas-map .atlas-cluster')]"
                + ".map(c => ({ count: Number(c.querySelector('.atlas-cluster-count').textContent), text: c.querySelector('.atlas-sr').textContent,"
                + " arcs: c.querySelectorAll('g circle').length, title: c.title }))");
        assertThat(clusters).isNotEmpty();
        for (Map<String, Object> c : clusters) {
            String text = (String) c.get("text");
            int count = ((Number) c.get("count")).intValue();
            assertThat(text).startsWith(count + " sites: ");
            int sum = java.util.Arrays.stream(text.substring(text.indexOf(':') + 1).split(","))
                    .mapToInt(part -> Integer.parseInt(part.trim().split(" ")[0])).sum();
            assertThat(sum).as("the mix adds up to the count: " + text).isEqualTo(count);
            assertThat(((Number) c.get("arcs")).intValue()).as("one arc per operator: " + text)
                    .isEqualTo(text.split(",").length);
            assertThat((String) c.get("title")).isEqualTo(text);
        }
        assertThat(clusters).as("a cluster holding more than one operator")
                .anyMatch(c -> ((Number) c.get("arcs")).intValue() > 1);
    }

    @Test
    void corridors_that_share_a_path_are_drawn_side_by_side_and_each_can_be_picked() {
        // Ganja to the Georgian border: the BTC oil pipeline, the South Caucasus gas pipeline and
        // the Southern Gas Corridor run along the same stretch.
        openMap("?asOf=2022-01-01&layers=corridors&view=41.1,45.7,8");
        for (String id : List.of("COR-07", "COR-08", "COR-11")) {
            @SuppressWarnings("unchecked")
            Map<String, Number> at = (Map<String, Number>) page.evaluate("id => {"
                    + " for (const path of document.querySelectorAll('atlas-map path.atlas-corridor-' + id)) {"
                    + "  const length = path.getTotalLength(); const m = path.getScreenCTM();"
                    + "  for (let s = 0; s <= length; s += 2) { const p = path.getPointAtLength(s);"
                    + "   const x = m.a * p.x + m.c * p.y + m.e, y = m.b * p.x + m.d * p.y + m.f;"
                    + "   if (x < 60 || y < 160 || x > innerWidth - 420 || y > innerHeight - 40) continue;"
                    + "   if (document.elementFromPoint(x, y) === path) return { x, y }; } }"
                    + " return null; }", id);
            assertThat(at).as(id + " has a visible, pickable stretch").isNotNull();
            page.mouse().click(at.get("x").doubleValue(), at.get("y").doubleValue());
            page.waitForURL(u -> java.net.URLDecoder.decode(u, java.nio.charset.StandardCharsets.UTF_8).contains("select=corridors:" + id));
        }
        // The three are apart on screen: on the shared stretch their lines do not coincide.
        Locator paths = page.locator("atlas-map path.atlas-corridor");
        assertThat(paths.count()).isGreaterThan(3);
    }

    @Test
    void on_a_wide_screen_the_legend_is_open_and_lists_only_what_is_drawn() {
        openMap("?asOf=2022-01-01&layers=alignments");
        Locator legend = page.locator("atlas-map .atlas-legend");
        assertThat(legend).hasAttribute("open", "");
        assertThat(legend.locator("h3")).hasCount(1);
        @SuppressWarnings("unchecked")
        Map<String, Object> check = (Map<String, Object>) page.evaluate("async () => {"
                + " const cat = await (await fetch('api/v1/layers')).json();"
                + " const layer = cat.layers.find(l => l.geometry === 'MultiPolygon');"
                + " const channel = layer.style.channels.find(c => c.property === 'status');"
                + " const drawn = new Set([...document.querySelectorAll('atlas-map path[data-stance]')].map(p => p.dataset.stance).filter(s => s));"
                + " const expected = [...drawn].map(v => (channel.categories.find(c => c.values.includes(v)) || {}).label);"
                + " const listed = [...document.querySelectorAll('atlas-map .atlas-legend li')].map(li => li.textContent.trim());"
                + " const all = channel.categories.map(c => c.label);"
                + " return { expected, listed, all }; }");
        @SuppressWarnings("unchecked")
        List<String> listed = (List<String>) check.get("listed");
        @SuppressWarnings("unchecked")
        List<String> expected = (List<String>) check.get("expected");
        @SuppressWarnings("unchecked")
        List<String> all = (List<String>) check.get("all");
        assertThat(listed).containsAll(expected);
        assertThat(listed.stream().filter(all::contains).toList()).containsExactlyInAnyOrderElementsOf(
                expected.stream().distinct().toList());
        // The legend follows the layers: presence on, its heading appears.
        page.locator("#atlas-layer-military-presence").check();
        assertThat(legend.locator("h3")).hasCount(2);
    }

    @Test
    void on_a_phone_the_map_comes_first_and_the_controls_and_legend_are_in_a_drawer() throws IOException {
        page.setViewportSize(390, 844);
        openMap("?asOf=2022-01-01");
        Locator toolbar = page.locator("atlas-map .atlas-toolbar");
        assertThat(toolbar).isHidden();
        double canvasTop = box(".atlas-canvas").get("top").doubleValue();
        double timebarTop = box(".atlas-timebar").get("top").doubleValue();
        assertThat(canvasTop).as("the map above the date controls").isLessThan(timebarTop);
        double canvasHeight = box(".atlas-canvas").get("height").doubleValue();
        assertThat(canvasHeight).as("the map's share of the screen").isGreaterThan(844 * 0.4);

        Locator toggle = page.locator("atlas-map .atlas-drawer-toggle");
        toggle.click();
        assertThat(toggle).hasAttribute("aria-expanded", "true");
        assertThat(toolbar).isVisible();
        assertThat(toolbar.locator(".atlas-legend h3").first()).isVisible();
        assertThat(seriousViolations()).as("axe with the drawer open").isEmpty();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("MapReadingIT-phone-drawer-open.png")));
        page.keyboard().press("Escape");
        assertThat(toolbar).isHidden();
        assertThat(toggle).hasAttribute("aria-expanded", "false");
    }

    @Test
    void the_full_screen_button_fills_the_screen_and_leaves_it() throws IOException {
        openMap("?asOf=2022-01-01");
        Locator button = page.locator("atlas-map .atlas-fullscreen button");
        button.click();
        page.waitForFunction("() => !!document.fullscreenElement");
        assertThat(button).hasText("Exit full screen");
        assertThat(seriousViolations()).as("axe in full screen").isEmpty();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("MapReadingIT-full-screen.png")));
        button.click();
        page.waitForFunction("() => !document.fullscreenElement");
        assertThat(button).hasText("Full screen");
    }

    @Test
    void presenting_shows_the_legend_full_screen_the_callout_and_large_slide_text() {
        page.navigate(url("/briefings/central-asia-hedging/5"));
        page.waitForSelector("atlas-map[data-ready=true]");
        assertThat(page.locator("atlas-map .atlas-legend h3").first()).isVisible();
        assertThat(page.locator("atlas-map .atlas-fullscreen button")).isVisible();
        assertThat(page.locator("atlas-map .atlas-label-callout")).isVisible();
        double size = ((Number) page.evaluate("() => parseFloat(getComputedStyle(document.querySelector('.atlas-caption p')"
                + " || document.querySelector('.atlas-caption')).fontSize)")).doubleValue();
        assertThat(size).as("slide text size in px").isGreaterThanOrEqualTo(20);
    }

    @Test
    void the_timeline_shows_event_ticks_by_kind_and_a_chart_of_foreign_sites_and_moves_the_date() throws IOException {
        openMap("?asOf=2022-01-01");
        page.waitForSelector("atlas-map .atlas-dashboard[data-chart]");
        Locator ticks = page.locator("atlas-map .atlas-tick");
        assertThat(ticks.count()).isGreaterThan(5);
        assertThat(page.locator("atlas-map .atlas-tick-kind").count()).as("a row per kind").isGreaterThan(1);
        assertThat(page.locator("atlas-map .atlas-chart-plot canvas")).isVisible();
        assertThat(page.locator("atlas-map .atlas-chart-legend li").count()).isGreaterThan(1);

        Locator tick = ticks.nth(ticks.count() / 2);
        tick.hover();
        Locator tip = page.locator("atlas-map .atlas-tick-tip");
        assertThat(tip).isVisible();
        assertThat(tip).hasText(tick.getAttribute("aria-label"));
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("MapReadingIT-timeline-hover.png")));
        String day = tick.getAttribute("data-day");
        tick.click();
        assertThat(page.locator("atlas-map")).hasAttribute("data-as-of", day);
        page.waitForURL(u -> u.contains("asOf=" + day));

        // A click on the chart moves the date too (to the month under the pointer).
        Locator plot = page.locator("atlas-map .atlas-chart-plot .u-over");
        plot.click(new Locator.ClickOptions().setPosition(5, 10));
        page.waitForFunction("() => document.querySelector('atlas-map').dataset.asOf < '2009-06-01'");
        assertThat(seriousViolations()).as("axe with the timeline").isEmpty();
    }

    @Test
    void facts_below_the_chosen_grade_are_drawn_faint_or_hidden() {
        openMap("?asOf=2022-01-01&layers=military-presence,corridors&view=40.5,44.5,7");
        int before = Integer.parseInt(mapData("military-presence"));
        page.selectOption("#atlas-grade", "A1");
        page.waitForSelector("atlas-map .atlas-legend-grade");
        // Every drawn fact graded below A1, or not graded, is faint; the others are not.
        Number wrong = (Number) page.evaluate("() => [...document.querySelectorAll('atlas-map [data-confidence]')]"
                + ".filter(e => { const c = e.dataset.confidence; const low = !/^[A-F][1-6]$/.test(c) || c > 'A1';"
                + " return low !== e.classList.contains('atlas-low-confidence'); }).length");
        assertThat(wrong.intValue()).isZero();
        page.selectOption("#atlas-below", "hide");
        assertThat(page.locator("atlas-map .atlas-legend-grade")).containsText("hidden");
        page.waitForFunction("() => !document.querySelector('atlas-map .atlas-low-confidence')");
        assertThat(Integer.parseInt(mapData("military-presence"))).isLessThanOrEqualTo(before);
        page.selectOption("#atlas-grade", "");
        page.waitForFunction("n => Number(document.querySelector('atlas-map').dataset.militaryPresence) === n", before);
    }

    @Test
    void countries_whose_stance_is_below_the_chosen_grade_are_filled_faint_or_not_at_all() {
        openMap("?asOf=2022-01-01&layers=alignments");
        int filled = page.locator("atlas-map path[data-layer=alignments]:not([data-stance=''])").count();
        page.selectOption("#atlas-grade", "A1");
        page.waitForSelector("atlas-map .atlas-legend-grade");
        // Each country is graded by the stance the map shows on the date: below A1 (or ungraded) faint.
        @SuppressWarnings("unchecked")
        Map<String, Number> faint = (Map<String, Number>) page.evaluate("() => { const c = [...document.querySelectorAll("
                + "'atlas-map path[data-layer=alignments][data-confidence]')]; const low = e => { const g = e.dataset.confidence;"
                + " return !/^[A-F][1-6]$/.test(g) || g > 'A1'; };"
                + " return { low: c.filter(low).length, graded: c.length,"
                + " wrong: c.filter(e => low(e) !== e.classList.contains('atlas-low-confidence')"
                + " || low(e) !== (Number(e.getAttribute('fill-opacity')) <= 0.3)).length }; }");
        assertThat(faint.get("graded").intValue()).isEqualTo(filled);
        assertThat(faint.get("low").intValue()).as("stances below A1 on the date").isPositive();
        assertThat(faint.get("wrong").intValue()).isZero();
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("MapReadingIT-countries-faint.png")));

        // Hidden: those countries are left unfilled (not hatched: "no stance recorded" would be untrue).
        page.selectOption("#atlas-below", "hide");
        page.waitForFunction("n => document.querySelectorAll(\"atlas-map path[data-layer=alignments]:not([data-stance=''])\").length"
                + " === n", filled - faint.get("low").intValue());
        assertThat(page.locator("atlas-map path[data-layer=alignments].atlas-low-confidence")).hasCount(0);
        Number hatched = (Number) page.evaluate("() => [...document.querySelectorAll('atlas-map path[data-layer=alignments][data-confidence]')]"
                + ".filter(e => e.dataset.stance === '' && e.getAttribute('fill') === 'url(#atlas-no-stance)').length");
        assertThat(hatched.intValue()).isZero();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Number> box(String selector) {
        return (Map<String, Number>) page.evaluate("s => { const r = document.querySelector('atlas-map ' + s).getBoundingClientRect();"
                + " return { top: r.top, height: r.height }; }", selector);
    }
}
