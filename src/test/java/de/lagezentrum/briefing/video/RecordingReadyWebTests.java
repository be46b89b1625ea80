package de.lagezentrum.briefing.video;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.lagezentrum.IntegrationTest;
import de.lagezentrum.briefing.BriefingRecordingReady;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * BigBlueButton's recording-ready callback through the whole application: public without an account,
 * accepted only with a token signed with the shared secret, a 401 problem and nothing published otherwise.
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

    @Test
    void aCallbackSignedWithTheSecretPublishesTheRecording() {
        String meetingId = UUID.randomUUID().toString();

        MvcTestResult result = post(CallbackTokens.signed(properties.bbb().secret(), meetingId, "record-1"));

        assertThat(result).hasStatusOk();
        assertThat(events.stream(BriefingRecordingReady.class))
                .containsExactly(new BriefingRecordingReady(meetingId, "record-1"));
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
