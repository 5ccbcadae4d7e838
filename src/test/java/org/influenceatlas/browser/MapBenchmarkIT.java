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
 * a layer toggle or a date change to the next paint.
 * <p>
 * The plain page (static/bench/static-map.html) is served by the same server as the explorer and
 * loads Leaflet's own leaflet.js and leaflet.css, as the explorer loads its bundle. A stricter
 * variant is measured too and reported beside it: the same page with Leaflet inline, handed to the
 * browser by the test, so without the round trip to the server for the page and the script.
 * Run with {@code ./mvnw verify -Pproduction -Dbenchmark=true -Dit.test=MapBenchmarkIT -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false}. Figures go to target/benchmark.md.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class MapBenchmarkIT extends BrowserTestBase {

    /** Cold loads of each page; the three pages take turns, so that drift on a shared machine hits all alike. */
    static final int RUNS = 15;
    static final int INTERACTIONS = 15;
    static final String PLAIN_PAGE = "/bench/static-map.html";

    @Test
    void measure_time_to_map_rendered_against_a_static_leaflet_page_and_interaction_to_paint() throws IOException {
        String inlinePage = inlineLeaflet(resource("/static" + PLAIN_PAGE));
        List<Double> app = new ArrayList<>();
        List<Double> live = new ArrayList<>();
        List<Double> named = new ArrayList<>();
        List<Double> plain = new ArrayList<>();
        List<Double> strict = new ArrayList<>();
        // Warm the server's caches and the JIT once for each, then alternate.
        explorerTimes();
        staticTime(null);
        staticTime(inlinePage);
        for (int i = 0; i < RUNS; i++) {
            double[] explorer = explorerTimes();
            app.add(explorer[0]);
            live.add(explorer[1]);
            named.add(explorer[2]);
            plain.add(staticTime(null));
            strict.add(staticTime(inlinePage));
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

        String report = String.format(Locale.ROOT, """
                        # Map benchmark (%s, %d cold loads of each page, taking turns)

                        | measure | median ms | runs (ms) |
                        |---|---|---|
                        | explorer: navigation start to map-rendered | %.0f | %s |
                        | plain static Leaflet page, same server, same API data | %.0f | %s |
                        | **ratio explorer / plain static page** (target <= 1.5) | **%.2f** | median of the %d paired ratios: %.2f |
                        | strict variant: Leaflet inline, page handed over by the test (no server round trip) | %.0f | %s |
                        | ratio explorer / strict variant | %.2f | median of the paired ratios: %.2f |
                        | explorer: navigation start to map-labelled (country and place names placed, after the first drawing) | %.0f | %s |
                        | explorer: navigation start to map-connected (Vaadin holds the map: clicks reach the server) | %.0f | %s |
                        | layer toggle to next paint | %.1f | %s |
                        | date change to next paint | %.1f | %s |
                        """, System.getProperty("os.name"), RUNS,
                median(app), rounded(app), median(plain), rounded(plain),
                median(app) / median(plain), RUNS, median(pairedRatios(app, plain)),
                median(strict), rounded(strict), median(app) / median(strict), median(pairedRatios(app, strict)),
                median(named), rounded(named), median(live), rounded(live), median(toggles), rounded(toggles), median(dates), rounded(dates));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "benchmark.md"), report);
        System.out.println(report);
        assertThat(app).hasSize(RUNS).allMatch(t -> t > 0);
        assertThat(live).hasSize(RUNS).allMatch(t -> t > 0);
        assertThat(plain).hasSize(RUNS).allMatch(t -> t > 0);
        assertThat(strict).hasSize(RUNS).allMatch(t -> t > 0);
    }

    /**
     * Frame times while the map is dragged and zoomed with the mouse, on the explorer and on the
     * plain static page drawing the same data (the baseline, in the same run): every interval
     * between animation frames from the gesture's start until the map has settled. With the grown
     * dataset (-Datlas.data.dir=..., tools/scale-data/grow.py) this is the pan and zoom measure of
     * issue 14. Figures go to target/benchmark-frames.md.
     */
    @Test
    void measure_pan_and_zoom_frame_times_against_the_static_page() throws IOException {
        openMap("?asOf=2022-01-01");
        int sites = ((Number) page.evaluate("() => fetch('/api/v1/layers/military-presence').then(r => r.json()).then(j => j.features.length)")).intValue();
        int events = ((Number) page.evaluate("() => fetch('/api/v1/layers/events').then(r => r.json()).then(j => j.features.length)")).intValue();
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT, """
                # Pan and zoom frame times (%d sites, %d events in the API; %d gestures of each kind)

                | page | gesture | frames | median ms | p95 ms | max ms | frames over 50 ms |
                |---|---|---|---|---|---|---|
                """, sites, events, GESTURES));
        List<String> rows = new ArrayList<>();
        for (String which : List.of("explorer", "plain static page")) {
            if (which.equals("explorer")) {
                openMap("?asOf=2022-01-01");
            } else {
                page.navigate(url(PLAIN_PAGE));
                waitForMarks(page, "map-rendered");
            }
            com.microsoft.playwright.options.BoundingBox box = page.locator("#map").boundingBox();
            double x = box.x + box.width / 2;
            double y = box.y + box.height / 2;
            List<Double> pan = new ArrayList<>();
            List<Double> zoom = new ArrayList<>();
            for (int i = 0; i < GESTURES; i++) {
                startFrames();
                page.mouse().move(x, y);
                page.mouse().down();
                double dx = i % 2 == 0 ? 300 : -300;
                page.mouse().move(x + dx, y + dx / 3, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(30));
                page.mouse().up();
                pan.addAll(stopFrames());
                startFrames();
                page.mouse().move(x, y);
                page.mouse().wheel(0, i % 2 == 0 ? -300 : 300);
                zoom.addAll(stopFrames());
            }
            rows.add(frameRow(which, "drag (pan)", pan));
            rows.add(frameRow(which, "wheel (zoom in / out)", zoom));
            assertThat(pan).as(which).isNotEmpty().allMatch(t -> t > 0);
            assertThat(zoom).as(which).isNotEmpty().allMatch(t -> t > 0);
        }
        rows.forEach(report::append);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "benchmark-frames.md"), report.toString());
        System.out.println(report);
        assertThat(sites).isPositive();
        assertThat(events).isPositive();
    }

    static final int GESTURES = 6;

    /** Records the interval between every two animation frames from now on. */
    private void startFrames() {
        page.evaluate("() => { window.__frames = []; window.__recording = true; let last = performance.now();"
                + " const tick = (t) => { window.__frames.push(t - last); last = t; if (window.__recording) requestAnimationFrame(tick); };"
                + " requestAnimationFrame(tick); }");
    }

    /** The intervals recorded, once the map has settled (its zoom or pan animation over, then two quiet frames). */
    private List<Double> stopFrames() {
        page.waitForTimeout(600);
        @SuppressWarnings("unchecked")
        List<Number> frames = (List<Number>) page.evaluate("async () => { await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));"
                + " window.__recording = false; return window.__frames; }");
        // The settling wait adds idle frames at the display's rate; they stay in, alike for both pages.
        return frames.stream().map(Number::doubleValue).toList();
    }

    private static String frameRow(String which, String gesture, List<Double> frames) {
        List<Double> sorted = frames.stream().sorted().toList();
        double p95 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(0.95 * sorted.size()) - 1));
        return String.format(Locale.ROOT, "| %s | %s | %d | %.1f | %.1f | %.0f | %d |%n", which, gesture, frames.size(),
                median(frames), p95, sorted.get(sorted.size() - 1), frames.stream().filter(t -> t > 50).count());
    }

    /** Milliseconds from navigation start to map-rendered, map-connected and map-labelled, in a cold browser context. */
    private double[] explorerTimes() {
        try (BrowserContext fresh = context.browser().newContext()) {
            Page p = fresh.newPage();
            p.navigate(url("/?asOf=2022-01-01"));
            waitForMarks(p, "map-rendered", "map-connected", "map-labelled");
            return new double[] {mark(p, "map-rendered"), mark(p, "map-connected"), mark(p, "map-labelled")};
        }
    }

    /**
     * Milliseconds from navigation start to map-rendered on the static page, in a cold browser
     * context: the plain page as the server serves it, or (inlinePage not null) that HTML handed
     * to the browser at the same address.
     */
    private double staticTime(String inlinePage) {
        try (BrowserContext fresh = context.browser().newContext()) {
            Page p = fresh.newPage();
            String address = url(PLAIN_PAGE);
            if (inlinePage != null) {
                p.route(address, route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                        .setContentType("text/html").setBody(inlinePage)));
            }
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

    /** The plain page with leaflet.css and leaflet.js written into it instead of linked. */
    private static String inlineLeaflet(String html) throws IOException {
        String link = "<link rel=\"stylesheet\" href=\"/webjars/leaflet/1.9.4/dist/leaflet.css\">";
        String script = "<script src=\"/webjars/leaflet/1.9.4/dist/leaflet.js\"></script>";
        assertThat(html).contains(link, script);
        return html.replace(link, "<style>" + resource("/META-INF/resources/webjars/leaflet/1.9.4/dist/leaflet.css") + "</style>")
                .replace(script, "<script>" + resource("/META-INF/resources/webjars/leaflet/1.9.4/dist/leaflet.js") + "</script>");
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

    static List<Double> pairedRatios(List<Double> values, List<Double> baseline) {
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            ratios.add(values.get(i) / baseline.get(i));
        }
        return ratios;
    }

    private static String rounded(List<Double> values) {
        return String.join(", ", values.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList());
    }
}
