package de.lagezentrum.platform.web;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Everything that ends up at {@code /error} (unknown paths, wrong methods or media types, uncaught
 * failures): API paths get problem details, pages an accessible error page. Never a stack trace. A
 * request that found no free database connection in time (Hikari's {@code SQLTransientConnectionException}:
 * overloaded, not broken; the transaction that needed it never began) answers 503 with {@code Retry-After};
 * when even the session could not be loaded, {@link OverloadFilter} answers so. So does what is not ready
 * yet ({@link NotReadyException}: the first start still creating the first municipality).
 */
@Controller
class ErrorPageController implements ErrorController {

    private final ProblemWriter problems;

    ErrorPageController(ProblemWriter problems) {
        this.problems = problems;
    }

    /** A client that got 503 may try again after this many seconds. */
    static final String RETRY_AFTER_SECONDS = "5";

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
        HttpStatus status = status(request);
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? request.getRequestURI() : uri.toString();
        if (path.startsWith(request.getContextPath() + "/api/")) {
            problems.write(request, response, status, Problems.kindOf(status.value()));
            return null;
        }
        response.setStatus(status.value());
        return new ModelAndView("error/page", Map.of("status", status.value(), "kind", Problems.kindOf(status.value())), status);
    }

    static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code == null) {
            // Asked for directly, not forwarded by the container: there is no error to show.
            return HttpStatus.NOT_FOUND;
        }
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (OverloadFilter.overloaded(failure) || notReady(failure)) {
            return HttpStatus.SERVICE_UNAVAILABLE;
        }
        if (code instanceof Integer value) {
            HttpStatus status = HttpStatus.resolve(value);
            if (status != null) {
                return status;
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private static boolean notReady(@Nullable Object failure) {
        for (Throwable cause = failure instanceof Throwable t ? t : null; cause != null; cause = cause.getCause()) {
            if (cause instanceof NotReadyException) {
                return true;
            }
        }
        return false;
    }
}
