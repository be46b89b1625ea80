package de.lagezentrum.platform.files;

import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import de.lagezentrum.platform.web.ProblemWriter;
import de.lagezentrum.platform.web.Problems;

/**
 * Refuses an upload that declares a body above its path's limit ({@link UploadLimits}) with 413, before
 * anything reads it: before the security chains, whose CSRF check would otherwise have the servlet
 * container spool the whole multipart body to disk to find its token. A multipart body must declare its
 * length (411 otherwise), since the container could only stop it at the ceiling. The connection is closed,
 * so the container does not read the rest. A raw upload body of unknown length is bounded by
 * {@link FileStore#store} while streaming.
 */
class UploadSizeFilter extends OncePerRequestFilter {

    /** A multipart body carries boundaries and form fields beside the file. */
    static final long MULTIPART_OVERHEAD_BYTES = 64 * 1024;

    private final UploadLimits limits;
    private final ProblemWriter problems;

    UploadSizeFilter(UploadLimits limits, ProblemWriter problems) {
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Long> limit = limits.limitFor(request);
        if (limit.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        boolean multipart = UploadLimits.isMultipart(request);
        long length = request.getContentLengthLong();
        if (multipart && length < 0) {
            refuse(request, response, HttpStatus.LENGTH_REQUIRED);
            return;
        }
        if (length > limit.get() + (multipart ? MULTIPART_OVERHEAD_BYTES : 0)) {
            refuse(request, response, HttpStatus.CONTENT_TOO_LARGE);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Answers at once and flushes: the container would otherwise first try to read the unread body, and for a
     * large one give up and drop the connection without an answer.
     */
    private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status)
            throws IOException, ServletException {
        response.setHeader(HttpHeaders.CONNECTION, "close");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            problems.write(request, response, status, Problems.kindOf(status.value()));
        }
        else {
            // The error page as for any other error of a page (not JSON for a browser's form), with the
            // signed-in user's layout: the forward passes the security chain, which must not touch the body.
            request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status.value());
            request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
            response.setStatus(status.value());
            request.getRequestDispatcher("/error").forward(new WithoutBody(request), response);
        }
        response.flushBuffer();
    }

    /**
     * The request as the error page sees it: a GET without body or parameters. Nothing on the way (Spring
     * MVC's multipart handling, the CSRF check of a POST) can then have the container read the body.
     */
    private static final class WithoutBody extends HttpServletRequestWrapper {

        WithoutBody(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return HttpMethod.GET.name();
        }

        @Override
        public @Nullable String getContentType() {
            return null;
        }

        @Override
        public int getContentLength() {
            return -1;
        }

        @Override
        public long getContentLengthLong() {
            return -1;
        }

        @Override
        public @Nullable String getHeader(String name) {
            return isBodyHeader(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return isBodyHeader(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public @Nullable String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String @Nullable [] getParameterValues(String name) {
            return null;
        }

        @Override
        public Collection<Part> getParts() {
            return List.of();
        }

        @Override
        public @Nullable Part getPart(String name) {
            return null;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            throw new IOException("The error page of a refused upload does not read its body");
        }

        private static boolean isBodyHeader(String name) {
            return HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) || HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)
                    || HttpHeaders.TRANSFER_ENCODING.equalsIgnoreCase(name);
        }
    }
}
