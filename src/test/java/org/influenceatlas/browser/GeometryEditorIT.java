package org.influenceatlas.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The curators' geometry editor in a real browser (GeometryEditorTestView): clicks, drags, keys
 * and removals each reach the server as the new geometry, on the offline base map.
 */
class GeometryEditorIT extends BrowserTestBase {

    private Locator point;
    private Locator route;

    private void open() {
        page.navigate(url("/test/geometry-editor"));
        point = page.locator("#point-editor");
        route = page.locator("#route-editor");
        // The base map, its names and the context layer have arrived (data-ready).
        page.waitForSelector("#point-editor[data-ready=true]");
        page.waitForSelector("#route-editor[data-ready=true]");
    }

    @Test
    void a_click_places_the_point_a_drag_moves_it_and_the_arrow_keys_nudge_it() {
        open();
        // The same offline base map as the explorer: the bundled outlines, names, no tiles.
        assertThat(point.locator("path.leaflet-interactive, path").count()).isGreaterThan(70);
        assertThat(point.locator(".leaflet-tile")).hasCount(0);
        assertThat(point.locator(".atlas-label-country").first()).isAttached();
        assertThat(Integer.parseInt(point.getAttribute("data-context"))).as("other sites, faint").isGreaterThan(10);
        assertThat(point.locator(".atlas-edit-point")).hasCount(0);

        BoundingBox box = point.locator(".atlas-canvas").boundingBox();
        page.mouse().click(box.x + box.width / 2, box.y + box.height / 2);
        assertThat(point.locator(".atlas-edit-point")).hasCount(1);
        assertThat(page.locator("#point-heard")).containsText("PLACE ");
        double[] placed = heard("#point-heard");

        // Dragged 60 px to the right (east) and 40 px down (south).
        BoundingBox marker = point.locator(".atlas-edit-point").boundingBox();
        double mx = marker.x + marker.width / 2;
        double my = marker.y + marker.height / 2;
        page.mouse().move(mx, my);
        page.mouse().down();
        page.mouse().move(mx + 30, my + 20, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
        page.mouse().move(mx + 60, my + 40, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
        page.mouse().up();
        assertThat(page.locator("#point-heard")).containsText("MOVE ");
        double[] dragged = heard("#point-heard");
        assertThat(dragged[1]).isGreaterThan(placed[1]);
        assertThat(dragged[0]).isLessThan(placed[0]);

        // The keyboard way: the focused point moves with the arrow keys (one change once they settle).
        String before = page.locator("#point-heard").textContent();
        point.locator(".atlas-edit-point").focus();
        page.keyboard().press("ArrowUp");
        page.keyboard().press("ArrowUp");
        page.keyboard().press("ArrowUp");
        page.waitForFunction("before => document.querySelector('#point-heard').textContent !== before", before);
        double[] nudged = heard("#point-heard");
        assertThat(nudged[0]).isGreaterThan(dragged[0]);
        assertThat(nudged[1]).isCloseTo(dragged[1], org.assertj.core.data.Offset.offset(0.0001));
        assertThat(point.locator(".atlas-edit-point")).isFocused();
        // The page did not scroll and the map did not pan: the keys moved the point only.
        assertThat((Number) page.evaluate("() => window.scrollY")).isEqualTo(0);
    }

    @Test
    void a_route_gets_a_vertex_where_its_line_is_clicked_loses_one_by_its_button_or_delete_and_moves_one_by_drag() {
        open();
        Locator vertices = route.locator(".atlas-vertex");
        assertThat(vertices).hasCount(3);
        assertThat(vertices.nth(1)).hasAttribute("aria-label", "Waypoint 2 of 3: Second");
        assertThat(Integer.parseInt(route.getAttribute("data-context"))).as("other corridors, faint").isGreaterThan(5);

        // Halfway between the first two vertices, on the line: a vertex inserted there, as the second.
        BoundingBox a = vertices.nth(0).boundingBox();
        BoundingBox b = vertices.nth(1).boundingBox();
        page.mouse().click((a.x + b.x) / 2 + a.width / 2, (a.y + b.y) / 2 + a.height / 2);
        assertThat(vertices).hasCount(4);
        assertThat(page.locator("#route-heard")).containsText("INSERT 1 41.7000,44.8000 ");
        assertThat(heard("#route-heard")).hasSize(8);
        double[] inserted = heard("#route-heard");
        assertThat(inserted[2]).isBetween(40.2, 41.7);
        assertThat(vertices.nth(1)).hasAttribute("aria-label", "Waypoint 2 of 4");
        assertThat(vertices.nth(2)).hasAttribute("aria-label", "Waypoint 3 of 4: Second");

        // The last vertex dragged 50 px left (west).
        BoundingBox last = vertices.nth(3).boundingBox();
        double lx = last.x + last.width / 2;
        double ly = last.y + last.height / 2;
        page.mouse().move(lx, ly);
        page.mouse().down();
        page.mouse().move(lx - 25, ly, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
        page.mouse().move(lx - 50, ly, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
        page.mouse().up();
        assertThat(page.locator("#route-heard")).containsText("MOVE 3 ");
        double[] moved = heard("#route-heard");
        assertThat(moved[7]).isLessThan(41.3);

        // The inserted vertex removed with its popup's button.
        vertices.nth(1).click();
        Locator remove = route.locator(".atlas-vertex-remove");
        assertThat(remove).isVisible();
        assertThat(remove).isFocused();
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("GeometryEditorIT-vertex-popup.png")));
        remove.click();
        assertThat(vertices).hasCount(3);
        assertThat(page.locator("#route-heard")).containsText("REMOVE 1 41.7000,44.8000 40.2000,44.5000 ");

        // The keyboard way: Delete on a focused vertex removes it, the focus stays on the route.
        vertices.nth(0).focus();
        page.keyboard().press("Delete");
        assertThat(vertices).hasCount(2);
        assertThat(page.locator("#route-heard")).containsText("REMOVE 0 40.2000,44.5000 ");
        assertThat(vertices.nth(0)).isFocused();
    }

    @Test
    void the_editor_passes_an_accessibility_audit() throws IOException {
        open();
        assertThat(seriousViolations()).as("serious or critical axe violations").isEmpty();
    }

    /** The numbers the server printed after the change's name (and index): lat, lon, lat, lon, ... */
    private double[] heard(String selector) {
        String[] words = page.locator(selector).textContent().trim().split("[ ,]");
        return java.util.Arrays.stream(words).filter(w -> w.contains(".")).mapToDouble(Double::parseDouble).toArray();
    }
}
