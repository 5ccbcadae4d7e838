package org.influenceatlas.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.influenceatlas.account.Role;
import org.influenceatlas.presence.MilitaryPresence;
import org.influenceatlas.presence.PresenceService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13's flow in a real browser: an editor signs in and changes a base's name; a reader keeps
 * seeing the published name while the change waits; a reviewer signs in, sees the change field by
 * field in the queue and approves it; then the reader sees the new name. Screenshots of each step
 * go to target/screenshots. The context is dropped afterwards: the rename must not reach other tests.
 */
@DirtiesContext
class ReviewFlowIT extends BrowserTestBase {

    @Autowired
    PresenceService presences;

    @Test
    void a_reader_sees_the_old_value_until_a_reviewer_approves_the_editors_change_and_the_new_one_after() {
        MilitaryPresence base = presences.all().get(0);
        String renamed = base.name() + " (renamed in review test)";

        // The editor: sign in, open the base's form, change its name, send it with a note.
        signInAs(page, "ed-flow", Role.EDITOR);
        page.navigate(url("/edit/presence/" + base.id()));
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(renamed);
        page.locator("#edit-save").click();
        page.getByLabel("Why (a short note for the reviewer)").fill("Name as the ministry's statement gives it");
        page.getByText("Submit for review").click();
        assertThat(page.locator("#edit-messages")).containsText("Sent for review");
        shot(page, "1-editor-sent");

        // A reader (no account) still sees the published name on the map and in the API.
        try (BrowserContext readerContext = page.context().browser().newContext()) {
            Page reader = readerContext.newPage();
            reader.navigate(url("/?select=military-presence:" + base.id()));
            assertThat(reader.locator("#details-title")).hasText(base.name());
            shot(reader, "2-reader-before-approval");
            assertThat(presences.find(base.id()).orElseThrow().name()).isEqualTo(base.name());

            // The reviewer: the queue shows the change field by field; approve it.
            try (BrowserContext reviewerContext = page.context().browser().newContext()) {
                Page reviewer = reviewerContext.newPage();
                signInAs(reviewer, "rita-flow", Role.REVIEWER);
                reviewer.navigate(url("/review"));
                assertThat(reviewer.locator(".proposal").first()).containsText("ed-flow");
                assertThat(reviewer.locator(".proposal").first()).containsText(renamed);
                shot(reviewer, "3-review-queue");
                reviewer.locator(".proposal").first().getByText("Approve and publish").click();
                assertThat(reviewer.getByText("Published proposal #")).isVisible();
                shot(reviewer, "4-reviewer-published");
            }

            // The reader now sees the new name.
            reader.navigate(url("/?select=military-presence:" + base.id()));
            assertThat(reader.locator("#details-title")).hasText(renamed);
            shot(reader, "5-reader-after-approval");
        }
        assertThat(presences.find(base.id()).orElseThrow().name()).isEqualTo(renamed);
    }

    private static void shot(Page p, String step) {
        p.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "ReviewFlowIT-" + step + ".png")));
    }
}
