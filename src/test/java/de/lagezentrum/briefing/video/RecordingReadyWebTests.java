package de.lagezentrum.briefing.video;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.lagezentrum.Administrator;
import de.lagezentrum.IntegrationTest;
import de.lagezentrum.briefing.BriefingRecordingReady;
import de.lagezentrum.briefing.BriefingView;
import de.lagezentrum.briefing.TestBriefings;
import de.lagezentrum.briefing.TestBriefings.PressOffice;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * BigBlueButton's recording-ready callback through the whole application: public without an account,
 * accepted only with a token signed with the shared secret (a 401 problem otherwise) for a meeting id this
 * application made for a briefing it has (a 404 problem otherwise), published once per recording.
 */
@IntegrationTest
@RecordApplicationEvents
class RecordingReadyWebTests {

    static final String PATH = "/api/v1/briefings/video/recording-ready";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    VideoProperties properties;

    @Autowired
    ApplicationEvents events;

    @Autowired
    VideoRooms rooms;

    @Autowired
    TestBriefings fixtures;

    @Autowired
    @Administrator
    JdbcClient jdbc;

    @Test
    void aCallbackSignedWithTheSecretPublishesTheRecordingOnceForItsBriefing() {
        PressOffice office = fixtures.pressOffice("Aufzeichnungsstadt");
        BriefingView briefing = fixtures.plan(office, "Briefing mit Aufzeichnung", Duration.ofMinutes(-90));
        String meetingId = rooms.meetingId(office.tenant().id(), briefing.id());
        String recordId = "a1b2c3d4e5f6-" + UUID.randomUUID();

        MvcTestResult first = post(CallbackTokens.signed(properties.bbb().secret(), meetingId, recordId));
        // BigBlueButton calls once per playback format (presentation, video, …) and after retries.
        MvcTestResult again = post(CallbackTokens.signed(properties.bbb().secret(), meetingId, recordId));

        assertThat(first).hasStatusOk();
        assertThat(again).hasStatusOk();
        assertThat(events.stream(BriefingRecordingReady.class)).containsExactly(
                new BriefingRecordingReady(office.tenant().id(), briefing.id(), meetingId, recordId));
        assertThat(jdbc.sql("SELECT briefing_id FROM briefing.recording_ready WHERE tenant_id = ? AND record_id = ?")
                .params(office.tenant().id(), recordId).query(UUID.class).list()).containsExactly(briefing.id());
    }

    @Test
    void aSignedCallbackForAMeetingThatIsNotOursIsA404ProblemThatTellsNothing() throws Exception {
        PressOffice office = fixtures.pressOffice("Fremdaufzeichnungsstadt");
        BriefingView briefing = fixtures.plan(office, "Briefing", Duration.ofMinutes(-90));
        String meetingId = rooms.meetingId(office.tenant().id(), briefing.id());
        String forgedTag = meetingId.substring(0, meetingId.length() - 32) + "f".repeat(32);
        String otherTenant = meetingId.replace(office.tenant().id().toString(), UUID.randomUUID().toString());
        String unknownBriefing = rooms.meetingId(office.tenant().id(), UUID.randomUUID());
        String secret = properties.bbb().secret();

        for (String meeting : List.of(forgedTag, otherTenant, unknownBriefing, "random-meeting-of-another-app")) {
            MvcTestResult result = post(CallbackTokens.signed(secret, meeting, "record-" + UUID.randomUUID()));
            assertThat(result).as(meeting).hasStatus(HttpStatus.NOT_FOUND)
                    .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(result.getResponse().getContentAsString()).doesNotContain(meeting, briefing.id().toString());
        }
        assertThat(events.stream(BriefingRecordingReady.class)).isEmpty();
    }

    @Test
    void aForgedCallbackIsA401ProblemAndPublishesNothing() {
        MvcTestResult result = post(CallbackTokens.signed(properties.bbb().secret() + "-guess", "meeting-1", "r"));

        assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED).hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.type").isEqualTo("/problems/forged-callback");
        assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("Rückmeldung abgelehnt");
        assertThat(events.stream(BriefingRecordingReady.class)).isEmpty();
    }

    @Test
    void anUnsignedCallbackIsA401ProblemAndPublishesNothing() {
        MvcTestResult result = post(CallbackTokens.unsigned("meeting-1", "record-1"));

        assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(events.stream(BriefingRecordingReady.class)).isEmpty();
    }

    @Test
    void aCallbackWithoutTheTokenIsABadRequest() {
        MvcTestResult result = mvc.post().uri(PATH).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("meeting_id", "meeting-1").exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(events.stream(BriefingRecordingReady.class)).isEmpty();
    }

    @Test
    void theSecretNeverAppearsInTheSettingsText() {
        assertThat(properties.toString()).doesNotContain(properties.bbb().secret()).contains("***");
    }

    private MvcTestResult post(String signedParameters) {
        return mvc.post().uri(PATH).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("signed_parameters", signedParameters).exchange();
    }
}
