package de.lagezentrum;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Small helpers for API v1 tests: obtaining a bearer token the way an integrator does. */
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
