package de.lagezentrum.platform.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

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
 *
 * <p>The anonymous page is also kept on the server for a few seconds ({@link PublicPageCopies}): a rush
 * that bypasses every shared cache is answered from that copy, with the same ETag, without rendering.
 */
class PublicPageFilter extends ShallowEtagHeaderFilter {

    /** Short, so a correction to a public page reaches every reader within a minute. */
    static final CacheControl SHARED = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();

    private final RequestMatcher pages;
    private final PublicPageCopies copies;

    PublicPageFilter(RequestMatcher pages, PublicPageCopies copies) {
        this.pages = pages;
        this.copies = copies;
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
        Optional<PublicPageCopies.Key> key = copyable(request) ? copies.key(request) : Optional.empty();
        PublicPageCopies.Copy copy = key.map(copies::get).orElse(null);
        if (copy != null) {
            serve(copy, request, response);
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
                if (!personal && key.isPresent() && rendered instanceof ContentCachingResponseWrapper body) {
                    byte[] content = body.getContentAsByteArray();
                    String etag = generateETagHeaderValue(new ByteArrayInputStream(content), isWriteWeakETag());
                    copies.put(key.get(), new PublicPageCopies.Copy(content, etag, page.getContentType(),
                            page.getLocale()));
                }
            }
        });
    }

    /**
     * Whether the answer may come from, and go into, the server's copies: a plain {@code GET} of an
     * anonymous reader. A request with credentials (a bearer token) is rendered for whoever it names.
     */
    private static boolean copyable(HttpServletRequest request) {
        return HttpMethod.GET.matches(request.getMethod()) && request.getHeader(HttpHeaders.AUTHORIZATION) == null;
    }

    /**
     * The copy as the rendering would have answered: the page, or 304 when the reader holds its ETag
     * (Spring's conditional-request check, as {@link ShallowEtagHeaderFilter} uses it).
     */
    private static void serve(PublicPageCopies.Copy copy, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setHeader(HttpHeaders.CACHE_CONTROL, SHARED.getHeaderValue());
        response.setLocale(copy.locale());
        if (new ServletWebRequest(request, response).checkNotModified(copy.etag())) {
            return;
        }
        response.setStatus(HttpStatus.OK.value());
        if (copy.contentType() != null) {
            response.setContentType(copy.contentType());
        }
        response.setContentLength(copy.body().length);
        response.getOutputStream().write(copy.body());
    }
}
