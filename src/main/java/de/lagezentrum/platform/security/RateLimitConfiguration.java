package de.lagezentrum.platform.security;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import de.lagezentrum.platform.web.ProblemWriter;

/** Collects the public endpoints of all modules, and the forms of their public pages, into one rate limit. */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    @Bean
    PublicEndpoint loginEndpoint() {
        return new PublicEndpoint(HttpMethod.POST, "/login");
    }

    @Bean
    PublicEndpoint tokenEndpoint() {
        return new PublicEndpoint(HttpMethod.POST, "/api/v1/tokens");
    }

    /** Not a bean of type Filter on purpose: it runs inside the security chains, not a second time outside. */
    @Bean
    RateLimitFilterHolder rateLimitFilter(List<PublicEndpoint> endpoints, PublicPages pages,
            SecurityProperties properties, ProblemWriter problems) {
        List<PublicEndpoint> limited = Stream.concat(endpoints.stream(), pages.formEndpoints().stream()).toList();
        return new RateLimitFilterHolder(new RateLimitFilter(limited, properties.rateLimitPerMinute(), problems));
    }

    record RateLimitFilterHolder(RateLimitFilter filter) {
    }
}
