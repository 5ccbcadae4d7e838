package org.influenceatlas.browser;

import org.influenceatlas.account.Role;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Signing in through the login form as a person does, and out again, from the account menu. */
class SignInIT extends BrowserTestBase {

    @Test
    void an_editor_signs_in_through_the_form_sees_the_authoring_links_and_signs_out() {
        page.navigate(url("/briefings"));
        assertThat(page.locator("#sign-in")).isVisible();
        assertThat(page.locator("#new-briefing")).isHidden();
        signInAs("it-editor", Role.EDITOR);
        page.navigate(url("/briefings"));
        assertThat(page.locator("#signed-in-as")).containsText("it-editor (editor)");
        assertThat(page.locator("#new-briefing")).isVisible();
        page.locator("#sign-out").click();
        page.waitForURL(u -> !u.contains("/briefings"));
        page.navigate(url("/briefings"));
        assertThat(page.locator("#sign-in")).isVisible();
    }
}
