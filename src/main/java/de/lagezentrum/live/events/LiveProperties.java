package de.lagezentrum.live.events;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of live events, bound from {@code lagezentrum.live.*} (environment variables
 * {@code LAGEZENTRUM_LIVE_*}).
 *
 * @param joinsPerMinutePerAddress joins per minute from one client address: high, because a city's
 *        managers join from behind one proxy address
 * @param participantRequestsPerSecond what one participant may send per second (votes, upvotes, questions,
 *        posts) before getting 429; a person clicking fast stays well below it
 */
@ConfigurationProperties("lagezentrum.live")
public record LiveProperties(
        @DefaultValue("3000") int joinsPerMinutePerAddress,
        @DefaultValue("10") int participantRequestsPerSecond) {
}
