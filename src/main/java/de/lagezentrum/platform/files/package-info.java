/**
 * File storage: the one {@link de.lagezentrum.platform.files.FileStore} every upload goes through (on the
 * file system under {@code <data dir>/files} by default), its limits on request bodies, and
 * {@link de.lagezentrum.platform.files.FileResponses} to serve a stored file or a part of it with HTTP
 * ranges, ETag and a safe {@code Content-Disposition}.
 */
@NullMarked
package de.lagezentrum.platform.files;

import org.jspecify.annotations.NullMarked;
