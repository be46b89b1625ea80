package de.lagezentrum.platform.web;

import java.util.HashMap;
import java.util.Map;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import de.lagezentrum.browser.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keyboard use of the layout every page shares: the skip link comes first and leads into the
 * content, and every control of the header and main navigation is reachable with Tab and shows a
 * visible focus indicator.
 */
class KeyboardBrowserTests extends BrowserTest {

    private static final String HEADER_CONTROLS = "header a[href], header button, header input:not([type=hidden]), header select";

    /** Index of the focused header control, its outline and box shadow; index -1 outside the header. */
    private static final String FOCUSED = """
            selector => {
              const element = document.activeElement;
              const style = getComputedStyle(element);
              return {
                index: [...document.querySelectorAll(selector)].indexOf(element),
                inMain: element.closest('main') !== null,
                outline: style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth),
                shadow: style.boxShadow
              };
            }""";

    @BeforeEach
    void signInAndOpen() {
        signIn(sharedTenant().admin());
    }

    @Test
    void firstTabFocusesTheSkipLinkWhichLeadsToTheMainContent() {
        page.navigate("/admin/departments");

        page.keyboard().press("Tab");

        Locator skipLink = page.locator("a.skip-link");
        assertThat(skipLink).isFocused();
        assertThat(skipLink).hasText("Zum Inhalt springen");
        assertThat(skipLink).isInViewport();
        page.keyboard().press("Enter");
        assertThat(page.locator("main#main")).isFocused();
        page.keyboard().press("Tab");
        assertThat(page.locator("main a[href], main [tabindex='0'], main input").first()).isFocused();
    }

    @Test
    void everyHeaderAndNavigationControlIsReachableWithAVisibleFocusIndicator() {
        page.navigate("/");
        int controls = page.locator(HEADER_CONTROLS).count();
        assertThat(page.locator(".main-nav a").count()).as("main navigation links").isGreaterThan(1);
        Map<Integer, Map<?, ?>> reached = new HashMap<>();

        for (int i = 0; i < controls + 5; i++) {
            page.keyboard().press("Tab");
            Map<?, ?> focused = (Map<?, ?>) page.evaluate(FOCUSED, HEADER_CONTROLS);
            if (Boolean.TRUE.equals(focused.get("inMain"))) {
                break;
            }
            int index = ((Number) focused.get("index")).intValue();
            if (index >= 0) {
                reached.put(index, focused);
            }
        }

        assertThat(reached.keySet()).as("header controls reached with Tab").hasSize(controls);
        reached.forEach((index, style) -> assertThat(
                ((Number) style.get("outline")).doubleValue() > 0 || !"none".equals(style.get("shadow")))
                .as("visible focus indicator on %s", page.locator(HEADER_CONTROLS).nth(index).textContent().strip())
                .isTrue());
    }
}
