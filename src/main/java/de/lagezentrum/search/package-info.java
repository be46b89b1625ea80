/**
 * One German full-text search over everything the user may see: every module contributes a
 * {@link de.lagezentrum.platform.search.SearchSource} that searches its own data; this module merges
 * the hits by relevance and offers them in the page header and at {@code GET /api/v1/search}.
 */
@ApplicationModule(allowedDependencies = "platform")
@NullMarked
package de.lagezentrum.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
