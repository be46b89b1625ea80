package de.lagezentrum.platform.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.util.pattern.PathPatternParser;

import de.lagezentrum.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stylesheets and scripts are still linked with their content hash and web jars with their version, while
 * other links are not looked up
 * among the static resources, and Spring Boot's own filter, which would look them all up, is gone.
 */
@IntegrationTest
class VersionedResourceLinksTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void stylesheetScriptAndWebJarLinksCarryTheirVersion() {
        assertThat(mvc.get().uri("/login")).hasStatusOk().bodyText()
                .containsPattern("href=\"/css/lagezentrum-[0-9a-f]{32}\\.css\"")
                .containsPattern("src=\"/js/lagezentrum-[0-9a-f]{32}\\.js\"")
                .containsPattern("src=\"/webjars/htmx.org/[0-9][^/\"]*/dist/htmx.min.js\"");
    }

    @Test
    @SuppressWarnings("rawtypes")
    void onlyThisFilterEncodesResourceLinks() {
        List<Object> encoders = context.getBeansOfType(FilterRegistrationBean.class).values().stream()
                .map(FilterRegistrationBean::getFilter)
                .filter(filter -> filter instanceof ResourceUrlEncodingFilter).map(Object.class::cast).toList();

        assertThat(encoders).singleElement().isInstanceOf(VersionedResourceLinks.OnlyVersionedPaths.class);
    }

    @Test
    void onlyLinksUnderTheVersionedPathsAreLookedUp() {
        var filter = new VersionedResourceLinks.OnlyVersionedPaths(
                List.of(PathPatternParser.defaultInstance.parse("/css/**"),
                        PathPatternParser.defaultInstance.parse("/js/**")));

        assertThat(filter.isVersioned("", "/css/lagezentrum.css")).isTrue();
        assertThat(filter.isVersioned("/lz", "/lz/js/lagezentrum.js?v=1")).isTrue();
        assertThat(filter.isVersioned("", "/tasks/0b7e1c3a-1111-4222-8333-444455556666?back=/css/x")).isFalse();
        assertThat(filter.isVersioned("", "/images/favicon.svg")).isFalse();
        assertThat(filter.isVersioned("/lz", "/css/lagezentrum.css")).isFalse();
        assertThat(filter.isVersioned("", "https://example.org/css/x.css")).isFalse();
    }
}
