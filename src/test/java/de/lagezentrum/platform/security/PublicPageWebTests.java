package de.lagezentrum.platform.security;

import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.lagezentrum.Administrator;
import de.lagezentrum.IntegrationTest;
import de.lagezentrum.WebTestSupport;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.organisation.TestOrganisation.TestTenant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Public pages carry a rush without writing to the database: no session and no cookie for a reader,
 * an ETag and {@code Cache-Control: public} so caches serve them; signed-in users and forms stay as
 * they were, with the CSRF token in a cookie instead of the session.
 */
@IntegrationTest
class PublicPageWebTests {

    private static final String PAGE = "/barrierefreiheit";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisation organisation;

    @Autowired
    @Administrator
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void aFloodOfAnonymousReadsLeavesTheSessionTableAsItWas() {
        long start = System.currentTimeMillis();
        long before = sessions();

        for (int i = 0; i < 10_000; i++) {
            MockHttpServletResponse response = mvc.get().uri(PAGE).exchange().getResponse();
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getHeaders(HttpHeaders.SET_COOKIE)).isEmpty();
        }

        assertThat(sessions()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM platform.spring_session WHERE creation_time >= ? "
                + "OR last_access_time >= ?").param(start).param(start).query(Long.class).single()).isZero();
    }

    @Test
    void theAnonymousPageIsSharedCacheableAndCarriesNoToken() throws Exception {
        MockHttpServletResponse response = mvc.get().uri(PAGE).exchange().getResponse();

        assertThat(response.getHeader(HttpHeaders.ETAG)).matches("\"[0-9a-f]{33}\"");
        assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("max-age=60, public");
        assertThat(response.getHeaders(HttpHeaders.VARY)).contains(HttpHeaders.COOKIE);
        assertThat(response.getHeader(HttpHeaders.PRAGMA)).isNull();
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select("meta[name=csrf-token], input[name=_csrf]")).isEmpty();
        assertThat(page.select("form[action=/barrierefreiheit/feedback]")).hasSize(1);
        // Same page for every reader: the second answer is the same bytes.
        assertThat(mvc.get().uri(PAGE).exchange().getResponse().getHeader(HttpHeaders.ETAG))
                .isEqualTo(response.getHeader(HttpHeaders.ETAG));
    }

    @Test
    void aCurrentEtagGets304AndAStaleOneTheNewPage() throws Exception {
        String german = mvc.get().uri(PAGE).exchange().getResponse().getHeader(HttpHeaders.ETAG);

        MockHttpServletResponse notModified = mvc.get().uri(PAGE).header(HttpHeaders.IF_NONE_MATCH, german)
                .exchange().getResponse();
        assertThat(notModified.getStatus()).isEqualTo(304);
        assertThat(notModified.getContentLength()).isZero();
        assertThat(notModified.getHeader(HttpHeaders.ETAG)).isEqualTo(german);
        assertThat(notModified.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("max-age=60, public");

        // The reader has switched to English since: the page they hold is stale, they get the new one.
        MockHttpServletResponse english = mvc.get().uri(PAGE).cookie(new Cookie("LAGEZENTRUM_LANG", "en"))
                .header(HttpHeaders.IF_NONE_MATCH, german).exchange().getResponse();
        assertThat(english.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(english.getContentAsString()).selectFirst("h1").text())
                .isEqualTo("Accessibility statement");
        assertThat(english.getHeader(HttpHeaders.ETAG)).isNotEqualTo(german);
        assertThat(mvc.get().uri(PAGE).header(HttpHeaders.IF_NONE_MATCH, "\"0-veraltet\"")).hasStatusOk()
                .bodyText().contains("Erklärung zur Barrierefreiheit");
    }

    @Test
    void theLanguageSwitchSetsACookieAndIsNotShared() {
        MockHttpServletResponse response = mvc.get().uri(PAGE + "?lang=en").exchange().getResponse();

        assertThat(response.getCookie("LAGEZENTRUM_LANG")).isNotNull();
        assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
        assertThat(response.getHeader(HttpHeaders.ETAG)).isNull();
    }

    @Test
    void aSignedInReaderGetsTheirOwnUncachedPageWithAToken() throws Exception {
        TestTenant tenant = organisation.newTenant("Cachestadt " + UUID.randomUUID());
        Cookie session = WebTestSupport.login(mvc, tenant.admin().username(), TestOrganisation.PASSWORD);

        MockHttpServletResponse response = mvc.get().uri(PAGE).cookie(session).exchange().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store").doesNotContain("public");
        assertThat(response.getHeaders(HttpHeaders.VARY)).contains(HttpHeaders.COOKIE);
        assertThat(response.getHeader(HttpHeaders.ETAG)).isNull();
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select(".account__profile").text()).contains(tenant.admin().displayName());
        assertThat(page.select("meta[name=csrf-token]")).hasSize(1);
        assertThat(page.select("form[action=/barrierefreiheit/feedback] input[name=_csrf]")).hasSize(1);
    }

    @Test
    void anonymousFeedbackNeedsNoToken() {
        String text = "Anonym gemeldete Barriere " + UUID.randomUUID();

        MvcTestResult sent = mvc.post().uri("/barrierefreiheit/feedback").param("message", text).exchange();

        assertThat(sent).hasStatus3xxRedirection().redirectedUrl().isEqualTo(PAGE + "?sent#feedback-sent");
        assertThat(sent.getResponse().getHeaders(HttpHeaders.SET_COOKIE)).isEmpty();
        assertThat(feedbackWith(text)).isOne();
        assertThat(mvc.get().uri(PAGE).param("sent", "")).hasStatusOk().bodyText().contains("id=\"feedback-sent\"");
    }

    @Test
    void theLoginPageCreatesNoSessionAndItsCookieTokenSignsInHtmxAndFormsCarryIt() {
        long start = System.currentTimeMillis();
        TestTenant tenant = organisation.newTenant("Formstadt " + UUID.randomUUID());
        // MockMvc's security support hands the request whatever user this thread's security context holds
        // (TestSecurityContextHolder falls back to SecurityContextHolder), left by an earlier request or
        // test on this thread; a reader has none.
        TestSecurityContextHolder.clearContext();
        SecurityContextHolder.clearContext();
        // Its csrf() also swaps the chain's CSRF token repository for one in the session; ProductionCsrfRepository
        // puts the production one back after every test.

        MockHttpServletResponse loginPage = mvc.get().uri("/login").exchange().getResponse();

        assertThat(loginPage.getStatus()).isEqualTo(200);
        assertThat(loginPage.getCookie(WebTestSupport.SESSION_COOKIE)).isNull();
        assertThat(jdbc.sql("SELECT count(*) FROM platform.spring_session WHERE creation_time >= ?").param(start)
                .query(Long.class).single()).isZero();
        Cookie csrf = loginPage.getCookie(PublicPages.CSRF_COOKIE);
        assertThat(csrf).isNotNull();
        assertThat(csrf.isHttpOnly()).isTrue();
        String token = hiddenToken(loginPage);

        MvcTestResult signedIn = mvc.post().uri("/login").cookie(csrf).param("_csrf", token)
                .param("username", tenant.admin().username()).param("password", TestOrganisation.PASSWORD).exchange();
        assertThat(signedIn).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/");
        Cookie session = signedIn.getResponse().getCookie(WebTestSupport.SESSION_COOKIE);
        assertThat(session).isNotNull();

        // The signed-in page has a token of its own; htmx sends it from the meta tags as a header.
        MockHttpServletResponse home = mvc.get().uri("/").cookie(session).exchange().getResponse();
        Cookie signedInCsrf = home.getCookie(PublicPages.CSRF_COOKIE);
        Document page = Jsoup.parse(contentOf(home));
        String header = page.selectFirst("meta[name=csrf-header]").attr("content");
        String metaToken = page.selectFirst("meta[name=csrf-token]").attr("content");
        assertThat(mvc.post().uri("/session/keep-alive").cookie(session, signedInCsrf).header("HX-Request", "true")
                .header(header, metaToken)).hasStatus(204);
        assertThat(mvc.post().uri("/session/keep-alive").cookie(session, signedInCsrf).header("HX-Request", "true")
                .header(header, token)).hasStatus(403);

        // With a session the feedback form needs the token like every other form.
        String forged = "Untergeschoben " + UUID.randomUUID();
        assertThat(mvc.post().uri("/barrierefreiheit/feedback").cookie(session, signedInCsrf).param("message", forged))
                .hasStatus(403);
        assertThat(feedbackWith(forged)).isZero();

        assertThat(mvc.post().uri("/logout").cookie(session, signedInCsrf).param("_csrf", metaToken))
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/login?logout");
        assertThat(mvc.get().uri("/").cookie(session)).hasStatus3xxRedirection();
    }

    @Test
    void aRushIsAnsweredFromTheServersCopyWithTheSameHeaders() throws Exception {
        MockHttpServletResponse first = mvc.get().uri(PAGE).exchange().getResponse();
        double hits = copies("hit");

        for (int i = 0; i < 20; i++) {
            MockHttpServletResponse copy = mvc.get().uri(PAGE).exchange().getResponse();
            assertThat(copy.getContentAsString()).isEqualTo(first.getContentAsString());
            assertThat(copy.getHeader(HttpHeaders.ETAG)).isEqualTo(first.getHeader(HttpHeaders.ETAG));
            assertThat(copy.getContentType()).isEqualTo(first.getContentType());
            assertThat(copy.getHeader(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("de");
            // The security chain's headers (CSP, nosniff, frame options …) are on the copy as well.
            assertThat(copy.getHeaderNames()).containsExactlyInAnyOrderElementsOf(first.getHeaderNames());
        }

        // A copy lives ten seconds: a stalled machine may render once more in between, never twenty times.
        assertThat(copies("hit") - hits).isGreaterThanOrEqualTo(19);
    }

    @Test
    void aChangedPageIsRenderedAnewAndNeverServedToACredentialedRequest() {
        mvc.get().uri(PAGE).exchange();
        double misses = copies("miss");
        mvc.get().uri(PAGE).exchange();
        assertThat(copies("miss") - misses).isLessThanOrEqualTo(1);

        events.publishEvent(new PublicPageChanged("/presse/**"));
        mvc.get().uri(PAGE).exchange();
        assertThat(copies("miss") - misses).isLessThanOrEqualTo(1);

        double before = copies("miss");
        events.publishEvent(new PublicPageChanged("/barrierefreiheit"));
        assertThat(mvc.get().uri(PAGE)).hasStatusOk();
        assertThat(copies("miss") - before).isEqualTo(1);

        // A bearer token (even a wrong one) is neither answered from nor stored as the anonymous copy.
        double lookups = copies("hit") + copies("miss");
        mvc.get().uri(PAGE).header(HttpHeaders.AUTHORIZATION, "Bearer lz_unbekannt").exchange();
        assertThat(copies("hit") + copies("miss")).isEqualTo(lookups);
    }

    private double copies(String result) {
        return meters.get("cache.gets").tag("cache", "lagezentrum.public-pages").tag("result", result)
                .functionCounter().count();
    }

    private long sessions() {
        return jdbc.sql("SELECT count(*) FROM platform.spring_session").query(Long.class).single();
    }

    private long feedbackWith(String text) {
        return jdbc.sql("SELECT count(*) FROM platform.accessibility_feedback WHERE message = ?").param(text)
                .query(Long.class).single();
    }

    private static String hiddenToken(MockHttpServletResponse response) {
        return Jsoup.parse(contentOf(response)).selectFirst("input[name=_csrf]").attr("value");
    }

    private static String contentOf(MockHttpServletResponse response) {
        try {
            return response.getContentAsString();
        }
        catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
