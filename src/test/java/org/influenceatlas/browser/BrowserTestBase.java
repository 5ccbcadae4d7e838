package org.influenceatlas.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real-browser tests: the app on a random port with the bundled dataset, Debian's chromium
 * driven by Playwright (no browser download), one browser per class and a fresh context per
 * test. Console errors and page errors fail the test; a screenshot of each test is kept under
 * target/screenshots. Without a chromium the tests are skipped with a message; CI installs it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class BrowserTestBase {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    protected org.springframework.context.ApplicationContext spring;

    protected BrowserContext context;
    protected Page page;
    private final List<String> consoleErrors = new ArrayList<>();

    @BeforeAll
    static void launchBrowser() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                "Browser tests skipped: no chromium at " + CHROMIUM + " (apt-get install chromium, or set CHROMIUM)");
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                // Without these, chromium keeps calling home and the closed network refuses it.
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openContext() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
        page = context.newPage();
        page.setDefaultTimeout(30_000);
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                consoleErrors.add(m.text());
            }
        });
        page.onPageError(e -> consoleErrors.add("page error: " + e));
        // The default experience must not touch the internet: any request off this machine fails the test.
        page.route(url -> !url.startsWith("http://localhost:" + port), route -> {
            consoleErrors.add("request off the machine: " + route.request().url());
            route.abort();
        });
    }

    @AfterEach
    void screenshotAndClose(TestInfo info) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        String name = getClass().getSimpleName() + "-" + info.getTestMethod().map(m -> m.getName()).orElse("test");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
        context.close();
        assertThat(consoleErrors).as("console errors").isEmpty();
    }

    protected String url(String pathAndQuery) {
        return "http://localhost:" + port + pathAndQuery;
    }

    /** Opens the explorer and waits until the map has drawn the base map and its layers. */
    protected void openMap(String query) {
        page.navigate(url("/" + query));
        page.waitForSelector("atlas-map[data-ready=true]");
        page.waitForFunction("() => performance.getEntriesByName('map-rendered').length > 0");
    }

    /** The password of every account {@link #signInAs} creates. */
    protected static final String PASSWORD = "correct horse battery staple";

    /**
     * Creates the account if needed and signs in through the login form, as a person would;
     * returns on the page the sign-in leads to.
     */
    protected void signInAs(String username, org.influenceatlas.account.Role role) {
        signInAs(page, username, role);
    }

    /** As {@link #signInAs(String, org.influenceatlas.account.Role)}, in another browser page (a second person). */
    protected void signInAs(Page in, String username, org.influenceatlas.account.Role role) {
        org.influenceatlas.account.SignIn.account(spring.getBean(org.influenceatlas.account.Accounts.class), username, role, PASSWORD);
        in.navigate(url("/login"));
        in.locator("vaadin-login-form input[name=username]").fill(username);
        in.locator("vaadin-login-form input[name=password]").fill(PASSWORD);
        in.locator("vaadin-login-form vaadin-button[slot=submit], vaadin-login-form vaadin-button[theme~=submit]").first().click();
        in.waitForURL(u -> !u.contains("/login"));
    }

    /** An editor's API token, for tests that write through the API. */
    protected String editorToken() {
        return org.influenceatlas.account.SignIn.token(spring, "browser-editor", org.influenceatlas.account.Role.EDITOR);
    }

    protected String mapData(String key) {
        return page.locator("atlas-map").getAttribute("data-" + key);
    }

    /** The axe-core audit of the page as it is now: its serious and critical violations (none is the aim). */
    @SuppressWarnings("unchecked")
    protected List<Map<String, Object>> seriousViolations() throws java.io.IOException {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof axe !== 'undefined'"))) {
            page.evaluate(axeSource());
        }
        return (List<Map<String, Object>>) page.evaluate(
                "async () => (await axe.run(document, { resultTypes: ['violations'] })).violations"
                        + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                        + ".map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')) }))");
    }

    private static String axeSource() throws java.io.IOException {
        try (java.io.InputStream in = BrowserTestBase.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
