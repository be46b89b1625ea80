package de.lagezentrum.platform.web;

import java.io.IOException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * The outermost answer when no database connection became free in time (Hikari's
 * {@link SQLTransientConnectionException}) before the application could even begin: loading the browser
 * session is the first thing a signed-in page needs, and when that fails the error page, which needs the
 * session again, failed too, and the container sent a bare 500. This filter sits outside Spring Session's
 * and answers 503 with {@code Retry-After} by itself: a problem for the API, a plain page that needs
 * neither the session nor the database otherwise. Failures after the response began are left alone.
 */
final class OverloadFilter extends OncePerRequestFilter {

    private final ProblemWriter problems;
    private final MessageSource messages;

    OverloadFilter(ProblemWriter problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    /** Whether the failure, or one of its causes, is a database connection that did not become free in time. */
    static boolean overloaded(@Nullable Object failure) {
        for (Throwable cause = failure instanceof Throwable t ? t : null; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        }
        catch (RuntimeException | ServletException | IOException e) {
            if (!overloaded(e) || response.isCommitted()) {
                throw e;
            }
            response.resetBuffer();
            response.setHeader(HttpHeaders.RETRY_AFTER, ErrorPageController.RETRY_AFTER_SECONDS);
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "unavailable");
                return;
            }
            writePage(request, response);
        }
    }

    private void writePage(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Pages speak German unless the user chose English (WebConfiguration's cookie).
        Locale locale = Locale.GERMAN;
        for (jakarta.servlet.http.Cookie cookie : request.getCookies() == null ? new jakarta.servlet.http.Cookie[0]
                : request.getCookies()) {
            if (cookie.getName().equals(WebConfiguration.LANGUAGE_COOKIE) && cookie.getValue().startsWith("en")) {
                locale = Locale.ENGLISH;
            }
        }
        String title = HtmlUtils.htmlEscape(messages.getMessage("problem.unavailable.title", null, locale));
        String detail = HtmlUtils.htmlEscape(messages.getMessage("problem.unavailable.detail", null, locale));
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.getWriter().write("<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + title + "</title><link rel=\"stylesheet\" href=\"" + request.getContextPath()
                + "/css/lagezentrum.css\"></head><body><main id=\"main\" class=\"content\"><h1>" + title + "</h1><p>"
                + detail + "</p></main></body></html>\n");
    }
}
