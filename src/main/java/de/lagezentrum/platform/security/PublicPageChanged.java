package de.lagezentrum.platform.security;

/**
 * Published by a module when what a {@link PublicPage} shows has changed (a press release published or
 * withdrawn, a resilience factor revised): the server's copies of the pages under {@code pattern} are
 * dropped, after the publisher's transaction commits, so the next reader gets the new page and a reader
 * holding the old ETag gets it in full instead of a 304.
 *
 * @param pattern a path pattern such as {@code /presse/**}; {@code /**} drops every copy
 */
public record PublicPageChanged(String pattern) {
}
