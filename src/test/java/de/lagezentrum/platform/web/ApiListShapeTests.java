package de.lagezentrum.platform.web;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpEntity;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import de.lagezentrum.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every list that API v1 answers a GET with has the paged shape of API.md
 * ({@code {"items":[…],"page":0,"size":50,"total":N}}): read from Spring's handler mappings at run
 * time, so a new endpoint that answers a bare JSON array fails the build.
 */
@IntegrationTest
class ApiListShapeTests {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyListUnderApiV1IsAPageResult() {
        List<String> bareLists = apiGets().entrySet().stream()
                .filter(mapping -> isBareList(mapping.getValue()))
                .map(mapping -> mapping.getKey().getPatternValues() + " " + mapping.getValue().getShortLogMessage())
                .toList();

        assertThat(bareLists).isEmpty();
    }

    @Test
    void theKnownListsArePaged() {
        List<String> paged = apiGets().entrySet().stream()
                .filter(mapping -> PageResult.class.isAssignableFrom(body(mapping.getValue()).toClass()))
                .flatMap(mapping -> mapping.getKey().getPatternValues().stream())
                .toList();

        assertThat(paged).contains("/api/v1/tasks", "/api/v1/staffs/{id}/sessions", "/api/v1/staffs/{id}/series",
                "/api/v1/sessions/{id}/agenda", "/api/v1/sessions/{id}/entries", "/api/v1/tasks/{id}/history",
                "/api/v1/sessions/{id}/protocol/versions", "/api/v1/staffs", "/api/v1/people", "/api/v1/departments",
                "/api/v1/staffs/{id}/journal", "/api/v1/search");
    }

    private Map<RequestMappingInfo, HandlerMethod> apiGets() {
        return mappings.getHandlerMethods().entrySet().stream()
                .filter(mapping -> mapping.getKey().getPatternValues().stream().anyMatch(path -> path.startsWith("/api/v1")))
                .filter(mapping -> mapping.getKey().getMethodsCondition().getMethods().contains(RequestMethod.GET))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static boolean isBareList(HandlerMethod handler) {
        Class<?> body = body(handler).toClass();
        boolean jsonArray = body.isArray() && body != byte[].class; // byte[] is a document download
        return jsonArray || Collection.class.isAssignableFrom(body) || Map.class.isAssignableFrom(body);
    }

    /** The body type, looking through {@code ResponseEntity<…>}. */
    private static ResolvableType body(HandlerMethod handler) {
        ResolvableType type = ResolvableType.forMethodReturnType(handler.getMethod());
        if (HttpEntity.class.isAssignableFrom(type.toClass())) {
            return type.as(HttpEntity.class).getGeneric(0);
        }
        return type;
    }
}
