package de.lagezentrum.briefing.video;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The BigBlueButton client against a local server that checks every checksum as BigBlueButton does. */
class BigBlueButtonClientTests {

    static final String SECRET = "bbb-test-secret-0123456789abcdefghijklmnop";
    static final URI CALLBACK = URI.create("https://lagezentrum.example/api/v1/briefings/video/recording-ready");
    /** Spaces, umlauts, ampersand, percent, plus and a question mark: everything the encoding must get right. */
    static final String TITLE = "Pressebriefing Bürgermeisterin & Gäste: 50 % mehr + Fragen?";

    static final UUID TENANT = UUID.fromString("5c1e7f0a-2b6d-4c3e-9f1a-0d2b4c6e8a10");
    static final UUID BRIEFING = UUID.fromString("8e4f2a1c-7b3d-4e5f-a6b7-c8d9e0f1a2b3");

    BigBlueButtonTestServer bbb;
    BigBlueButtonClient client;

    @BeforeEach
    void start() throws IOException {
        bbb = new BigBlueButtonTestServer(SECRET);
        client = new BigBlueButtonClient(bbb.apiUrl(), SECRET, HttpClient.newHttpClient());
    }

    @AfterEach
    void stop() {
        bbb.close();
    }

    @Test
    void createIsSignedAndRecordedWithTheCallback() {
        String meetingId = client.meetingId(TENANT, BRIEFING);

        String createTime = client.create(meetingId, TITLE, CALLBACK);

        assertThat(bbb.refused()).isEmpty();
        assertThat(bbb.accepted()).singleElement().satisfies(call -> {
            assertThat(call.name()).isEqualTo("create");
            assertThat(call.parameters()).containsEntry("name", TITLE).containsEntry("meetingID", meetingId)
                    .containsEntry("record", "true")
                    .containsEntry("meta_bbb-recording-ready-url", CALLBACK.toString())
                    .containsKeys("attendeePW", "moderatorPW");
            assertThat(call.parameters().get("attendeePW")).isNotEqualTo(call.parameters().get("moderatorPW"));
        });
        assertThat(createTime).isEqualTo(bbb.meeting(meetingId).createTime());
        assertThat(client.isMeetingRunning(meetingId)).isTrue();
        assertThat(client.isMeetingRunning(client.meetingId(TENANT, UUID.randomUUID()))).isFalse();
    }

    @Test
    void aRepeatedCreateSendsTheSamePasswordsAndGetsTheRunningMeeting() {
        String meetingId = client.meetingId(TENANT, BRIEFING);

        String first = client.create(meetingId, TITLE, CALLBACK);
        String second = new BigBlueButtonClient(bbb.apiUrl(), SECRET, HttpClient.newHttpClient())
                .create(meetingId, TITLE, CALLBACK);

        assertThat(second).isEqualTo(first);
        assertThat(bbb.accepted()).extracting(call -> call.parameters().get("moderatorPW")).containsOnly(
                bbb.meeting(meetingId).moderatorPassword());
        assertThat(bbb.accepted()).extracting(call -> call.parameters().get("attendeePW")).containsOnly(
                bbb.meeting(meetingId).attendeePassword());
        // Another meeting gets other passwords.
        client.create(client.meetingId(TENANT, UUID.randomUUID()), TITLE, CALLBACK);
        assertThat(bbb.accepted().get(2).parameters().get("moderatorPW"))
                .isNotEqualTo(bbb.meeting(meetingId).moderatorPassword());
    }

    @Test
    void theMeetingIdNamesTenantAndBriefingAndCannotBeGuessed() {
        String meetingId = client.meetingId(TENANT, BRIEFING);

        assertThat(meetingId).matches("lz-" + TENANT + "-" + BRIEFING + "-[0-9a-f]{32}").hasSizeLessThan(256);
        assertThat(client.meetingId(TENANT, BRIEFING)).isEqualTo(meetingId);
        assertThat(client.meetingId(TENANT, UUID.randomUUID())).isNotEqualTo(meetingId);
        assertThat(new BigBlueButtonClient(bbb.apiUrl(), SECRET + "x", HttpClient.newHttpClient())
                .meetingId(TENANT, BRIEFING)).isNotEqualTo(meetingId);
        MeetingIds ids = new MeetingIds(SECRET);
        assertThat(ids.briefingOf(meetingId)).contains(new MeetingIds.Briefing(TENANT, BRIEFING));
        // Another tenant's or briefing's id with this tag, a changed tag, other shapes: not ours.
        String tag = meetingId.substring(meetingId.lastIndexOf('-') + 1);
        assertThat(ids.briefingOf("lz-" + UUID.randomUUID() + "-" + BRIEFING + "-" + tag)).isEmpty();
        assertThat(ids.briefingOf("lz-" + TENANT + "-" + UUID.randomUUID() + "-" + tag)).isEmpty();
        assertThat(ids.briefingOf(meetingId.substring(0, meetingId.length() - 1)
                + (meetingId.endsWith("0") ? "1" : "0"))).isEmpty();
        assertThat(ids.briefingOf(meetingId.toUpperCase())).isEmpty();
        assertThat(ids.briefingOf(meetingId + "0")).isEmpty();
        assertThat(ids.briefingOf("")).isEmpty();
    }

    @Test
    void aWrongSecretIsRefusedByTheServer() {
        BigBlueButtonClient wrong = new BigBlueButtonClient(bbb.apiUrl(), SECRET + "-wrong", HttpClient.newHttpClient());

        assertThatThrownBy(() -> wrong.create(wrong.meetingId(TENANT, BRIEFING), TITLE, CALLBACK))
                .isInstanceOf(BigBlueButtonException.class)
                .hasMessageContaining("FAILED").hasMessageContaining("checksumError")
                .extracting(e -> ((BigBlueButtonException) e).messageKey()).isEqualTo("checksumError");
        assertThat(bbb.refused()).containsExactly("create");
        assertThat(bbb.accepted()).isEmpty();
    }

    @Test
    void theJoinUrlIsSignedWithTheRoleItsPasswordAndTheMeetingsCreateTime() {
        String meetingId = client.meetingId(TENANT, BRIEFING);
        String createTime = client.create(meetingId, TITLE, CALLBACK);

        URI moderator = client.joinUrl(meetingId, "Dr. Anna Müller-Lüdenscheidt", "user-7", true, createTime);
        URI viewer = client.joinUrl(meetingId, "Jörg Presse & Co", "user-8", false, createTime);

        assertThat(moderator.toString()).startsWith(bbb.apiUrl() + "/join?");
        Map<String, String> asModerator = bbb.verify(moderator);
        assertThat(asModerator).isNotNull().containsEntry("fullName", "Dr. Anna Müller-Lüdenscheidt")
                .containsEntry("meetingID", meetingId).containsEntry("role", "MODERATOR")
                .containsEntry("password", bbb.meeting(meetingId).moderatorPassword())
                .containsEntry("userID", "user-7").containsEntry("createTime", createTime)
                .containsEntry("redirect", "true");
        assertThat(bbb.verify(viewer)).isNotNull().containsEntry("fullName", "Jörg Presse & Co")
                .containsEntry("role", "VIEWER").containsEntry("password", bbb.meeting(meetingId).attendeePassword());
        assertThat(bbb.verify(client.joinUrl(meetingId, "Jörg Presse", "user-8", false, null)))
                .doesNotContainKey("createTime");
    }

    @Test
    void aChangedJoinUrlNoLongerMatchesItsChecksum() {
        String meetingId = client.meetingId(TENANT, BRIEFING);
        URI viewer = client.joinUrl(meetingId, "Jörg Presse", "user-8", false, "1767225600001");

        URI promoted = URI.create(viewer.toString().replace("role=VIEWER", "role=MODERATOR"));
        URI otherRoom = URI.create(viewer.toString().replace(meetingId, client.meetingId(TENANT, UUID.randomUUID())));

        assertThat(bbb.verify(viewer)).isNotNull();
        assertThat(bbb.verify(promoted)).isNull();
        assertThat(bbb.verify(otherRoom)).isNull();
    }

    @Test
    void endingAMeetingThatIsNotRunningCountsAsDone() {
        String meetingId = client.meetingId(TENANT, BRIEFING);
        client.create(meetingId, TITLE, CALLBACK);

        assertThat(client.end(meetingId)).isTrue();
        assertThat(client.isMeetingRunning(meetingId)).isFalse();
        assertThat(client.end(meetingId)).isFalse();
        assertThat(bbb.accepted()).filteredOn(call -> call.name().equals("end")).hasSize(2);
    }

    @Test
    void anyOtherRefusalOfEndIsAnError() {
        bbb.answerWith("<response><returncode>FAILED</returncode><messageKey>invalidPassword</messageKey>"
                + "<message>No.</message></response>");

        assertThatThrownBy(() -> client.end(client.meetingId(TENANT, BRIEFING)))
                .isInstanceOf(BigBlueButtonException.class).hasMessageContaining("invalidPassword");
    }

    @Test
    void theChecksumIsLowercaseHexSha256OfCallQueryAndSecret() {
        // From sha256sum of "isMeetingRunningmeetingID=abcsecret".
        assertThat(BigBlueButtonClient.checksum("isMeetingRunning", "meetingID=abc", "secret"))
                .isEqualTo("65342fc3b80769e0fe899df355da8e760d283dcb327134e1849422106918021d");
        assertThat(BigBlueButtonClient.encode("a b&c=d%ü+?")).isEqualTo("a+b%26c%3Dd%25%C3%BC%2B%3F");
    }

    @Test
    void anAnswerWithAnExternalEntityIsRefused() {
        bbb.answerWith("""
                <?xml version="1.0"?>
                <!DOCTYPE response [<!ENTITY leak SYSTEM "file:///etc/passwd">]>
                <response><returncode>SUCCESS</returncode><running>&leak;</running></response>""");

        assertThatThrownBy(() -> client.isMeetingRunning("abc")).isInstanceOf(BigBlueButtonException.class)
                .hasMessageContaining("no readable XML");
    }

    @Test
    void anAnswerThatIsNoXmlIsAClearError() {
        bbb.answerWith("<html>Bad gateway");

        assertThatThrownBy(() -> client.isMeetingRunning("abc")).isInstanceOf(BigBlueButtonException.class)
                .hasMessageContaining("no readable XML");
    }

    @Test
    void anUnreachableServerIsAClearError() {
        URI gone = bbb.apiUrl();
        bbb.close();
        BigBlueButtonClient orphan = new BigBlueButtonClient(gone, SECRET, HttpClient.newHttpClient());

        assertThatThrownBy(() -> orphan.isMeetingRunning("abc")).isInstanceOf(BigBlueButtonException.class)
                .hasMessageContaining("unreachable");
    }
}
