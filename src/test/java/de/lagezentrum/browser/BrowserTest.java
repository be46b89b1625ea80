package de.lagezentrum.browser;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.lagezentrum.IntegrationTest;
import de.lagezentrum.organisation.TestOrganisation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Base of the browser tests: the running application, a fresh browser context and page per test,
 * a login helper and the axe-core assertion. Every JavaScript dialog is recorded and dismissed, so a
 * test can prove that none appeared.
 */
@IntegrationTest
@ExtendWith(ScreenshotOnFailure.class)
abstract class BrowserTest {

    @LocalServerPort
    private int port;

    @Autowired
    protected TestOrganisation organisation;

    protected BrowserContext context;
    protected Page page;

    /** Messages of JavaScript dialogs (alert, confirm, prompt) the page opened. */
    protected final List<String> dialogs = new CopyOnWriteArrayList<>();

    @BeforeEach
    void openBrowser() {
        context = BrowserSupport.newContext(baseUrl(), javaScriptEnabled());
        page = context.newPage();
        page.onDialog(dialog -> {
            dialogs.add(dialog.type() + ": " + dialog.message());
            dialog.dismiss();
        });
    }

    @AfterEach
    void closeBrowser() {
        context.close();
    }

    /** Whether the pages run scripts; a subclass can test the pages without JavaScript. */
    protected boolean javaScriptEnabled() {
        return true;
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Signs in through the login form and waits until the application has let the user in. */
    protected void login(String username, String password) {
        page.navigate("/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("main form button[type=submit]").click();
        page.waitForURL(url -> !url.contains("/login"));
        assertThat(page.locator(".account__profile")).isVisible();
    }

    /** Fails with a readable report when axe-core finds any violation on the page as it is now. */
    protected void assertNoAxeViolations() {
        AxeScan.assertNoAxeViolations(page);
    }

    /** Presses Tab until the target has the focus (at most 30 times), as a keyboard user would. */
    protected void tabTo(Locator target) {
        for (int i = 0; i < 30 && !hasFocus(target); i++) {
            page.keyboard().press("Tab");
        }
        assertThat(target).isFocused();
    }

    protected static boolean hasFocus(Locator target) {
        return (Boolean) target.evaluate("element => element === document.activeElement");
    }

    Page page() {
        return page;
    }
}
