package de.lagezentrum.lessons.knowledge.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import de.lagezentrum.platform.security.PublicEndpoint;
import de.lagezentrum.platform.security.PublicPage;

/**
 * The knowledge platform's public pages ({@code /wissen}, a factor, the feed, Leichte Sprache): no session, ETag
 * and {@code Cache-Control: public}, so a CDN can carry them; the search API is a public, rate-limited endpoint.
 */
@Configuration(proxyBeanMethods = false)
class KnowledgePages {

    static final String HOME = "/wissen";
    static final String FEED = "/wissen/feed.atom";
    static final String EASY_LANGUAGE = "/wissen/leichte-sprache";
    static final String SEARCH_API = "/api/v1/public/resilience-factors";

    @Bean
    PublicPage knowledgeHomePage() {
        return new PublicPage(HOME);
    }

    /** A factor, the feed and the Leichte-Sprache page. */
    @Bean
    PublicPage knowledgeSubPages() {
        return new PublicPage("/wissen/*");
    }

    @Bean
    PublicEndpoint knowledgeSearchApi() {
        return new PublicEndpoint(HttpMethod.GET, SEARCH_API);
    }
}
