package de.lagezentrum.briefing.video;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import de.lagezentrum.briefing.BriefingCancelled;

/**
 * A briefing called off ends its BigBlueButton meeting, should one already run, so nobody stays in a
 * room that no longer has a briefing. After the commit and outside the request; a BigBlueButton that
 * cannot be reached leaves the event to be retried.
 */
@Component
class RoomClosing {

    private final VideoRooms rooms;

    RoomClosing(VideoRooms rooms) {
        this.rooms = rooms;
    }

    @ApplicationModuleListener
    void on(BriefingCancelled cancelled) {
        rooms.end(cancelled.tenantId(), cancelled.briefingId());
    }
}
