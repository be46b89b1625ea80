package de.lagezentrum.platform.files;

import org.springframework.http.HttpMethod;
import org.springframework.util.unit.DataSize;

/**
 * A path that takes uploads, with the largest request body it accepts. Modules declare theirs as beans;
 * a request to such a path may carry that much (multipart or a raw body), every other multipart request
 * at most {@code lagezentrum.files.default-upload-bytes}, and no limit goes beyond
 * {@code lagezentrum.files.max-bytes}. Pass the same {@link #maxBytes()} to {@link FileStore#store}.
 *
 * <pre>{@code
 * @Bean
 * UploadLimit recordingUpload() {
 *     return UploadLimit.of(HttpMethod.PUT, "/api/v1/briefings/{id}/recording", DataSize.ofGigabytes(2));
 * }
 * }</pre>
 *
 * @param method the HTTP method
 * @param pattern the path pattern, as in a request mapping, e.g. {@code /briefings/{id}/material}
 * @param maxBytes the largest request body
 */
public record UploadLimit(HttpMethod method, String pattern, long maxBytes) {

    public UploadLimit {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("An upload limit must be positive");
        }
    }

    /** An upload path with its limit. */
    public static UploadLimit of(HttpMethod method, String pattern, DataSize maxBytes) {
        return new UploadLimit(method, pattern, maxBytes.toBytes());
    }
}
