package de.lagezentrum.browser;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * One Playwright driver and one headless Chromium per test JVM, shared by every browser test and
 * closed by a shutdown hook. Each test gets its own {@link BrowserContext} (cookies, storage), so
 * tests stay independent while the expensive browser start happens once.
 *
 * <p>The browser is the operating system's Chromium ({@code /usr/bin/chromium}, or the system
 * property {@code lagezentrum.chromium}); Playwright is never allowed to download one.
 */
public final class BrowserSupport {

    private static final Path CHROMIUM = Path.of(System.getProperty("lagezentrum.chromium", "/usr/bin/chromium"));
    private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

    private static Playwright playwright;
    private static Browser browser;

    private BrowserSupport() {
    }

    /** A fresh, isolated browser context whose relative URLs resolve against {@code baseUrl}. */
    public static BrowserContext newContext(String baseUrl, boolean javaScriptEnabled) {
        BrowserContext context = browser().newContext(new Browser.NewContextOptions()
                .setBaseURL(baseUrl)
                .setLocale("de-DE")
                .setViewportSize(1280, 900)
                .setJavaScriptEnabled(javaScriptEnabled));
        context.setDefaultTimeout(10_000);
        context.setDefaultNavigationTimeout(15_000);
        return context;
    }

    private static synchronized Browser browser() {
        if (browser == null) {
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(CHROMIUM_ARGS));
            Runtime.getRuntime().addShutdownHook(new Thread(BrowserSupport::close, "playwright-shutdown"));
        }
        return browser;
    }

    private static synchronized void close() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }
}
