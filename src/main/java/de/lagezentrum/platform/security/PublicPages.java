package de.lagezentrum.platform.security;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

/**
 * Applies every {@link PublicPage} bean to the pages' security chain, and keeps CSRF protection free of
 * server sessions: the token lives in an HttpOnly cookie ({@link CookieCsrfTokenRepository}) instead of
 * the session, so neither the login page nor a public page makes PostgreSQL store a session for a
 * visitor who only reads. Pages still render the token into their forms and into the
 * {@code csrf-header}/{@code csrf-token} meta tags that htmx sends, as before.
 *
 * <p>A public page requested without a session gets no token at all (no cookie either), so the page is
 * the same for every visitor and a shared cache may keep it.
 */
@Component
class PublicPages {

    /** Cookie holding the CSRF token; the session cookie is {@code LAGEZENTRUM_SESSION}. */
    static final String CSRF_COOKIE = "LAGEZENTRUM_CSRF";

    /** The header htmx sends the token in; the name the session-bound token had, so clients stay as they are. */
    static final String CSRF_HEADER = "X-CSRF-TOKEN";

    private final List<PublicPage> pages;
    private final RequestMatcher pageReads;
    private final RequestMatcher formPosts;

    private final PublicPageCopies copies;

    PublicPages(List<PublicPage> pages, PublicPageCopies copies) {
        this.pages = List.copyOf(pages);
        this.copies = copies;
        this.pageReads = anyOf(pages.stream().map(page -> matcher(HttpMethod.GET, page.pattern())));
        this.formPosts = anyOf(pages.stream().flatMap(PublicPage::formEndpoints)
                .map(endpoint -> matcher(endpoint.method(), endpoint.pattern())));
    }

    /**
     * Lets the public pages and their forms through, moves the CSRF token into a cookie and adds the
     * {@link PublicPageFilter}. Call before the chain's own {@code authorizeHttpRequests}, which ends
     * with {@code anyRequest()}.
     */
    void configure(HttpSecurity http) throws Exception {
        var repository = csrfTokenRepository();
        http.authorizeHttpRequests(auth -> pages.forEach(page -> {
                    auth.requestMatchers(HttpMethod.GET, page.pattern()).permitAll()
                            .requestMatchers(HttpMethod.HEAD, page.pattern()).permitAll();
                    page.anonymousForms().forEach(form -> auth.requestMatchers(HttpMethod.POST, form).permitAll());
                }))
                .csrf(csrf -> csrf
                        .csrfTokenRepository(repository)
                        .csrfTokenRequestHandler(new NoTokenForAnonymousReaders(this))
                        .ignoringRequestMatchers(request -> formPosts.matches(request) && withoutSession(request)))
                .addFilterAfter(new PublicPageFilter(pageReads, copies), CsrfFilter.class);
    }

    /** The CSRF token in the HttpOnly cookie {@value #CSRF_COOKIE}, sent back in {@value #CSRF_HEADER} or the form. */
    static CookieCsrfTokenRepository csrfTokenRepository() {
        var repository = new CookieCsrfTokenRepository();
        repository.setCookieName(CSRF_COOKIE);
        repository.setHeaderName(CSRF_HEADER);
        repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return repository;
    }

    /** The forms' targets, rate-limited like every public endpoint. */
    List<PublicEndpoint> formEndpoints() {
        return pages.stream().flatMap(PublicPage::formEndpoints).toList();
    }

    /** A read of a public page that carries no session: it gets no CSRF token. */
    boolean servesAnonymously(HttpServletRequest request) {
        return pageReads.matches(request) && withoutSession(request);
    }

    static boolean withoutSession(HttpServletRequest request) {
        return request.getSession(false) == null;
    }

    private static RequestMatcher matcher(HttpMethod method, String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
    }

    private static RequestMatcher anyOf(Stream<RequestMatcher> matchers) {
        List<RequestMatcher> list = matchers.toList();
        return list.isEmpty() ? request -> false : new OrRequestMatcher(list);
    }

    /**
     * The default handler (a masked token per response against BREACH), except that an anonymous read of
     * a public page gets no {@code _csrf} attribute: nothing renders a token, nothing sets the cookie.
     */
    private record NoTokenForAnonymousReaders(PublicPages pages) implements CsrfTokenRequestHandler {

        private static final XorCsrfTokenRequestAttributeHandler MASKED = new XorCsrfTokenRequestAttributeHandler();

        @Override
        public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
            if (!pages.servesAnonymously(request)) {
                MASKED.handle(request, response, token);
            }
        }

        @Override
        public @Nullable String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
            return MASKED.resolveCsrfTokenValue(request, token);
        }
    }
}
