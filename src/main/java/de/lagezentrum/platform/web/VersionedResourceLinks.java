package de.lagezentrum.platform.web;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.PathContainer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Links to stylesheets and scripts carry a hash of their content ({@code /css/app-<md5>.css}), so that
 * browsers may keep them a year. Spring's {@link ResourceUrlEncodingFilter} looks every link of a page
 * up among the static resources to find out whether it is one of them; a link that is not (a task, a
 * person) is not remembered and probes every jar of the class path again. On the task board with 50
 * tasks that was 70 % of the page's time. Here only links under the versioned paths
 * ({@code spring.web.resources.chain.strategy.content.paths}) and the web jars (whose links get the
 * jar's version, {@code /webjars/htmx.org/2.0.6/…}) are looked up.
 */
@Configuration(proxyBeanMethods = false)
class VersionedResourceLinks {

    private static final String WEB_JARS = "/webjars/**";

    /**
     * Replaces Spring Boot's registration of the filter: it backs off when a registration of exactly this
     * type exists.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> versionedResourceUrlEncodingFilter(
            @Value("${spring.web.resources.chain.strategy.content.paths}") List<String> paths) {
        var registration = new FilterRegistrationBean<ResourceUrlEncodingFilter>(new OnlyVersionedPaths(
                Stream.concat(paths.stream(), Stream.of(WEB_JARS)).map(PathPatternParser.defaultInstance::parse)
                        .toList()));
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    /** Spring's filter, asked only for links under the versioned paths; all others pass unchanged. */
    static final class OnlyVersionedPaths extends ResourceUrlEncodingFilter {

        private final List<PathPattern> versioned;

        OnlyVersionedPaths(List<PathPattern> versioned) {
            this.versioned = versioned;
        }

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String contextPath = ((HttpServletRequest) request).getContextPath();
            super.doFilter(request, response, (encodingRequest, encodingResponse) -> chain.doFilter(encodingRequest,
                    new HttpServletResponseWrapper((HttpServletResponse) encodingResponse) {
                        @Override
                        public String encodeURL(String url) {
                            // Spring's wrapper resolves the link, then hands it on to the response it wraps.
                            return isVersioned(contextPath, url) ? super.encodeURL(url)
                                    : ((HttpServletResponse) ((HttpServletResponseWrapper) getResponse())
                                            .getResponse()).encodeURL(url);
                        }
                    }));
        }

        boolean isVersioned(String contextPath, String url) {
            if (!url.startsWith(contextPath + "/")) {
                return false;
            }
            int end = url.length();
            for (char stop : new char[] {'?', '#', ';'}) {
                int at = url.indexOf(stop, contextPath.length());
                if (at >= 0 && at < end) {
                    end = at;
                }
            }
            PathContainer path = PathContainer.parsePath(url.substring(contextPath.length(), end));
            return versioned.stream().anyMatch(pattern -> pattern.matches(path));
        }
    }
}
