package de.lagezentrum.live.polls.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import de.lagezentrum.platform.security.PublicEndpoint;

/**
 * What of polls participants reach without an account, with their token: not limited per client address
 * (a city's managers share one), but per participant by the live module itself.
 */
@Configuration(proxyBeanMethods = false)
class PollEndpoints {

    @Bean
    PublicEndpoint livePollVotes() {
        return PublicEndpoint.ownLimit(HttpMethod.POST, "/api/v1/polls/{id}/votes");
    }

    @Bean
    PublicEndpoint livePollResults() {
        return PublicEndpoint.ownLimit(HttpMethod.GET, "/api/v1/polls/{id}/results");
    }

    @Bean
    PublicEndpoint livePollList() {
        return PublicEndpoint.ownLimit(HttpMethod.GET, "/api/v1/events/{id}/polls");
    }
}
