package de.lagezentrum.platform.security;

import org.springframework.http.HttpMethod;

/**
 * An endpoint the public can reach without an account: the security chains let it through and the
 * rate limit counts its requests per client address. Modules declare theirs as beans; the platform
 * declares login, token and accessibility feedback.
 *
 * <p>Most endpoints share the installation's limit per address ({@code lagezentrum.security.rate-limit-per-minute}).
 * Some need their own: a live event's hundred participants often share one address (the city's proxy), so
 * joining has a higher limit per address, and the participants' votes and questions are limited per
 * participant by the module itself ({@link #ownLimit}).
 *
 * @param method the HTTP method
 * @param pattern the path pattern, e.g. {@code /api/v1/tokens}
 * @param perMinute requests per minute and client address; {@code 0}: the installation's limit;
 *        {@code -1}: not limited per address, because the module limits it by something finer
 */
public record PublicEndpoint(HttpMethod method, String pattern, int perMinute) {

    /** Not limited per client address: the module limits the endpoint per participant or token itself. */
    public static final int OWN_LIMIT = -1;

    public PublicEndpoint {
        if (perMinute < OWN_LIMIT) {
            throw new IllegalArgumentException("perMinute must be -1, 0 or positive: " + perMinute);
        }
    }

    /** An endpoint under the installation's limit per client address. */
    public PublicEndpoint(HttpMethod method, String pattern) {
        this(method, pattern, 0);
    }

    /** An endpoint the module limits itself (e.g. per participant), not per client address. */
    public static PublicEndpoint ownLimit(HttpMethod method, String pattern) {
        return new PublicEndpoint(method, pattern, OWN_LIMIT);
    }
}
