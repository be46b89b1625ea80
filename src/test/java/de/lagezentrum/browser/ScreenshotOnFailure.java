package de.lagezentrum.browser;

import java.nio.file.Path;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Saves a full-page screenshot of a failed browser test next to the test data
 * ({@code <build dir>/browser-screenshots/<class>.<method>.png}), so a failure can be looked at.
 */
final class ScreenshotOnFailure implements AfterTestExecutionCallback {

    @Override
    public void afterTestExecution(ExtensionContext extension) {
        if (extension.getExecutionException().isEmpty()
                || !(extension.getTestInstance().orElse(null) instanceof BrowserTest test)) {
            return;
        }
        Page page = test.page();
        if (page == null || page.isClosed()) {
            return;
        }
        Path directory = Path.of(System.getProperty("lagezentrum.data-dir", "target/test-data"))
                .resolveSibling("browser-screenshots");
        String name = extension.getRequiredTestClass().getSimpleName() + "." + extension.getRequiredTestMethod().getName();
        page.screenshot(new Page.ScreenshotOptions().setPath(directory.resolve(name + ".png")).setFullPage(true));
    }
}
