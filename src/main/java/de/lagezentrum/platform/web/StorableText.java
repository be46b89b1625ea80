package de.lagezentrum.platform.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * PostgreSQL cannot store the character U+0000 in text: a query or an insert with it fails. Input with
 * it is therefore refused as bad input before it reaches a module: a JSON string with it is a
 * malformed field (400 problem naming the field), a request parameter or form field with it a 400.
 */
@Configuration(proxyBeanMethods = false)
class StorableText {

    private static final char NUL = '\u0000';

    @Bean
    JacksonModule storableJsonStrings() {
        return new SimpleModule("storable-text").addDeserializer(String.class, new StorableStringDeserializer());
    }

    @Bean
    ParameterFilter storableParameters(ProblemWriter problems) {
        return new ParameterFilter(problems);
    }

    /** Refuses requests with a NUL in a parameter name or value, before security and controllers. */
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    static final class ParameterFilter extends OncePerRequestFilter {

        private final ProblemWriter problems;

        ParameterFilter(ProblemWriter problems) {
            this.problems = problems;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            // Multipart bodies are parsed (and limited) by the upload handling, not here.
            boolean multipart = request.getContentType() != null
                    && request.getContentType().startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
            if (!multipart && hasNul(request.getParameterMap())) {
                if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                    problems.write(request, response, HttpStatus.BAD_REQUEST, "bad-request");
                } else {
                    response.sendError(HttpStatus.BAD_REQUEST.value());
                }
                return;
            }
            chain.doFilter(request, response);
        }

        private static boolean hasNul(Map<String, String[]> parameters) {
            for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
                if (parameter.getKey().indexOf(NUL) >= 0) {
                    return true;
                }
                for (String value : parameter.getValue()) {
                    if (value != null && value.indexOf(NUL) >= 0) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** Jackson's own string reading, plus: a NUL makes the value malformed. */
    static final class StorableStringDeserializer extends StdScalarDeserializer<String> {

        StorableStringDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (value != null && value.indexOf(NUL) >= 0) {
                return (String) context.handleWeirdStringValue(String.class, value, "contains U+0000");
            }
            return value;
        }
    }
}
