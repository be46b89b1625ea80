package de.lagezentrum.platform.security;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

import de.lagezentrum.platform.files.UploadLimit;
import de.lagezentrum.platform.files.UploadLimits;
import de.lagezentrum.platform.web.ProblemWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** JSON bodies stay below 1 MiB; a path a module declared as upload is measured by its own limit instead. */
class RequestSizeLimitFilterTests {

    private final RequestSizeLimitFilter filter = new RequestSizeLimitFilter(
            new ProblemWriter(JsonMapper.builder().build(), new StaticMessageSource()),
            new UploadLimits(List.of(UploadLimit.of(HttpMethod.PUT, "/api/v1/briefings/{id}/recording",
                    DataSize.ofGigabytes(2))), DataSize.ofGigabytes(2).toBytes(), DataSize.ofMegabytes(10).toBytes()));

    @Test
    void aLargeBodyToADeclaredUploadPathPassesAndAnyOtherIs413() throws Exception {
        assertThat(status("PUT", "/api/v1/briefings/7/recording")).isEqualTo(200);
        assertThat(status("PUT", "/api/v1/briefings/7/minutes")).isEqualTo(413);
        assertThat(status("POST", "/api/v1/briefings/7/recording")).isEqualTo(413);
    }

    private int status(String method, String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setContentType("audio/wav");
        request.setContent(new byte[(int) RequestSizeLimitFilter.MAX_JSON_BYTES + 1]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response.getStatus();
    }
}
