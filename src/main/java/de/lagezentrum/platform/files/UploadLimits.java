package de.lagezentrum.platform.files;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The upload paths every module declared ({@link UploadLimit} beans) and the limits of request bodies that
 * follow from them. The security chain's limit on JSON bodies leaves declared upload paths to this one
 * ({@link #isDeclaredUpload}).
 */
public class UploadLimits {

    private final List<Declared> declared;
    private final long ceilingBytes;
    private final long defaultUploadBytes;

    /**
     * @param limits the declared upload paths
     * @param ceilingBytes no limit goes beyond this
     * @param defaultUploadBytes the limit of multipart requests to other paths
     */
    public UploadLimits(List<UploadLimit> limits, long ceilingBytes, long defaultUploadBytes) {
        this.declared = limits.stream()
                .map(limit -> new Declared(limit, PathPatternParser.defaultInstance.parse(limit.pattern())))
                .toList();
        this.ceilingBytes = ceilingBytes;
        this.defaultUploadBytes = Math.min(defaultUploadBytes, ceilingBytes);
    }

    /** Whether a module declared the request's method and path as an upload. */
    public boolean isDeclaredUpload(HttpServletRequest request) {
        return declaredFor(request).isPresent();
    }

    /**
     * The largest body the request may carry as an upload: the declared limit of its path, else the default
     * for a multipart request; empty for a request that is no upload (its own limits apply).
     */
    Optional<Long> limitFor(HttpServletRequest request) {
        Optional<UploadLimit> limit = declaredFor(request);
        if (limit.isPresent()) {
            return Optional.of(Math.min(limit.get().maxBytes(), ceilingBytes));
        }
        return isMultipart(request) ? Optional.of(defaultUploadBytes) : Optional.empty();
    }

    /** No upload may be larger than this. */
    long ceilingBytes() {
        return ceilingBytes;
    }

    static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.regionMatches(true, 0, MediaType.MULTIPART_FORM_DATA_VALUE, 0,
                MediaType.MULTIPART_FORM_DATA_VALUE.length());
    }

    private Optional<UploadLimit> declaredFor(HttpServletRequest request) {
        if (declared.isEmpty()) {
            return Optional.empty();
        }
        String uri = request.getRequestURI();
        PathContainer path = PathContainer.parsePath(uri.substring(Math.min(uri.length(), request.getContextPath().length())));
        return declared.stream()
                .filter(entry -> entry.limit().method().matches(request.getMethod()) && entry.pattern().matches(path))
                .map(Declared::limit)
                .findFirst();
    }

    private record Declared(UploadLimit limit, PathPattern pattern) {
    }
}
