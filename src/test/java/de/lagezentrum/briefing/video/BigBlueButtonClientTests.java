package de.lagezentrum.briefing.video;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.Map;

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
        String meetingId = client.meetingId("briefing-1");

        client.create(meetingId, TITLE, CALLBACK);

        assertThat(bbb.refused()).isEmpty();
        assertThat(bbb.accepted()).singleElement().satisfies(call -> {
            assertThat(call.name()).isEqualTo("create");
            assertThat(call.parameters()).containsEntry("name", TITLE).containsEntry("meetingID", meetingId)
                    .containsEntry("record", "true")
                    .containsEntry("meta_bbb-recording-ready-url", CALLBACK.toString());
        });
        assertThat(client.isMeetingRunning(meetingId)).isTrue();
        assertThat(client.isMeetingRunning(client.meetingId("briefing-2"))).isFalse();
    }

    @Test
    void theMeetingIdCannotBeGuessedFromTheBriefing() {
        String meetingId = client.meetingId("briefing-1");

        assertThat(meetingId).matches("[0-9a-f]{64}").doesNotContain("briefing");
        assertThat(client.meetingId("briefing-1")).isEqualTo(meetingId);
        assertThat(client.meetingId("briefing-2")).isNotEqualTo(meetingId);
        assertThat(new BigBlueButtonClient(bbb.apiUrl(), SECRET + "x", HttpClient.newHttpClient())
                .meetingId("briefing-1")).isNotEqualTo(meetingId);
    }

    @Test
    void aWrongSecretIsRefusedByTheServer() {
        BigBlueButtonClient wrong = new BigBlueButtonClient(bbb.apiUrl(), SECRET + "-wrong", HttpClient.newHttpClient());

        assertThatThrownBy(() -> wrong.create(wrong.meetingId("briefing-1"), TITLE, CALLBACK))
                .isInstanceOf(BigBlueButtonException.class)
                .hasMessageContaining("FAILED").hasMessageContaining("checksumError")
                .extracting(e -> ((BigBlueButtonException) e).messageKey()).isEqualTo("checksumError");
        assertThat(bbb.refused()).containsExactly("create");
        assertThat(bbb.accepted()).isEmpty();
    }

    @Test
    void theJoinUrlIsSignedWithTheRoleAndRedirects() {
        String meetingId = client.meetingId("briefing-1");

        URI moderator = client.joinUrl(meetingId, "Dr. Anna Müller-Lüdenscheidt", "user-7", true);
        URI viewer = client.joinUrl(meetingId, "Jörg Presse & Co", "user-8", false);

        assertThat(moderator.toString()).startsWith(bbb.apiUrl() + "/join?");
        Map<String, String> asModerator = bbb.verify(moderator);
        assertThat(asModerator).isNotNull().containsEntry("fullName", "Dr. Anna Müller-Lüdenscheidt")
                .containsEntry("meetingID", meetingId).containsEntry("role", "MODERATOR")
                .containsEntry("userID", "user-7").containsEntry("redirect", "true");
        assertThat(bbb.verify(viewer)).isNotNull().containsEntry("fullName", "Jörg Presse & Co")
                .containsEntry("role", "VIEWER");
    }

    @Test
    void aChangedJoinUrlNoLongerMatchesItsChecksum() {
        String meetingId = client.meetingId("briefing-1");
        URI viewer = client.joinUrl(meetingId, "Jörg Presse", "user-8", false);

        URI promoted = URI.create(viewer.toString().replace("role=VIEWER", "role=MODERATOR"));
        URI otherRoom = URI.create(viewer.toString().replace(meetingId, client.meetingId("briefing-2")));

        assertThat(bbb.verify(promoted)).isNull();
        assertThat(bbb.verify(otherRoom)).isNull();
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
