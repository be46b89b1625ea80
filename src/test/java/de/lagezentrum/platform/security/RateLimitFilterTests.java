package de.lagezentrum.platform.security;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import de.lagezentrum.platform.web.ProblemWriter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Public endpoints allow a number of requests per minute and client address, then answer 429. */
class RateLimitFilterTests {

    final RateLimitFilter filter = new RateLimitFilter(
            List.of(new PublicEndpoint(HttpMethod.POST, "/api/v1/tokens"),
                    new PublicEndpoint(HttpMethod.POST, "/barrierefreiheit/feedback"),
                    new PublicEndpoint(HttpMethod.POST, "/api/v1/join", 6),
                    PublicEndpoint.ownLimit(HttpMethod.POST, "/api/v1/polls/*/votes")),
            3, new ProblemWriter(JsonMapper.builder().build(), new StaticMessageSource()));

    @Test
    void limitsEachAddressSeparately() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(send("POST", "/api/v1/tokens", "10.0.0.1").getStatus()).isEqualTo(200);
        }

        MockHttpServletResponse limited = send("POST", "/api/v1/tokens", "10.0.0.1");

        assertThat(limited.getStatus()).isEqualTo(429);
        assertThat(limited.getHeader("Retry-After")).isNotBlank();
        assertThat(limited.getContentType()).startsWith("application/problem+json");
        assertThat(limited.getContentAsString()).contains("\"type\":\"/problems/rate-limited\"");
        assertThat(send("POST", "/api/v1/tokens", "10.0.0.2").getStatus()).isEqualTo(200);
    }

    @Test
    void pagesGetTheErrorPageAndOtherEndpointsAreNotLimited() throws Exception {
        for (int i = 0; i < 3; i++) {
            send("POST", "/barrierefreiheit/feedback", "10.0.0.3");
        }

        assertThat(send("POST", "/barrierefreiheit/feedback", "10.0.0.3").getStatus()).isEqualTo(429);
        assertThat(send("GET", "/barrierefreiheit", "10.0.0.3").getStatus()).isEqualTo(200);
        assertThat(send("POST", "/api/v1/departments", "10.0.0.3").getStatus()).isEqualTo(200);
    }

    @Test
    void anEndpointMayHaveItsOwnLimitPerAddressOrNoneAtAll() throws Exception {
        for (int i = 0; i < 6; i++) {
            assertThat(send("POST", "/api/v1/join", "10.0.0.4").getStatus()).isEqualTo(200);
        }
        assertThat(send("POST", "/api/v1/join", "10.0.0.4").getStatus()).isEqualTo(429);
        // Limited per participant by the module, not per address: a hall behind one proxy votes freely.
        for (int i = 0; i < 50; i++) {
            assertThat(send("POST", "/api/v1/polls/1/votes", "10.0.0.4").getStatus()).isEqualTo(200);
        }
    }

    @Test
    void aLimitBelowOwnIsRefused() {
        assertThatThrownBy(() -> new PublicEndpoint(HttpMethod.GET, "/x", -2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private MockHttpServletResponse send(String method, String uri, String address) throws Exception {
        var request = new MockHttpServletRequest(method, uri);
        request.setRemoteAddr(address);
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
