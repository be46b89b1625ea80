package de.lagezentrum.platform.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import de.lagezentrum.platform.files.UploadLimits;
import de.lagezentrum.platform.web.ProblemWriter;

/**
 * Refuses API bodies above 1 MiB (JSON) with 413 before anything reads them. Uploads (multipart bodies and
 * the paths modules declared as uploads) have their own limits, enforced by platform.files before this chain.
 */
class RequestSizeLimitFilter extends OncePerRequestFilter {

    static final long MAX_JSON_BYTES = 1024 * 1024;

    private final ProblemWriter problems;
    private final UploadLimits uploads;

    RequestSizeLimitFilter(ProblemWriter problems, UploadLimits uploads) {
        this.problems = problems;
        this.uploads = uploads;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean multipart = request.getContentType() != null
                && request.getContentType().startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
        long length = request.getContentLengthLong();
        if (!multipart && length > MAX_JSON_BYTES && !uploads.isDeclaredUpload(request)) {
            problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "too-large");
            return;
        }
        chain.doFilter(request, response);
    }
}
