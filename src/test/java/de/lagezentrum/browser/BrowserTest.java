package de.lagezentrum.browser;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.lagezentrum.IntegrationTest;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.organisation.TestOrganisation.TestTenant;
import de.lagezentrum.platform.security.CurrentUser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Base of the browser tests: the running application, a fresh browser context and page per test,
 * sign-in helpers and the axe-core assertion. Every JavaScript dialog is recorded and dismissed, so a
 * test can prove that none appeared.
 *
 * <p>The tests of one class share a municipality ({@link #sharedTenant}) and, per account, the
 * session of one real login ({@link #signIn}); that keeps the suite fast while every test still
 * starts in a clean browser context.
 */
@IntegrationTest
@ExtendWith(ScreenshotOnFailure.class)
public abstract class BrowserTest {

    private static final Map<Class<?>, TestTenant> TENANTS = new ConcurrentHashMap<>();
    private static final Map<String, List<Cookie>> SESSIONS = new ConcurrentHashMap<>();

    private String baseUrl;

    protected TestOrganisation organisation;
    protected BrowserContext context;
    protected Page page;

    /** Messages of JavaScript dialogs (alert, confirm, prompt) the page opened. */
    protected final List<String> dialogs = new CopyOnWriteArrayList<>();

    @BeforeEach
    void openBrowser(@LocalServerPort int port, @Autowired TestOrganisation organisation) {
        this.baseUrl = "http://localhost:" + port;
        this.organisation = organisation;
        context = BrowserSupport.newContext(baseUrl, javaScriptEnabled());
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

    /** Whether pages run scripts; a subclass overrides this to prove that the pages work without. */
    protected boolean javaScriptEnabled() {
        return true;
    }

    protected String baseUrl() {
        return baseUrl;
    }

    /** The municipality of this test class, created and set up on first use. */
    protected TestTenant sharedTenant(Consumer<TestTenant> setUp) {
        return TENANTS.computeIfAbsent(getClass(), type -> {
            TestTenant tenant = organisation.newTenant(type.getSimpleName().replace("BrowserTests", "stadt"));
            setUp.accept(tenant);
            return tenant;
        });
    }

    protected TestTenant sharedTenant() {
        return sharedTenant(tenant -> { });
    }

    /**
     * Signs the user in: through the login form the first time, afterwards with the session cookie
     * of that login. Tests that sign out or change the password use {@link #login} with an own account.
     */
    protected void signIn(CurrentUser user) {
        List<Cookie> session = SESSIONS.get(user.username());
        if (session != null) {
            context.addCookies(session);
            return;
        }
        login(user.username(), TestOrganisation.PASSWORD);
        SESSIONS.put(user.username(), context.cookies());
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

    /**
     * Presses Tab until the target has the focus (at most 50 times: filter forms come first), as a keyboard
     * user would.
     */
    protected void tabTo(Locator target) {
        for (int i = 0; i < 50 && !hasFocus(target); i++) {
            page.keyboard().press("Tab");
        }
        assertThat(target).isFocused();
    }

    /**
     * Like {@link #tabTo}, with room for up to 200 presses: a live event's console has many sections, and a
     * page of several questions or posts with their steps.
     */
    protected void keyTo(Locator target) {
        for (int i = 0; i < 200 && !hasFocus(target); i++) {
            page.keyboard().press("Tab");
        }
        assertThat(target).isFocused();
    }

    /** The keyboard works in this page from now on (a test with two pages: a participant's and the team's). */
    protected void on(Page target) {
        page = target;
        page.bringToFront();
    }

    protected static boolean hasFocus(Locator target) {
        return (Boolean) target.evaluate("element => element === document.activeElement");
    }

    Page page() {
        return page;
    }
}
