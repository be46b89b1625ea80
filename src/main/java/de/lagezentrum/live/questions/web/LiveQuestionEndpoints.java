package de.lagezentrum.live.questions.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import de.lagezentrum.platform.security.PublicEndpoint;

/**
 * What of questions participants reach without an account, with their token: not limited per client
 * address (a city's managers share one), but per participant by the live module itself. The list is the
 * team's as well, with a bearer token.
 */
@Configuration(proxyBeanMethods = false)
class LiveQuestionEndpoints {

    @Bean
    PublicEndpoint liveQuestionAsk() {
        return PublicEndpoint.ownLimit(HttpMethod.POST, "/api/v1/events/{id}/questions");
    }

    @Bean
    PublicEndpoint liveQuestionList() {
        return PublicEndpoint.ownLimit(HttpMethod.GET, "/api/v1/events/{id}/questions");
    }

    @Bean
    PublicEndpoint liveQuestionUpvote() {
        return PublicEndpoint.ownLimit(HttpMethod.POST, "/api/v1/questions/{id}/upvote");
    }

    @Bean
    PublicEndpoint liveQuestionUpvoteRemoval() {
        return PublicEndpoint.ownLimit(HttpMethod.DELETE, "/api/v1/questions/{id}/upvote");
    }
}
