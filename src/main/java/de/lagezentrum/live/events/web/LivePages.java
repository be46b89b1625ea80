package de.lagezentrum.live.events.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import de.lagezentrum.live.events.LiveProperties;
import de.lagezentrum.platform.security.PublicEndpoint;
import de.lagezentrum.platform.web.NavigationItem;

/**
 * What of live events the public reaches without an account. Joining is limited per client address, but
 * generously: a city's managers join from behind one proxy. Everything a participant does afterwards
 * carries the participant token and is limited per participant ({@code ParticipantLimits}), not per
 * address; without a valid token it is 401 (API) or sends the browser to the join page.
 */
@Configuration(proxyBeanMethods = false)
class LivePages {

    static final String JOIN_API = "/api/v1/join";

    @Bean
    NavigationItem eventsNavigation() {
        return new NavigationItem("nav.events", "/events", 400, Set.of("EVENT_HOST"));
    }

    @Bean
    PublicEndpoint liveJoinApi(LiveProperties properties) {
        return new PublicEndpoint(HttpMethod.POST, JOIN_API, properties.joinsPerMinutePerAddress());
    }

    @Bean
    PublicEndpoint liveJoinPage(LiveProperties properties) {
        return new PublicEndpoint(HttpMethod.GET, "/join/**", properties.joinsPerMinutePerAddress());
    }

    @Bean
    PublicEndpoint liveJoinForm(LiveProperties properties) {
        return new PublicEndpoint(HttpMethod.POST, "/join", properties.joinsPerMinutePerAddress());
    }

    @Bean
    PublicEndpoint liveParticipantPages() {
        return PublicEndpoint.ownLimit(HttpMethod.GET, "/live/**");
    }

    @Bean
    PublicEndpoint liveParticipantForms() {
        return PublicEndpoint.ownLimit(HttpMethod.POST, "/live/**");
    }

    @Bean
    PublicEndpoint liveParticipantEvent() {
        return PublicEndpoint.ownLimit(HttpMethod.GET, "/api/v1/events/{id}/participant");
    }

    @Bean
    PublicEndpoint liveStream() {
        return PublicEndpoint.ownLimit(HttpMethod.GET, "/api/v1/events/{id}/stream");
    }
}
