package de.lagezentrum.platform.files;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpRange;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Serves stored files from a controller: return the response from a {@code @GetMapping} (HEAD comes with
 * it and answers the headers without reading the file). Spring MVC then answers {@code Range} requests with
 * 206 (several ranges as {@code multipart/byteranges}) and a matching {@code If-None-Match} with 304;
 * unsatisfiable or malformed ranges get 416 with {@code Content-Range: bytes *}{@code /length} and no body.
 * The response carries the stored content type, the ETag (the file's SHA-256), {@code Content-Disposition}
 * with a safe file name, and {@code X-Content-Type-Options: nosniff}.
 *
 * <pre>{@code
 * @GetMapping("/presse/o-toene/{id}.mp3")
 * ResponseEntity<Resource> soundBite(@PathVariable UUID id) {
 *     SoundBite bite = briefings.publishedSoundBite(id);      // 404 unless published
 *     return FileResponses.inline(files.openPart(bite.tenantId(), bite.recording(), bite.bytes()),
 *             CacheControl.maxAge(Duration.ofHours(1)).cachePublic());
 * }
 * }</pre>
 */
public final class FileResponses {

    /** Whether a browser shows the file or saves it. */
    public enum Disposition {
        /** Shown in the page (players, images, PDFs). */
        INLINE("inline"),
        /** Saved as a download. */
        ATTACHMENT("attachment");

        private final String value;

        Disposition(String value) {
            this.value = value;
        }
    }

    private FileResponses() {
    }

    /** The file to be shown in the browser; cache headers as the security chain sets them (none kept). */
    public static ResponseEntity<Resource> inline(FileContent content) {
        return serve(content, Disposition.INLINE, null);
    }

    /** The file to be shown in the browser, cached as given (e.g. public for published files). */
    public static ResponseEntity<Resource> inline(FileContent content, CacheControl cacheControl) {
        return serve(content, Disposition.INLINE, cacheControl);
    }

    /** The file as a download under its name ({@link FileContent#named} to choose another). */
    public static ResponseEntity<Resource> attachment(FileContent content) {
        return serve(content, Disposition.ATTACHMENT, null);
    }

    /**
     * The file with the given disposition.
     *
     * @param cacheControl how it may be cached; null leaves it to the security chain (no caching)
     */
    public static ResponseEntity<Resource> serve(FileContent content, Disposition disposition,
            @Nullable CacheControl cacheControl) {
        HttpServletRequest request = currentRequest();
        String range = request == null ? null : request.getHeader(HttpHeaders.RANGE);
        if (range != null && !HttpMethod.HEAD.matches(request.getMethod()) && !satisfiable(range, content)) {
            // Spring MVC would send 416 and then the whole file as its body.
            return ResponseEntity.status(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
                    .header(HttpHeaders.CONTENT_RANGE, "bytes */" + content.length()).build();
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .contentType(withCharset(content.contentType()))
                .eTag(content.etag())
                .header(HttpHeaders.CONTENT_DISPOSITION, FileNames.contentDisposition(disposition.value, content.filename()))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.ACCEPT_RANGES, "bytes");
        if (cacheControl != null) {
            response.cacheControl(cacheControl);
        }
        if (request != null && HttpMethod.HEAD.matches(request.getMethod())) {
            // Headers only, without reading the file (the container would read and discard it); no ranges for HEAD.
            return response.contentLength(content.length()).build();
        }
        // No Content-Length here: Spring sets it per response, the range's for a 206.
        return response.body(content.resource());
    }

    private static boolean satisfiable(String range, FileContent content) {
        try {
            HttpRange.toResourceRegions(HttpRange.parseRanges(range), content.resource());
            return true;
        }
        catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static @Nullable HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }

    /** Text in the store is UTF-8 (WebVTT must be). */
    private static MediaType withCharset(MediaType type) {
        return type.getType().equals("text") && type.getCharset() == null ? new MediaType(type, StandardCharsets.UTF_8)
                : type;
    }
}
