package de.lagezentrum.briefing.video;

import de.lagezentrum.briefing.video.JoinPage.RoomState;

/** The room of a briefing cannot be entered now: not yet open, over, cancelled or without a link. */
public class RoomNotOpenException extends RuntimeException {

    private final RoomState state;

    RoomNotOpenException(RoomState state) {
        super("The room is not open: " + state);
        this.state = state;
    }

    /** Why not. */
    public RoomState state() {
        return state;
    }
}
