package de.lagezentrum.platform.files;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;

/**
 * Bytes ready to be served: a whole stored file or a part of one ({@link FileStore#open},
 * {@link FileStore#openPart}). Hand it to {@link FileResponses}; Spring MVC answers range requests on
 * the {@link Resource}.
 *
 * @param resource the bytes; its {@code contentLength()} is {@code length}
 * @param contentType the media type to send
 * @param length the number of bytes
 * @param etag the entity tag, without quotes: the SHA-256 of a whole file, derived from it for a part
 * @param filename the name to offer in {@code Content-Disposition}; null for none
 */
public record FileContent(Resource resource, MediaType contentType, long length, String etag,
        @Nullable String filename) {

    /** The same bytes offered under another name (e.g. {@code o-ton-2.mp3}). */
    public FileContent named(@Nullable String name) {
        return new FileContent(resource, contentType, length, etag, name);
    }
}
