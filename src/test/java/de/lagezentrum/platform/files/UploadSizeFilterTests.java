package de.lagezentrum.platform.files;

import java.util.List;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

import de.lagezentrum.platform.web.ProblemWriter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Upload bodies are measured by their declared length before anything reads them: declared upload paths
 * by their own limit, other multipart requests by the default, nothing beyond the ceiling.
 */
class UploadSizeFilterTests {

    private static final int KIB = 1024;

    private final UploadSizeFilter filter = new UploadSizeFilter(new UploadLimits(List.of(
            UploadLimit.of(HttpMethod.PUT, "/api/v1/briefings/{id}/recording", DataSize.ofKilobytes(100)),
            UploadLimit.of(HttpMethod.POST, "/briefings/{id}/material", DataSize.ofMegabytes(10))),
            512 * KIB, 10 * KIB), problems());

    @Test
    void aDeclaredUploadPathTakesItsOwnLimitAsRawBody() throws Exception {
        assertThat(passes(request("PUT", "/api/v1/briefings/42/recording", "audio/wav", 100 * KIB))).isTrue();

        MockHttpServletResponse refused = filter(request("PUT", "/api/v1/briefings/42/recording", "audio/wav", 101 * KIB));
        assertThat(refused.getStatus()).isEqualTo(413);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getContentAsString()).contains("\"type\":\"/problems/too-large\"");
        assertThat(refused.getHeader(HttpHeaders.CONNECTION)).isEqualTo("close");
        assertThat(refused.isCommitted()).as("answered before the body is read").isTrue();
    }

    @Test
    void aRawBodyOfUnknownLengthIsLeftToTheStoreWhichCountsWhileStreaming() throws Exception {
        assertThat(passes(request("PUT", "/api/v1/briefings/42/recording", "audio/wav", -1))).isTrue();
    }

    @Test
    void otherMultipartRequestsHaveTheDefaultLimit() throws Exception {
        assertThat(passes(request("POST", "/api/v1/departments", "multipart/form-data; boundary=x", 20 * KIB))).isTrue();
        assertThat(filter(request("POST", "/api/v1/departments", "multipart/form-data; boundary=x", 80 * KIB))
                .getStatus()).isEqualTo(413);
        assertThat(filter(request("PUT", "/api/v1/briefings/42/other", "Multipart/Form-Data; boundary=x", 80 * KIB))
                .getStatus()).isEqualTo(413);
    }

    @Test
    void noLimitGoesBeyondTheCeiling() throws Exception {
        assertThat(filter(request("POST", "/briefings/7/material", "multipart/form-data; boundary=x", 600 * KIB))
                .getStatus()).isEqualTo(413);
        assertThat(passes(request("POST", "/briefings/7/material", "multipart/form-data; boundary=x", 500 * KIB))).isTrue();
    }

    @Test
    void aMultipartBodyMustDeclareItsLength() throws Exception {
        MockHttpServletResponse refused = filter(request("POST", "/api/v1/departments", "multipart/form-data; boundary=x", -1));

        assertThat(refused.getStatus()).isEqualTo(411);
        assertThat(refused.getContentAsString()).contains("\"type\":\"/problems/length-required\"");
    }

    @Test
    void requestsThatAreNoUploadsAreLeftToTheirOwnLimits() throws Exception {
        assertThat(passes(request("POST", "/api/v1/departments", "application/json", 300 * KIB))).isTrue();
        assertThat(passes(request("POST", "/api/v1/briefings/42/recording", "audio/wav", 300 * KIB)))
                .as("another method than the declared one").isTrue();
    }

    @Test
    void aPageGetsTheErrorPageWhichDoesNotLookAtTheBody() throws Exception {
        MockHttpServletRequest request = request("POST", "/briefings/7/other", "multipart/form-data; boundary=x",
                100 * KIB);

        MockHttpServletResponse response = filter(request);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getForwardedUrl()).isEqualTo("/error");
        assertThat(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE)).isEqualTo(413);
        assertThat(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)).isEqualTo("/briefings/7/other");
    }

    private boolean passes(MockHttpServletRequest request) throws Exception {
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, new MockHttpServletResponse(), chain);
        return chain.getRequest() != null;
    }

    private MockHttpServletResponse filter(MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        assertThat(chain.getRequest()).as("the request went on").isNull();
        return response;
    }

    private static MockHttpServletRequest request(String method, String path, String contentType, int length) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setContentType(contentType);
        if (length >= 0) {
            request.setContent(new byte[length]);
        }
        return request;
    }

    static ProblemWriter problems() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/messages");
        messages.setDefaultEncoding("UTF-8");
        return new ProblemWriter(JsonMapper.builder().build(), messages);
    }
}
