package de.lagezentrum.platform.security;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import de.lagezentrum.platform.web.ProblemWriter;

/** Collects the public endpoints of all modules into one rate limit. */
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

    @Bean
    PublicEndpoint accessibilityFeedbackEndpoint() {
        return new PublicEndpoint(HttpMethod.POST, "/barrierefreiheit/feedback");
    }

    /** Not a bean of type Filter on purpose: it runs inside the security chains, not a second time outside. */
    @Bean
    RateLimitFilterHolder rateLimitFilter(List<PublicEndpoint> endpoints, SecurityProperties properties,
            ProblemWriter problems) {
        return new RateLimitFilterHolder(new RateLimitFilter(endpoints, properties.rateLimitPerMinute(), problems));
    }

    record RateLimitFilterHolder(RateLimitFilter filter) {
    }
}
