package de.lagezentrum.platform.security;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The server's copies of public pages, on a page whose content the test changes: a change that is
 * announced reaches the next reader at once, a reader with the old ETag gets the new page, and nothing
 * personal is kept or served.
 */
class PublicPageCopiesTests {

    private final AtomicReference<String> content = new AtomicReference<>("Pegel 4,20 m");
    private final AtomicInteger renders = new AtomicInteger();
    private final PublicPageCopies copies = new PublicPageCopies(Duration.ofMinutes(10), 100, new SimpleMeterRegistry());
    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Page())
            .addFilters(new PublicPageFilter(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/lage/**"),
                    copies))
            .build();

    @RestController
    class Page {

        @GetMapping("/lage/pegel")
        String level(HttpServletResponse response) {
            renders.incrementAndGet();
            if (content.get().contains("Cookie")) {
                response.addCookie(new Cookie("persoenlich", "1"));
            }
            return content.get();
        }
    }

    @Test
    void aCopyAnswersUntilTheChangeIsAnnouncedThenTheOldEtagGetsTheNewPage() throws Exception {
        MockHttpServletResponse first = read(null);
        String etag = first.getHeader(HttpHeaders.ETAG);
        assertThat(read(null).getContentAsString()).isEqualTo("Pegel 4,20 m");
        assertThat(read(etag).getStatus()).isEqualTo(304);
        assertThat(renders).hasValue(1);

        content.set("Pegel 4,55 m");
        copies.changed(new PublicPageChanged("/presse/**"));
        assertThat(read(null).getContentAsString()).isEqualTo("Pegel 4,20 m");
        copies.changed(new PublicPageChanged("/lage/**"));

        MockHttpServletResponse changed = read(etag);
        assertThat(changed.getStatus()).isEqualTo(200);
        assertThat(changed.getContentAsString()).isEqualTo("Pegel 4,55 m");
        assertThat(changed.getHeader(HttpHeaders.ETAG)).isNotEqualTo(etag);
        assertThat(read(changed.getHeader(HttpHeaders.ETAG)).getStatus()).isEqualTo(304);
        assertThat(renders).hasValue(2);
    }

    @Test
    void eachLanguageHasItsOwnCopy() throws Exception {
        read(null);
        content.set("Level 4.20 m");
        MockHttpServletResponse english = mvc.perform(get("/lage/pegel").cookie(new Cookie("LAGEZENTRUM_LANG", "en")))
                .andReturn().getResponse();

        assertThat(english.getContentAsString()).isEqualTo("Level 4.20 m");
        assertThat(read(null).getContentAsString()).isEqualTo("Pegel 4,20 m");
        assertThat(renders).hasValue(2);
    }

    @Test
    void aCredentialedRequestOrAnAnswerWithACookieIsNeverKept() throws Exception {
        mvc.perform(get("/lage/pegel").header(HttpHeaders.AUTHORIZATION, "Bearer lz_x")).andReturn();
        read(null);
        assertThat(renders).hasValue(2);
        // Nor is the anonymous copy given to the credentialed request.
        mvc.perform(get("/lage/pegel").header(HttpHeaders.AUTHORIZATION, "Bearer lz_x")).andReturn();
        assertThat(renders).hasValue(3);

        content.set("mit Cookie");
        copies.changed(new PublicPageChanged("/**"));
        MockHttpServletResponse personal = read(null);
        assertThat(personal.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
        read(null);
        assertThat(renders).hasValue(5);
    }

    @Test
    void parametersMakeTheirOwnCopyInWhateverOrder() throws Exception {
        MockHttpServletResponse plain = read(null);
        content.set("Pegel 4,20 m, Station Nord");
        String withStation = mvc.perform(get("/lage/pegel").queryParam("station", "nord").queryParam("tag", "1"))
                .andReturn().getResponse().getContentAsString();
        String reordered = mvc.perform(get("/lage/pegel").queryParam("tag", "1").queryParam("station", "nord"))
                .andReturn().getResponse().getContentAsString();
        content.set("vergiftet");
        // One value holding "&" is not the two parameters it looks like once joined.
        mvc.perform(get("/lage/pegel").queryParam("station", "nord&tag=1"));

        assertThat(withStation).isEqualTo("Pegel 4,20 m, Station Nord").isEqualTo(reordered);
        assertThat(read(null).getContentAsString()).isEqualTo(plain.getContentAsString());
        assertThat(mvc.perform(get("/lage/pegel").queryParam("station", "nord").queryParam("tag", "1"))
                .andReturn().getResponse().getContentAsString()).isEqualTo("Pegel 4,20 m, Station Nord");
        assertThat(renders).hasValue(3);
    }

    @Test
    void aCopyExpires() throws Exception {
        PublicPageCopies shortLived = new PublicPageCopies(Duration.ZERO, 100, new SimpleMeterRegistry());
        MockMvc page = MockMvcBuilders.standaloneSetup(new Page())
                .addFilters(new PublicPageFilter(PathPatternRequestMatcher.withDefaults()
                        .matcher(HttpMethod.GET, "/lage/**"), shortLived))
                .build();

        page.perform(get("/lage/pegel"));
        page.perform(get("/lage/pegel"));

        assertThat(renders).hasValue(2);
    }

    private MockHttpServletResponse read(String ifNoneMatch) throws Exception {
        var request = get("/lage/pegel");
        if (ifNoneMatch != null) {
            request.header(HttpHeaders.IF_NONE_MATCH, ifNoneMatch);
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
