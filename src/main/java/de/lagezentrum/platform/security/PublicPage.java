package de.lagezentrum.platform.security;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.http.HttpMethod;

/**
 * A page the public reads without an account (accessibility statement, later the press area, the
 * knowledge platform, the progress page) that must carry a rush without touching the database. Modules
 * declare theirs as beans; the platform then, for every {@code GET} and {@code HEAD} of the page:
 * lets it through the security chain, creates no server session and sets no CSRF cookie for a visitor
 * without a session, and answers with an ETag (conditional requests get 304) and
 * {@code Cache-Control: public} with a short max-age, so a reverse proxy or CDN can serve it
 * ({@link PublicPageFilter} says which responses are shared and why).
 *
 * <p>A form on such a page cannot carry a CSRF token: the cached page is the same for every visitor,
 * and there is no session the token could belong to. Its target is named in {@code anonymousForms}:
 * a {@code POST} there is public, rate-limited per client address like every {@link PublicEndpoint},
 * and exempt from CSRF while it carries no session. A forged anonymous submission can do nothing the
 * attacker could not do directly; with a session (a signed-in user, whose page is not shared and
 * carries the token) CSRF protection applies as everywhere else.
 *
 * @param pattern the path pattern of the page, e.g. {@code /presse/**}
 * @param anonymousForms path patterns of the form targets on the page that anonymous visitors post to
 */
public record PublicPage(String pattern, List<String> anonymousForms) {

    public PublicPage {
        anonymousForms = List.copyOf(anonymousForms);
    }

    /** A public page, optionally with the targets of its anonymous forms. */
    public PublicPage(String pattern, String... anonymousForms) {
        this(pattern, List.of(anonymousForms));
    }

    /** The page's forms as public endpoints, for the rate limit. */
    Stream<PublicEndpoint> formEndpoints() {
        return anonymousForms.stream().map(form -> new PublicEndpoint(HttpMethod.POST, form));
    }
}
