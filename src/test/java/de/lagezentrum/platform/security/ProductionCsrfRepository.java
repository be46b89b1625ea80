package de.lagezentrum.platform.security;

import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;
import org.springframework.web.context.WebApplicationContext;

/**
 * Puts the production CSRF token repository (the cookie, {@link PublicPages#csrfTokenRepository()})
 * back into the pages' security chain after every test. spring-security-test's {@code csrf()} replaces
 * it with a session-backed one for the whole shared context the first time a test uses it; without
 * this, every later test in the JVM, the browser tests included, would exercise that one instead of
 * what production runs. The next {@code csrf()} wraps the chain's repository again, for its request.
 */
public class ProductionCsrfRepository implements TestExecutionListener {

    @Override
    public void afterTestMethod(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        ApplicationContext context = testContext.getApplicationContext();
        if (context instanceof WebApplicationContext web && web.getServletContext() != null
                && context.containsBean("springSecurityFilterChain")) {
            WebTestUtils.setCsrfTokenRepository(new MockHttpServletRequest(web.getServletContext(), "GET", "/login"),
                    PublicPages.csrfTokenRepository());
        }
    }
}
