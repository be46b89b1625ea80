package de.lagezentrum.platform.security;

import org.springframework.http.HttpMethod;

/**
 * An endpoint the public can reach without an account, limited per client address. Modules declare
 * theirs as beans; the platform declares login, token and accessibility feedback.
 *
 * @param method the HTTP method
 * @param pattern the path pattern, e.g. {@code /api/v1/tokens}
 */
public record RateLimitedEndpoint(HttpMethod method, String pattern) {
}
