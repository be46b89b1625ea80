package de.lagezentrum.platform.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes RFC 9457 problem details where no controller is involved (security filters, size limits,
 * throttling), with the same {@code type}s and localised titles as {@link ApiProblemHandler}.
 */
@Component
public class ProblemWriter {

    private final JsonMapper json;
    private final MessageSource messages;

    public ProblemWriter(JsonMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
    }

    /** Writes a problem of the given type (e.g. {@code unauthorized}) and status. */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", Problems.type(type));
        Locale locale = Languages.fromHeader(request);
        body.put("title", Problems.title(messages, type, status, locale));
        body.put("status", status.value());
        body.put("detail", Problems.detail(messages, type, locale));
        body.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }
}
