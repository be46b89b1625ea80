package de.lagezentrum.platform.security;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Makes a {@link PublicPage} cacheable: its {@code GET} answers carry an ETag over the rendered page
 * (an {@code If-None-Match} that still matches gets 304 without a body) and, for a visitor without a
 * session, {@code Cache-Control: public, max-age=60}, so browsers, reverse proxies and CDNs serve a
 * rush from their copies and revalidate after a minute at most.
 *
 * <p>Only the anonymous page is shared. A request with a session may come from a signed-in user, whose
 * page shows their name and notifications and carries their CSRF token: it keeps the
 * {@code no-store} every signed-in page has, because a shared office computer must not keep it
 * either. An anonymous answer that sets a cookie (the language switch {@code ?lang=en}) or ended up
 * with a session is personal too and gets {@code no-store}. Every answer says {@code Vary: Cookie}:
 * the language comes from the {@code LAGEZENTRUM_LANG} cookie (pages do not negotiate
 * {@code Accept-Language}), and a session cookie must never be answered with the anonymous copy.
 */
class PublicPageFilter extends ShallowEtagHeaderFilter {

    /** Short, so a correction to a public page reaches every reader within a minute. */
    static final CacheControl SHARED = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();

    private final RequestMatcher pages;

    PublicPageFilter(RequestMatcher pages) {
        this.pages = pages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !pages.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.addHeader(HttpHeaders.VARY, HttpHeaders.COOKIE);
        if (!PublicPages.withoutSession(request)) {
            chain.doFilter(request, response);
            return;
        }
        super.doFilterInternal(request, response, (rendering, rendered) -> {
            chain.doFilter(rendering, rendered);
            HttpServletResponse page = (HttpServletResponse) rendered;
            if (page.getStatus() == HttpStatus.OK.value()) {
                boolean personal = !PublicPages.withoutSession((HttpServletRequest) rendering)
                        || page.containsHeader(HttpHeaders.SET_COOKIE);
                page.setHeader(HttpHeaders.CACHE_CONTROL,
                        personal ? CacheControl.noStore().getHeaderValue() : SHARED.getHeaderValue());
            }
        });
    }
}
