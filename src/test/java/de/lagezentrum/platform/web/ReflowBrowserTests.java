package de.lagezentrum.platform.web;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import de.lagezentrum.browser.BrowserTest;
import de.lagezentrum.organisation.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reflow (WCAG 1.4.10): at 320 CSS pixels, which is 1280 pixels zoomed to 400 %, no page scrolls
 * sideways. Tables may scroll inside their own focusable region, the page itself must not.
 */
class ReflowBrowserTests extends BrowserTest {

    /** The innermost elements sticking out of the window, for the failure message. */
    private static final String OVERFLOW = """
            () => {
              const width = document.documentElement.clientWidth;
              const overflows = element => !element.closest('.table-wrapper')
                  && (element.getBoundingClientRect().right > width + 1 || element.scrollWidth > element.clientWidth + 1);
              return [...document.querySelectorAll('body *')]
                  .filter(overflows)
                  .filter(element => ![...element.children].some(overflows))
                  .map(element => element.tagName.toLowerCase() + ' "' + element.textContent.trim().slice(0, 40) + '"');
            }""";

    @BeforeEach
    void narrowWindow() {
        page.setViewportSize(320, 640);
    }

    @Test
    void publicPagesReflow() {
        assertReflows(List.of("/login", "/login?error", "/barrierefreiheit", "/barrierefreiheit?lang=en"));
    }

    @Test
    void signedInPagesReflow() {
        signIn(sharedTenant(tenant -> tenant.user("Maximiliane Mustermann-Schnarrenberger", Role.EMPLOYEE)).admin());

        assertReflows(List.of("/", "/admin/departments", "/admin/people", "/admin/people/new", "/profile",
                "/admin/audit", "/admin/feedback", "/gibt-es-nicht", "/?lang=en", "/admin/audit?lang=en"));
    }

    private void assertReflows(List<String> paths) {
        for (String path : paths) {
            page.navigate(path);
            assertThat(page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("%s scrolls sideways at 320 px; too wide: %s", path, page.evaluate(OVERFLOW))
                    .isEqualTo(true);
        }
    }
}
