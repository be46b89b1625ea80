package de.lagezentrum.platform.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Requests under {@code /api} that no controller takes (unknown path, wrong method, wrong media
 * type) get problem details like every other API error; page requests get the error page as before.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiRoutingProblems {

    private final ProblemWriter problems;

    ApiRoutingProblems(ProblemWriter problems) {
        this.problems = problems;
    }

    @ExceptionHandler({NoResourceFoundException.class, HttpRequestMethodNotSupportedException.class,
            HttpMediaTypeNotSupportedException.class, HttpMediaTypeNotAcceptableException.class})
    void unrouted(Exception e, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            // Not ours: rethrowing hands the exception to Spring's default handling (error page).
            throw e instanceof ServletException servlet ? servlet : new ServletException(e);
        }
        HttpStatus status = e instanceof HttpRequestMethodNotSupportedException ? HttpStatus.METHOD_NOT_ALLOWED
                : e instanceof HttpMediaTypeNotSupportedException ? HttpStatus.UNSUPPORTED_MEDIA_TYPE
                : e instanceof HttpMediaTypeNotAcceptableException ? HttpStatus.NOT_ACCEPTABLE
                : HttpStatus.NOT_FOUND;
        if (e instanceof HttpRequestMethodNotSupportedException method && method.getSupportedHttpMethods() != null) {
            response.setHeader("Allow", String.join(", ", method.getSupportedHttpMethods().stream()
                    .map(Object::toString).toList()));
        }
        problems.write(request, response, status, Problems.kindOf(status.value()));
    }
}
