package de.lagezentrum.briefing.video;

import java.time.Instant;

import de.lagezentrum.briefing.BriefingView;
import de.lagezentrum.briefing.VideoKind;

/**
 * What the join page of a briefing shows one participant.
 *
 * @param briefing the briefing
 * @param kind how its room is held
 * @param state whether the room can be entered now
 * @param opensAt when a BigBlueButton or Jitsi room opens (the margin before the start)
 * @param closesAt when it closes (the margin after the end)
 * @param moderator whether the participant moderates (press office, chair, panel) or watches (journalists)
 * @param marginMinutes the margin in minutes
 */
public record JoinPage(BriefingView briefing, VideoKind kind, RoomState state, Instant opensAt, Instant closesAt,
        boolean moderator, long marginMinutes) {

    /** Whether the room is entered through this application's redirect (a personal, signed address). */
    public boolean signedRoom() {
        return kind != VideoKind.LINK;
    }

    /** Whether the room can be entered, and if not, why. */
    public enum RoomState {
        /** Enter now. */
        OPEN,
        /** Opens at {@link JoinPage#opensAt()}. */
        NOT_YET_OPEN,
        /** The briefing is over. */
        CLOSED,
        /** The briefing was called off. */
        CANCELLED,
        /** A briefing held by link whose link is not known yet. */
        NO_LINK
    }
}
