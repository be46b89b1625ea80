package de.lagezentrum.briefing.video;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import de.lagezentrum.briefing.VideoKind;
import de.lagezentrum.briefing.video.RecordingInbox.Receipt;
import de.lagezentrum.briefing.video.VideoRooms.Participant;
import de.lagezentrum.briefing.video.VideoRooms.Room;
import de.lagezentrum.platform.web.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A briefing's join address for each kind of room, and the callback passing on only genuine meetings. */
class VideoRoomsTests {

    static final String SECRET = BigBlueButtonClientTests.SECRET;
    static final URI BASE = URI.create("https://lagezentrum.example/");
    static final UUID TENANT = BigBlueButtonClientTests.TENANT;
    static final UUID BRIEFING = BigBlueButtonClientTests.BRIEFING;

    final Instant start = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    final Room room = new Room(TENANT, BRIEFING, "Wöchentliches Pressebriefing", start, start.plus(1, ChronoUnit.HOURS),
            URI.create("https://video.example/raum/42"));
    final Participant panel = new Participant("Dr. Anna Müller", "user-7", true);
    final Participant journalist = new Participant("Jörg Presse", "user-8", false);
    /** What reached the inbox; it knows only {@link #BRIEFING} and takes each record id once. */
    final List<String> received = new ArrayList<>();
    final RecordingInbox inbox = (tenantId, briefingId, meetingId, recordId) -> {
        if (!briefingId.equals(BRIEFING)) {
            return Receipt.UNKNOWN_BRIEFING;
        }
        if (received.contains(recordId)) {
            return Receipt.REPEATED;
        }
        received.add(recordId);
        return Receipt.NEW;
    };

    @Test
    void aLinkRoomHandsOutTheBriefingsLink() {
        VideoRooms rooms = new VideoRooms(VideoKind.LINK, null, null, null, BASE, inbox);

        assertThat(rooms.joinUrl(room, journalist)).isEqualTo(URI.create("https://video.example/raum/42"));
        assertThatThrownBy(() -> rooms.joinUrl(withLink(URI.create("http://video.example/raum")), journalist))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rooms.joinUrl(withLink(URI.create("javascript:alert(1)")), journalist))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rooms.joinUrl(withLink(null), journalist))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBigBlueButtonRoomIsCreatedBeforeEachJoinAndJoinedByRoleInThatRun() throws IOException {
        try (BigBlueButtonTestServer bbb = new BigBlueButtonTestServer(SECRET)) {
            VideoRooms rooms = bigBlueButton(bbb);

            URI asPanel = rooms.joinUrl(room, panel);
            URI asJournalist = rooms.joinUrl(room, journalist);

            String meetingId = rooms.meetingId(TENANT, BRIEFING);
            assertThat(bbb.refused()).isEmpty();
            assertThat(bbb.accepted()).filteredOn(call -> call.name().equals("create")).hasSize(2)
                    .allSatisfy(create -> assertThat(create.parameters())
                            .containsEntry("meetingID", meetingId)
                            .containsEntry("name", "Wöchentliches Pressebriefing")
                            .containsEntry("record", "true")
                            .containsEntry("meta_bbb-recording-ready-url",
                                    "https://lagezentrum.example/api/v1/briefings/video/recording-ready"));
            String createTime = bbb.meeting(meetingId).createTime();
            assertThat(bbb.verify(asPanel)).containsEntry("role", "MODERATOR").containsEntry("meetingID", meetingId)
                    .containsEntry("createTime", createTime);
            assertThat(bbb.verify(asJournalist)).containsEntry("role", "VIEWER").containsEntry("userID", "user-8")
                    .containsEntry("createTime", createTime);
        }
    }

    @Test
    void aJournalistsAddressForOneBriefingNamesThatBriefingsMeetingOnly() throws IOException {
        try (BigBlueButtonTestServer bbb = new BigBlueButtonTestServer(SECRET)) {
            VideoRooms rooms = bigBlueButton(bbb);
            UUID other = UUID.randomUUID();

            URI forA = rooms.joinUrl(room, journalist);
            URI forB = rooms.joinUrl(new Room(TENANT, other, "Anderes Briefing", start, start.plusSeconds(3600),
                    null), journalist);

            assertThat(bbb.verify(forA)).containsEntry("meetingID", rooms.meetingId(TENANT, BRIEFING));
            assertThat(bbb.verify(forB)).containsEntry("meetingID", rooms.meetingId(TENANT, other));
            // Pointing A's address at B's meeting breaks its checksum.
            assertThat(bbb.verify(URI.create(forA.toString().replace(rooms.meetingId(TENANT, BRIEFING),
                    rooms.meetingId(TENANT, other))))).isNull();
        }
    }

    @Test
    void cancellingEndsARunningMeetingAndAMissingOneCountsAsEnded() throws IOException {
        try (BigBlueButtonTestServer bbb = new BigBlueButtonTestServer(SECRET)) {
            VideoRooms rooms = bigBlueButton(bbb);
            rooms.joinUrl(room, panel);

            rooms.end(TENANT, BRIEFING);
            rooms.end(TENANT, BRIEFING);

            assertThat(bbb.meeting(rooms.meetingId(TENANT, BRIEFING))).isNull();
            assertThat(bbb.accepted()).filteredOn(call -> call.name().equals("end")).hasSize(2);
        }
    }

    @Test
    void aJitsiRoomHandsOutASignedToken() throws Exception {
        JitsiTokens jitsi = new JitsiTokens(URI.create("https://meet.example"), "lagezentrum",
                JitsiTokensTests.SECRET, Duration.ofMinutes(15));
        VideoRooms rooms = new VideoRooms(VideoKind.JITSI, null, null, jitsi, BASE, inbox);

        URI url = rooms.joinUrl(room, journalist);

        assertThat(url.getHost()).isEqualTo("meet.example");
        assertThat(url.getPath()).isEqualTo("/" + jitsi.room(BRIEFING.toString()));
        SignedJWT jwt = SignedJWT.parse(url.getQuery().substring("jwt=".length()));
        assertThat(jwt.getJWTClaimsSet().getExpirationTime().toInstant())
                .isEqualTo(room.end().plus(Duration.ofMinutes(15)));
        rooms.end(TENANT, BRIEFING);
    }

    @Test
    void theCallbackPassesOnGenuineMeetingsOfKnownBriefingsOncePerRecording() {
        VideoRooms rooms = new VideoRooms(VideoKind.BIGBLUEBUTTON, null, SECRET, null, BASE, inbox);
        String meetingId = rooms.meetingId(TENANT, BRIEFING);

        assertThatThrownBy(() -> rooms.recordingReady(CallbackTokens.signed(SECRET + "x", meetingId, "r")))
                .isInstanceOf(ForgedCallbackException.class);
        assertThat(rooms.recordingReady(CallbackTokens.signed(SECRET, meetingId, "r"))).isEqualTo(Receipt.NEW);
        assertThat(rooms.recordingReady(CallbackTokens.signed(SECRET, meetingId, "r"))).isEqualTo(Receipt.REPEATED);
        assertThat(received).containsExactly("r");
    }

    @Test
    void aSignedCallbackForAMeetingThatIsNotOursIsNotFound() {
        VideoRooms rooms = new VideoRooms(VideoKind.BIGBLUEBUTTON, null, SECRET, null, BASE, inbox);
        String meetingId = rooms.meetingId(TENANT, BRIEFING);
        String forgedTag = meetingId.substring(0, meetingId.length() - 32) + "0".repeat(32);

        assertThatThrownBy(() -> rooms.recordingReady(CallbackTokens.signed(SECRET, forgedTag, "r")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> rooms.recordingReady(CallbackTokens.signed(SECRET, "someone-elses-meeting", "r")))
                .isInstanceOf(NotFoundException.class);
        String unknownBriefing = rooms.meetingId(TENANT, UUID.randomUUID());
        assertThatThrownBy(() -> rooms.recordingReady(CallbackTokens.signed(SECRET, unknownBriefing, "r")))
                .isInstanceOf(NotFoundException.class);
        assertThat(received).isEmpty();
    }

    @Test
    void withoutBigBlueButtonEveryCallbackIsRefused() {
        VideoRooms rooms = new VideoRooms(VideoKind.LINK, null, null, null, BASE, inbox);

        assertThatThrownBy(() -> rooms.recordingReady(CallbackTokens.signed(SECRET, "m", "r")))
                .isInstanceOf(ForgedCallbackException.class);
        assertThat(received).isEmpty();
    }

    private VideoRooms bigBlueButton(BigBlueButtonTestServer bbb) {
        BigBlueButtonClient client = new BigBlueButtonClient(bbb.apiUrl(), SECRET, HttpClient.newHttpClient());
        return new VideoRooms(VideoKind.BIGBLUEBUTTON, client, SECRET, null, BASE, inbox);
    }

    private Room withLink(URI link) {
        return new Room(room.tenantId(), room.briefingId(), room.title(), room.start(), room.end(), link);
    }
}
