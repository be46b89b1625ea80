package de.lagezentrum.live.questions.web;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.lagezentrum.IntegrationTest;
import de.lagezentrum.live.EventView;
import de.lagezentrum.live.JoinPolicy;
import de.lagezentrum.live.TestLive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The participant's questions without JavaScript: the form asks and sends the browser back to the
 * section, a refusal is shown at the field with the typed text kept, the list and its upvote button render.
 */
@IntegrationTest
class LiveQuestionPageWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestLive fixtures;

    @Test
    void aParticipantAsksWithThePlainFormAndSeesTheQuestionWaiting() {
        EventView event = fixtures.running(fixtures.hosts("Formstadt"), "Formtag", JoinPolicy.ANONYMOUS);
        Cookie cookie = new Cookie("LZ_PARTICIPANT", fixtures.join(event, "Anna Amt").participantToken());

        MvcTestResult asked = mvc.post().uri("/live/" + event.id() + "/questions").cookie(cookie).with(csrf())
                .param("text", "Wie geht es weiter?").param("named", "true").exchange();
        assertThat(asked).hasStatus3xxRedirection();
        assertThat(asked.getResponse().getRedirectedUrl()).isEqualTo("/live/" + event.id() + "#questions");

        MvcTestResult section = mvc.get().uri("/live/" + event.id() + "/questions").cookie(cookie).exchange();
        assertThat(section).hasStatusOk();
        assertThat(section).bodyText().contains("Wie geht es weiter?").contains("Wartet auf Freigabe")
                .contains("Anna Amt").contains("1 bis 500 Zeichen");

        MvcTestResult refused = mvc.post().uri("/live/" + event.id() + "/questions").cookie(cookie).with(csrf())
                .param("text", "x".repeat(501)).exchange();
        assertThat(refused).hasStatus3xxRedirection();
        assertThat((java.util.Map<String, Object>) refused.getMvcResult().getFlashMap()).containsEntry("questionError", "live.question.text.too-long")
            .containsEntry("questionText", "x".repeat(501));
    }
}
