package de.lagezentrum.platform.web;

import java.sql.SQLTransientConnectionException;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request that fails because PostgreSQL is away (a connection that broke, one refused) is a 503 problem
 * that asks to send it again, not a 500; one that found no free connection in the pool stays "very busy"; what
 * is not ready yet (the first start creating the first municipality) asks to come again too.
 */
class DatabaseUnavailableProblemTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MockMvcTester mvc;

    DatabaseUnavailableProblemTests() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        mvc = MockMvcTester.create(org.springframework.test.web.servlet.setup.MockMvcBuilders
                .standaloneSetup(new Failing()).setControllerAdvice(new ApiProblemHandler(messages)).build());
    }

    @Test
    void aConnectionThatBrokeOrWasRefusedIsA503ProblemToSendAgain() throws Exception {
        for (String uri : new String[] {"/api/v1/broken", "/api/v1/refused"}) {
            MvcTestResult result = mvc.get().uri(uri).header("Accept-Language", "de").exchange();
            assertThat(result).hasStatus(503);
            assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
            assertThat(result.getResponse().getHeader("Retry-After")).isEqualTo("5");
            var problem = JSON.readTree(result.getResponse().getContentAsString());
            assertThat(problem.get("type").asString()).isEqualTo("/problems/database-unavailable");
            assertThat(problem.get("title").asString()).isEqualTo("Datenbank vorübergehend nicht erreichbar");
            assertThat(result.getResponse().getContentAsString()).doesNotContain("Exception", "I/O error", "\tat ");
        }
    }

    @Test
    void noFreeConnectionInThePoolStaysVeryBusy() throws Exception {
        MvcTestResult result = mvc.get().uri("/api/v1/busy").exchange();
        assertThat(result).hasStatus(503);
        assertThat(result.getResponse().getHeader("Retry-After")).isEqualTo("5");
        assertThat(JSON.readTree(result.getResponse().getContentAsString()).get("type").asString())
                .isEqualTo("/problems/unavailable");
    }

    @Test
    void whatIsNotReadyYetIsA503ToSendAgainOnApiAndPages() throws Exception {
        MvcTestResult result = mvc.get().uri("/api/v1/starting").header("Accept-Language", "de").exchange();
        assertThat(result).hasStatus(503);
        assertThat(result.getResponse().getHeader("Retry-After")).isEqualTo("5");
        assertThat(result.getResponse().getContentAsString()).doesNotContain("municipality", "Exception");

        // A page's failure reaches the error page through the container, with the exception as attribute.
        var forwarded = new MockHttpServletRequest("GET", "/error");
        forwarded.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 500);
        forwarded.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException(
                "Request processing failed", new NotReadyException("No municipality yet")));
        assertThat(ErrorPageController.status(forwarded)).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        forwarded.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("broken"));
        assertThat(ErrorPageController.status(forwarded)).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    }

    @RestController
    static class Failing {

        @GetMapping("/api/v1/starting")
        String starting() {
            throw new NotReadyException("No municipality yet: the first start is still creating it");
        }

        @GetMapping("/api/v1/broken")
        String broken() {
            throw new DataAccessResourceFailureException("An I/O error occurred while sending to the backend.");
        }

        @GetMapping("/api/v1/refused")
        String refused() {
            throw new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
                    new java.sql.SQLNonTransientConnectionException("Connection to localhost:5432 refused."));
        }

        @GetMapping("/api/v1/busy")
        String busy() {
            throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                    new SQLTransientConnectionException("Connection is not available, request timed out after 30000ms"));
        }
    }
}
