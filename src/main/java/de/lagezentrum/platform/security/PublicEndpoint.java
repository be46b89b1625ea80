package de.lagezentrum.platform.security;

import org.springframework.http.HttpMethod;

/**
 * An endpoint the public can reach without an account: the security chains let it through and the
 * rate limit counts its requests per client address. Modules declare theirs as beans; the platform
 * declares login, token and accessibility feedback.
 *
 * @param method the HTTP method
 * @param pattern the path pattern, e.g. {@code /api/v1/tokens}
 */
public record PublicEndpoint(HttpMethod method, String pattern) {
}
