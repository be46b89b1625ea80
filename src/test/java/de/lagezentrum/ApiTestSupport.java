package de.lagezentrum;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Small helpers for API v1 tests: a bearer token obtained the way an integrator does, calls and problems. */
public final class ApiTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiTestSupport() {
    }

    /** Issues a token via {@code POST /api/v1/tokens} and returns the {@code Authorization} header value. */
    public static String bearer(MockMvcTester mvc, String username, String password) {
        MvcTestResult result = mvc.post().uri("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
                .content(json("username", username, "password", password)).exchange();
        assertThat(result).hasStatus(201);
        return "Bearer " + read(result).get("token").asString();
    }

    /**
     * A call with a JSON body (or none) and one credential header, e.g. {@code Authorization} with a bearer
     * token or a live event's participant token; a null value sends no header. A stream that opens stays
     * open, so a {@code /stream} call does not wait for its end.
     */
    public static MvcTestResult call(MockMvcTester mvc, String header, @Nullable String value, String method,
            String uri, @Nullable String body) {
        var request = mvc.method(HttpMethod.valueOf(method)).uri(uri);
        if (value != null) {
            request.header(header, value);
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return uri.endsWith("/stream") ? request.asyncExchange() : request.exchange();
    }

    /** A 400 problem (RFC 9457) whose {@code errors} name the field, each with a message. */
    public static void assertField(MvcTestResult result, String field) {
        assertThat(result).hasStatus(400);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        JsonNode problem = read(result);
        assertThat(problem.get("errors").valueStream().map(error -> error.get("field").asString())).contains(field);
        assertThat(problem.get("errors").valueStream().map(error -> error.get("message").asString()))
                .allMatch(message -> !message.isBlank());
    }

    /** The JSON body of a result. */
    public static JsonNode read(MvcTestResult result) {
        return JSON.readTree(result.getResponse().getContentAsByteArray());
    }

    /** A flat JSON object from alternating names and string values. */
    public static String json(String... namesAndValues) {
        var node = JSON.createObjectNode();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            node.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return node.toString();
    }
}
