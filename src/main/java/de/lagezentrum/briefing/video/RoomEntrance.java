package de.lagezentrum.briefing.video;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import de.lagezentrum.briefing.BriefingManagement;
import de.lagezentrum.briefing.BriefingView;
import de.lagezentrum.briefing.VideoKind;
import de.lagezentrum.briefing.video.JoinPage.RoomState;
import de.lagezentrum.platform.security.CurrentUser;

/**
 * Who enters a briefing's video room, as what, and when. The press office, the chair and the panel
 * moderate; accredited journalists of the municipality (a {@code JOURNALIST} account, which is signed
 * out when it is disabled) watch and ask; for everybody else the briefing does not exist (404, as
 * {@link BriefingManagement#joinable} says). BigBlueButton and Jitsi rooms open {@code token-margin}
 * before the start and close that long after the end; a plain link is shown whenever the briefing is
 * not cancelled.
 */
@Service
public class RoomEntrance {

    private static final String PRESS_OFFICE = "PRESS_OFFICE";

    private final BriefingManagement briefings;
    private final VideoRooms rooms;
    private final Duration margin;
    private final Clock clock;

    RoomEntrance(BriefingManagement briefings, VideoRooms rooms, VideoProperties properties, Clock clock) {
        this.briefings = briefings;
        this.rooms = rooms;
        this.margin = properties.tokenMargin();
        this.clock = clock;
    }

    /**
     * What the join page shows this user.
     *
     * @throws de.lagezentrum.platform.web.NotFoundException when the user may not join that briefing
     */
    public JoinPage page(CurrentUser user, UUID briefingId) {
        BriefingView briefing = briefings.joinable(user, briefingId);
        boolean moderator = user.hasRole(PRESS_OFFICE) || user.personId().equals(briefing.chairId())
                || briefing.panel().contains(user.personId());
        Instant opens = briefing.start().minus(margin);
        Instant closes = briefing.end().plus(margin);
        return new JoinPage(briefing, rooms.kind(), state(briefing, opens, closes), opens, closes, moderator,
                margin.toMinutes());
    }

    /**
     * The personal address of a BigBlueButton or Jitsi room for this user, bound to this briefing:
     * BigBlueButton's signed join (the meeting created first) or a Jitsi address with its token.
     *
     * @return empty when the room is not open now (see {@link JoinPage#state()}) or is a plain link, which
     *         the join page shows as it is
     * @throws de.lagezentrum.platform.web.NotFoundException when the user may not join that briefing
     * @throws BigBlueButtonException when BigBlueButton refuses or cannot be reached
     */
    public Optional<URI> enter(CurrentUser user, UUID briefingId) {
        JoinPage page = page(user, briefingId);
        if (page.state() != RoomState.OPEN || !page.signedRoom()) {
            return Optional.empty();
        }
        BriefingView briefing = page.briefing();
        return Optional.of(rooms.joinUrl(new VideoRooms.Room(user.tenantId(), briefing.id(), briefing.title(),
                briefing.start(), briefing.end(), null), new VideoRooms.Participant(user.displayName(),
                user.personId().toString(), page.moderator())));
    }

    private RoomState state(BriefingView briefing, Instant opens, Instant closes) {
        if (briefing.cancelled()) {
            return RoomState.CANCELLED;
        }
        if (rooms.kind() == VideoKind.LINK) {
            return briefing.videoUrl() == null ? RoomState.NO_LINK : RoomState.OPEN;
        }
        Instant now = clock.instant();
        if (now.isBefore(opens)) {
            return RoomState.NOT_YET_OPEN;
        }
        return now.isBefore(closes) ? RoomState.OPEN : RoomState.CLOSED;
    }
}
