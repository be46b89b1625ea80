package de.lagezentrum;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every endpoint the running application serves, read from all of Spring's {@link HandlerMapping}s:
 * the controllers, the actuator, the OpenAPI description and the static resources (one endpoint per
 * resource pattern). A mapping without a method answers every method; it is listed as {@code ANY}.
 */
final class Endpoints {

    private Endpoints() {
    }

    /** One method and path pattern, e.g. {@code GET /api/v1/staffs/{id}}, with its handler if it has one. */
    record Endpoint(String method, String pattern, @Nullable HandlerMethod handler, Set<MediaType> consumes) {

        /** The key of the endpoint's row in an access table: {@code "GET /api/v1/staffs/{id}"}. */
        String key() {
            return method + " " + pattern;
        }

        boolean isApi() {
            return pattern.startsWith("/api/");
        }

        /** Whether the handler reads a JSON request body. */
        boolean readsJson() {
            return handler != null && consumes.stream().anyMatch(MediaType.APPLICATION_JSON::isCompatibleWith)
                    && List.of(handler.getMethodParameters()).stream()
                            .anyMatch(parameter -> parameter.hasParameterAnnotation(RequestBody.class));
        }

        @Override
        public String toString() {
            return key();
        }
    }

    /** All endpoints, sorted by path and method. */
    static List<Endpoint> of(ApplicationContext context) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (HandlerMapping mapping : context.getBeansOfType(HandlerMapping.class).values()) {
            if (mapping instanceof RequestMappingInfoHandlerMapping methods) {
                methods.getHandlerMethods().forEach((info, handler) -> addAll(endpoints, info, handler));
            } else if (mapping instanceof AbstractUrlHandlerMapping urls) {
                urls.getHandlerMap().keySet()
                        .forEach(pattern -> endpoints.add(new Endpoint("GET", pattern, null, Set.of())));
            }
        }
        return endpoints.stream().distinct()
                .sorted(Comparator.comparing(Endpoint::pattern).thenComparing(Endpoint::method)).toList();
    }

    private static void addAll(List<Endpoint> endpoints, RequestMappingInfo info, HandlerMethod handler) {
        Set<String> methods = new TreeSet<>();
        info.getMethodsCondition().getMethods().forEach(method -> methods.add(method.name()));
        if (methods.isEmpty()) {
            methods.add("ANY");
        }
        Set<MediaType> consumes = info.getConsumesCondition().getConsumableMediaTypes();
        for (String pattern : info.getPatternValues()) {
            for (String method : methods) {
                endpoints.add(new Endpoint(method, pattern, handler, consumes));
            }
        }
    }

    /** The endpoints by key; a key served twice keeps its first handler. */
    static Map<String, Endpoint> byKey(List<Endpoint> endpoints) {
        Map<String, Endpoint> byKey = new java.util.LinkedHashMap<>();
        endpoints.forEach(endpoint -> byKey.putIfAbsent(endpoint.key(), endpoint));
        return byKey;
    }
}
