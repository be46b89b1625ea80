package de.lagezentrum.live.blog.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import de.lagezentrum.platform.security.PublicEndpoint;

/**
 * What of the blog's API participants reach without an account: with their token, limited per
 * participant ({@code ParticipantLimits}), not per address. The blog's pages are under {@code /live/**},
 * which the core declares.
 */
@Configuration(proxyBeanMethods = false)
class BlogPages {

    @Bean
    PublicEndpoint livePostsRead() {
        return PublicEndpoint.ownLimit(HttpMethod.GET, "/api/v1/events/{id}/posts");
    }

    @Bean
    PublicEndpoint livePostsWrite() {
        return PublicEndpoint.ownLimit(HttpMethod.POST, "/api/v1/events/{id}/posts");
    }

    @Bean
    PublicEndpoint livePostRead() {
        return PublicEndpoint.ownLimit(HttpMethod.GET, "/api/v1/posts/{id}");
    }

    @Bean
    PublicEndpoint liveCommentsRead() {
        return PublicEndpoint.ownLimit(HttpMethod.GET, "/api/v1/posts/{id}/comments");
    }

    @Bean
    PublicEndpoint liveCommentsWrite() {
        return PublicEndpoint.ownLimit(HttpMethod.POST, "/api/v1/posts/{id}/comments");
    }
}
