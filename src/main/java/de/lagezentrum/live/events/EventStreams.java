package de.lagezentrum.live.events;

import java.util.UUID;

import org.springframework.stereotype.Component;

import de.lagezentrum.live.LiveEvents;
import de.lagezentrum.platform.realtime.LiveHub;

/**
 * An event's two streams: the participants' ({@link LiveEvents#topic}) and the team's
 * ({@link LiveEvents#teamTopic}), which carries everything the participants' does and what only the team
 * sees (a pending question, hidden content). Features publish through here, so the team's console never
 * misses what the audience sees.
 */
@Component
public class EventStreams {

    private final LiveHub hub;

    EventStreams(LiveHub hub) {
        this.hub = hub;
    }

    /** An event everybody sees (in the changing transaction: it goes out when that commits). */
    public void toEveryone(UUID eventId, String name, Object data) {
        hub.publish(LiveEvents.topic(eventId), name, data);
        hub.publish(LiveEvents.teamTopic(eventId), name, data);
    }

    /** An event only the team sees. */
    public void toTeam(UUID eventId, String name, Object data) {
        hub.publish(LiveEvents.teamTopic(eventId), name, data);
    }
}
