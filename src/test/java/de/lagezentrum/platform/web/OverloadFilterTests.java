package de.lagezentrum.platform.web;

import java.sql.SQLTransientConnectionException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A request whose browser session could not even be loaded for want of a database connection answers 503
 * with Retry-After by itself (before, the error page needed the session too and the container sent a bare 500).
 */
class OverloadFilterTests {

    private static final FilterChain SESSION_CANNOT_LOAD = (request, response) -> {
        throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                new SQLTransientConnectionException("lagezentrum - Connection is not available, request timed out"));
    };

    private final OverloadFilter filter;

    OverloadFilterTests() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        filter = new OverloadFilter(new ProblemWriter(JsonMapper.builder().build(), messages), messages);
    }

    @Test
    void aPageAnswers503WithAPlainPageInTheUsersLanguage() throws Exception {
        MockHttpServletResponse german = run(new MockHttpServletRequest("GET", "/tasks"));
        assertThat(german.getStatus()).isEqualTo(503);
        assertThat(german.getHeader("Retry-After")).isEqualTo("5");
        assertThat(german.getContentType()).startsWith("text/html");
        assertThat(german.getContentAsString()).contains("<html lang=\"de\"", "<h1>Gerade stark ausgelastet</h1>")
                .doesNotContain("Exception", "Connection");

        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/tasks");
        request.setCookies(new Cookie(WebConfiguration.LANGUAGE_COOKIE, "en"));
        assertThat(run(request).getContentAsString()).contains("<html lang=\"en\"").doesNotContain("ausgelastet");
    }

    @Test
    void theApiAnswersAProblem() throws Exception {
        MockHttpServletResponse response = run(new MockHttpServletRequest("GET", "/api/v1/me"));
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"status\":503", "/problems/unavailable")
                .doesNotContain("Connection is not available");
    }

    @Test
    void otherFailuresAndAnAnswerAlreadyBegunAreLeftToTheContainer() {
        FilterChain broken = (request, response) -> {
            throw new IllegalStateException("a bug");
        };
        assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/tasks"),
                new MockHttpServletResponse(), broken)).hasMessage("a bug");

        MockHttpServletResponse committed = new MockHttpServletResponse();
        FilterChain lateFailure = (request, response) -> {
            response.getWriter().write("<!DOCTYPE html>");
            response.flushBuffer();
            SESSION_CANNOT_LOAD.doFilter(request, response);
        };
        assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/tasks"), committed, lateFailure))
                .isInstanceOf(CannotGetJdbcConnectionException.class);
    }

    private MockHttpServletResponse run(MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, SESSION_CANNOT_LOAD);
        return response;
    }
}
