package de.lagezentrum.briefing.video;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import de.lagezentrum.briefing.BriefingRecordingReady;
import de.lagezentrum.briefing.VideoKind;
import de.lagezentrum.briefing.video.VideoRooms.Participant;
import de.lagezentrum.briefing.video.VideoRooms.Room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A briefing's join address for each kind of room, and the callback publishing only when verified. */
class VideoRoomsTests {

    static final String SECRET = BigBlueButtonClientTests.SECRET;
    static final URI BASE = URI.create("https://lagezentrum.example/");

    final Instant start = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    final Room room = new Room("briefing-1", "Wöchentliches Pressebriefing", start, start.plus(1, ChronoUnit.HOURS),
            URI.create("https://video.example/raum/42"));
    final Participant panel = new Participant("Dr. Anna Müller", "user-7", true);
    final Participant journalist = new Participant("Jörg Presse", "user-8", false);
    final List<Object> published = new ArrayList<>();

    @Test
    void aLinkRoomHandsOutTheBriefingsLink() {
        VideoRooms rooms = new VideoRooms(VideoKind.LINK, null, null, null, BASE, published::add);

        assertThat(rooms.joinUrl(room, journalist)).isEqualTo(URI.create("https://video.example/raum/42"));
        assertThatThrownBy(() -> rooms.joinUrl(withLink(URI.create("http://video.example/raum")), journalist))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rooms.joinUrl(withLink(URI.create("javascript:alert(1)")), journalist))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rooms.joinUrl(withLink(null), journalist))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBigBlueButtonRoomIsCreatedOnceThenJoinedByRole() throws IOException {
        try (BigBlueButtonTestServer bbb = new BigBlueButtonTestServer(SECRET)) {
            BigBlueButtonClient client = new BigBlueButtonClient(bbb.apiUrl(), SECRET, HttpClient.newHttpClient());
            VideoRooms rooms = new VideoRooms(VideoKind.BIGBLUEBUTTON, client, new RecordingReadyVerifier(SECRET),
                    null, BASE, published::add);

            URI asPanel = rooms.joinUrl(room, panel);
            URI asJournalist = rooms.joinUrl(room, journalist);

            String meetingId = rooms.meetingId("briefing-1");
            assertThat(bbb.refused()).isEmpty();
            assertThat(bbb.accepted()).filteredOn(call -> call.name().equals("create")).singleElement()
                    .satisfies(create -> assertThat(create.parameters())
                            .containsEntry("meetingID", meetingId)
                            .containsEntry("name", "Wöchentliches Pressebriefing")
                            .containsEntry("record", "true")
                            .containsEntry("meta_bbb-recording-ready-url",
                                    "https://lagezentrum.example/api/v1/briefings/video/recording-ready"));
            assertThat(bbb.verify(asPanel)).containsEntry("role", "MODERATOR").containsEntry("meetingID", meetingId);
            assertThat(bbb.verify(asJournalist)).containsEntry("role", "VIEWER").containsEntry("userID", "user-8");
        }
    }

    @Test
    void aJitsiRoomHandsOutASignedToken() throws Exception {
        JitsiTokens jitsi = new JitsiTokens(URI.create("https://meet.example"), "lagezentrum",
                JitsiTokensTests.SECRET, Duration.ofMinutes(15));
        VideoRooms rooms = new VideoRooms(VideoKind.JITSI, null, null, jitsi, BASE, published::add);

        URI url = rooms.joinUrl(room, journalist);

        assertThat(url.getHost()).isEqualTo("meet.example");
        assertThat(url.getPath()).isEqualTo("/" + jitsi.room("briefing-1"));
        SignedJWT jwt = SignedJWT.parse(url.getQuery().substring("jwt=".length()));
        assertThat(jwt.getJWTClaimsSet().getExpirationTime().toInstant())
                .isEqualTo(room.end().plus(Duration.ofMinutes(15)));
    }

    @Test
    void theCallbackPublishesOnlyWhenVerified() {
        VideoRooms rooms = new VideoRooms(VideoKind.BIGBLUEBUTTON, null, new RecordingReadyVerifier(SECRET), null,
                BASE, published::add);

        assertThatThrownBy(() -> rooms.recordingReady(CallbackTokens.signed(SECRET + "x", "m", "r")))
                .isInstanceOf(ForgedCallbackException.class);
        assertThat(published).isEmpty();

        rooms.recordingReady(CallbackTokens.signed(SECRET, "m", "r"));
        assertThat(published).containsExactly(new BriefingRecordingReady("m", "r"));
    }

    @Test
    void withoutBigBlueButtonEveryCallbackIsRefused() {
        VideoRooms rooms = new VideoRooms(VideoKind.LINK, null, null, null, BASE, published::add);

        assertThatThrownBy(() -> rooms.recordingReady(CallbackTokens.signed(SECRET, "m", "r")))
                .isInstanceOf(ForgedCallbackException.class);
        assertThat(published).isEmpty();
    }

    private Room withLink(URI link) {
        return new Room(room.briefingId(), room.title(), room.start(), room.end(), link);
    }
}
