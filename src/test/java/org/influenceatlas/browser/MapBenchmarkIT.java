package org.influenceatlas.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A benchmark, not a timed test: it measures and reports, and asserts only that it measured.
 * Time to {@code performance.mark('map-rendered')} for the explorer and for a plain static Leaflet
 * page drawing the same API data (the practical lower bound), each from a cold browser context;
 * for the explorer also the time to {@code map-connected}, when the element Vaadin creates has taken
 * over the map the page drew early (map-preview.ts) and clicks reach the server; and the time from
 * a layer toggle or a date change to the next paint. Run with
 * {@code ./mvnw verify -Dit.test=MapBenchmarkIT -Dbenchmark=true -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}.
 * Figures go to target/benchmark.md.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class MapBenchmarkIT extends BrowserTestBase {

    static final int RUNS = 7;
    static final int INTERACTIONS = 15;

    @Test
    void measure_time_to_map_rendered_against_a_static_leaflet_page_and_interaction_to_paint() throws IOException {
        String staticPage = staticPage();
        List<Double> app = new ArrayList<>();
        List<Double> live = new ArrayList<>();
        List<Double> baseline = new ArrayList<>();
        // Warm the server's caches and the JIT once for both, then alternate so drift hits both alike.
        explorerTimes();
        staticTime(staticPage);
        for (int i = 0; i < RUNS; i++) {
            double[] explorer = explorerTimes();
            app.add(explorer[0]);
            live.add(explorer[1]);
            baseline.add(staticTime(staticPage));
        }

        openMap("?asOf=2022-01-01");
        List<Double> toggles = new ArrayList<>();
        List<Double> dates = new ArrayList<>();
        String[] boxes = {"#atlas-layer-military-presence", "#atlas-layer-corridors", "#atlas-layer-alignments", "#atlas-layer-events"};
        for (int i = 0; i < INTERACTIONS; i++) {
            toggles.add(((Number) page.evaluate("async (sel) => { const box = document.querySelector(sel); const t0 = performance.now();"
                    + " box.click(); await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));"
                    + " return performance.now() - t0; }", boxes[i % boxes.length])).doubleValue());
            dates.add(((Number) page.evaluate("async (i) => { const s = document.querySelector('.atlas-slider'); const t0 = performance.now();"
                    + " s.value = String(Number(s.min) + 300 * i); s.dispatchEvent(new Event('input', { bubbles: true }));"
                    + " await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));"
                    + " return performance.now() - t0; }", i)).doubleValue());
        }

        double appMedian = median(app);
        double baselineMedian = median(baseline);
        String report = String.format(Locale.ROOT, """
                        # Map benchmark (%s, %d runs each, cold browser context per run)

                        | measure | median ms | runs (ms) |
                        |---|---|---|
                        | explorer: navigation start to map-rendered | %.0f | %s |
                        | static Leaflet page, same API data | %.0f | %s |
                        | ratio explorer / static | %.2f | target <= 1.5 |
                        | explorer: navigation start to map-connected (Vaadin holds the map: clicks reach the server) | %.0f | %s |
                        | layer toggle to next paint | %.1f | %s |
                        | date change to next paint | %.1f | %s |
                        """, System.getProperty("os.name"), RUNS, appMedian, rounded(app), baselineMedian, rounded(baseline),
                appMedian / baselineMedian, median(live), rounded(live), median(toggles), rounded(toggles), median(dates), rounded(dates));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "benchmark.md"), report);
        System.out.println(report);
        assertThat(app).hasSize(RUNS).allMatch(t -> t > 0);
        assertThat(live).hasSize(RUNS).allMatch(t -> t > 0);
        assertThat(baseline).hasSize(RUNS).allMatch(t -> t > 0);
    }

    /** Milliseconds from navigation start to map-rendered and to map-connected, in a cold browser context. */
    private double[] explorerTimes() {
        try (BrowserContext fresh = context.browser().newContext()) {
            Page p = fresh.newPage();
            p.navigate(url("/?asOf=2022-01-01"));
            waitForMarks(p, "map-rendered", "map-connected");
            return new double[] {mark(p, "map-rendered"), mark(p, "map-connected")};
        }
    }

    /** Milliseconds from navigation start to map-rendered on the static page, in a cold browser context. */
    private double staticTime(String html) {
        try (BrowserContext fresh = context.browser().newContext()) {
            Page p = fresh.newPage();
            String address = url("/bench/static.html");
            p.route(address, route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                    .setContentType("text/html").setBody(html)));
            p.navigate(address);
            waitForMarks(p, "map-rendered");
            return mark(p, "map-rendered");
        }
    }

    private static void waitForMarks(Page page, String... names) {
        page.waitForFunction("(names) => names.every((n) => performance.getEntriesByName(n).length > 0)", names,
                new Page.WaitForFunctionOptions().setTimeout(60_000));
    }

    private static double mark(Page page, String name) {
        return ((Number) page.evaluate("(name) => performance.getEntriesByName(name)[0].startTime", name)).doubleValue();
    }

    private static String staticPage() throws IOException {
        String html = resource("/bench/static-map.html");
        return html.replace("/*LEAFLET_CSS*/", resource("/META-INF/resources/webjars/leaflet/1.9.4/dist/leaflet.css"))
                .replace("/*LEAFLET_JS*/", resource("/META-INF/resources/webjars/leaflet/1.9.4/dist/leaflet.js"));
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = MapBenchmarkIT.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String rounded(List<Double> values) {
        return String.join(", ", values.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList());
    }
}
