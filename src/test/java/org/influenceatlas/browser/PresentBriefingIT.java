package org.influenceatlas.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class PresentBriefingIT extends BrowserTestBase {

    private static final String SLUG = "syria-2015-2024";

    @Test
    void a_bundled_briefing_is_presented_from_the_keyboard_with_each_slides_map_state() throws Exception {
        JsonNode briefing = briefing(SLUG);
        JsonNode slides = briefing.get("slides");
        int count = slides.size();
        assertThat(count).isGreaterThanOrEqualTo(4);

        page.navigate(url("/briefings"));
        page.locator("a[href='briefings/" + SLUG + "/1']").click();
        page.waitForSelector("atlas-map[data-ready=true]");
        for (int n = 1; n <= count; n++) {
            JsonNode slide = slides.get(n - 1);
            assertThat(page.locator("#slide-progress")).hasText("Slide " + n + " of " + count);
            assertThat(page.locator("#slide-title")).hasText(slide.get("title").asText());
            assertMapShows(slide.get("map"));
            assertThat(page.locator(".atlas-caption ol li a").first()).isVisible();
            if (n == 2) {
                page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                        .setPath(SCREENSHOTS.resolve("PresentBriefingIT-slide-2.png")));
            }
            page.keyboard().press(n % 2 == 0 ? "Space" : "ArrowRight");
        }
        page.waitForURL(u -> u.endsWith("/briefings/" + SLUG + "/" + count));

        page.keyboard().press("Home");
        assertThat(page.locator("#slide-progress")).hasText("Slide 1 of " + count);
        page.keyboard().press("End");
        assertThat(page.locator("#slide-progress")).hasText("Slide " + count + " of " + count);
        page.keyboard().press("ArrowLeft");
        assertThat(page.locator("#slide-progress")).hasText("Slide " + (count - 1) + " of " + count);
        page.keyboard().press("Escape");
        page.waitForURL(u -> u.endsWith("/briefings"));
        assertThat(page.locator(".atlas-briefing-card").first()).isVisible();
    }

    @Test
    void a_slide_permalink_opens_that_slide_and_explore_from_here_returns_to_it() throws Exception {
        JsonNode slide = briefing(SLUG).get("slides").get(2);
        page.navigate(url("/briefings/" + SLUG + "/3"));
        page.waitForSelector("atlas-map[data-ready=true]");
        assertThat(page.locator("#slide-title")).hasText(slide.get("title").asText());
        assertMapShows(slide.get("map"));

        page.locator("#explore-from-here").click();
        page.waitForURL(u -> u.contains("asOf=" + slide.get("map").get("asOf").asText()) && u.contains("from="));
        assertThat(page.locator("atlas-map .atlas-toolbar")).isVisible();
        page.locator("#back-to-briefing").click();
        page.waitForURL(u -> u.endsWith("/briefings/" + SLUG + "/3"));
        assertThat(page.locator("#slide-title")).hasText(slide.get("title").asText());
        assertMapShows(slide.get("map"));
    }

    private void assertMapShows(JsonNode map) {
        page.waitForSelector("atlas-map[data-ready=true]");
        assertThat(page.locator("atlas-map")).hasAttribute("data-as-of", map.get("asOf").asText());
        assertThat(page.locator("atlas-map path[data-id=SYR]")).isAttached();
        double lat = map.get("view").get(0).asDouble();
        double lon = map.get("view").get(1).asDouble();
        int zoom = map.get("view").get(2).asInt();
        // The map flies to each slide; wait for the flight to end where the slide says.
        page.waitForFunction("([lat, lon, zoom]) => { const v = (document.querySelector('atlas-map').dataset.view || '').split(',');"
                + " return v.length === 3 && Math.abs(v[0] - lat) < 0.05 && Math.abs(v[1] - lon) < 0.05 && Number(v[2]) === zoom; }",
                new Object[]{lat, lon, zoom});
    }

    @Test
    void a_briefing_pinned_to_an_instant_reads_every_layer_as_known_then() throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode exported = (com.fasterxml.jackson.databind.node.ObjectNode) briefing(SLUG);
        String pin = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        exported.put("slug", "syria-pinned").put("knownOn", pin);
        HttpResponse<String> created = HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(URI.create(url("/api/v1/briefings")))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + editorToken()).POST(java.net.http.HttpRequest.BodyPublishers.ofString(exported.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        // A briefing written through the API is its author's draft; published, every reader sees it, pin kept.
        org.influenceatlas.briefing.BriefingService briefings = spring.getBean(org.influenceatlas.briefing.BriefingService.class);
        int version = briefings.find("syria-pinned").orElseThrow().version();
        org.influenceatlas.briefing.Briefing published = briefings.publish(
                org.influenceatlas.base.Change.by("browser-editor", "published for the reader"), "syria-pinned", version);
        assertThat(published.knownOn()).isEqualTo(java.time.Instant.parse(pin));

        java.util.List<String> layerRequests = new java.util.concurrent.CopyOnWriteArrayList<>();
        page.onRequest(r -> {
            if (r.url().contains("/api/v1/layers/")) {
                layerRequests.add(r.url());
            }
        });
        page.navigate(url("/briefings/syria-pinned/1"));
        page.waitForSelector("atlas-map[data-ready=true]");
        page.waitForFunction("() => performance.getEntriesByName('map-rendered').length > 0");
        String encoded = java.net.URLEncoder.encode(pin, java.nio.charset.StandardCharsets.UTF_8);
        // The page preloads the live layers for its first paint; the pinned map then reads its own, as known at the pin.
        page.waitForCondition(() -> layerRequests.stream().filter(u -> u.contains("knownOn=" + encoded)).count() >= 4);
        assertThat(layerRequests.stream().filter(u -> u.contains("knownOn=")).allMatch(u -> u.contains("knownOn=" + encoded))).isTrue();
    }

    private JsonNode briefing(String slug) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url("/api/v1/briefings/" + slug))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }
}
