package de.lagezentrum.live.questions.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.lagezentrum.IntegrationTest;
import de.lagezentrum.WebTestSupport;
import de.lagezentrum.live.EventView;
import de.lagezentrum.live.JoinPolicy;
import de.lagezentrum.live.LiveQuestionSort;
import de.lagezentrum.live.LiveQuestionStatus;
import de.lagezentrum.live.LiveQuestionView;
import de.lagezentrum.live.LiveQuestions;
import de.lagezentrum.live.TestLive;
import de.lagezentrum.live.TestLive.Hosts;
import de.lagezentrum.organisation.TestOrganisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The participant's questions without JavaScript: the form asks and sends the browser back to the
 * section, a refusal is shown at the field with the typed text kept, the list and its upvote button render.
 * The team's moderation form takes only the event's own questions: another event's or municipality's are 404.
 */
@IntegrationTest
class LiveQuestionPageWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestLive fixtures;

    @Autowired
    LiveQuestions questions;

    @Test
    void aParticipantAsksWithThePlainFormAndSeesTheQuestionWaiting() {
        EventView event = fixtures.running(fixtures.hosts("Formstadt"), "Formtag", JoinPolicy.ANONYMOUS);
        Cookie cookie = new Cookie("LZ_PARTICIPANT", fixtures.join(event, "Anna Amt").participantToken());

        MvcTestResult asked = mvc.post().uri("/live/" + event.id() + "/questions").cookie(cookie).with(csrf())
                .param("text", "Wie geht es weiter?").param("named", "true").exchange();
        assertThat(asked).hasStatus3xxRedirection();
        assertThat(asked.getResponse().getRedirectedUrl()).isEqualTo("/live/" + event.id() + "#question-outcome");

        MvcTestResult page = mvc.get().uri("/live/" + event.id() + "/questions").cookie(cookie).exchange();
        assertThat(page).hasStatus3xxRedirection();
        assertThat(page.getResponse().getRedirectedUrl()).isEqualTo("/live/" + event.id() + "#questions");

        MvcTestResult section = mvc.get().uri("/live/" + event.id() + "/questions").cookie(cookie)
                .header("HX-Request", "true").exchange();
        assertThat(section).hasStatusOk();
        assertThat(section).bodyText().contains("Wie geht es weiter?").contains("Wartet auf Freigabe")
                .contains("Anna Amt").contains("1 bis 500 Zeichen");

        MvcTestResult refused = mvc.post().uri("/live/" + event.id() + "/questions").cookie(cookie).with(csrf())
                .param("text", "x".repeat(501)).exchange();
        assertThat(refused).hasStatus3xxRedirection();
        assertThat((Map<String, Object>) refused.getMvcResult().getFlashMap()).containsEntry("questionError", "live.question.text.too-long")
            .containsEntry("questionText", "x".repeat(501));
    }

    @Test
    void theConsoleFormAnswersAQuestionOfAnotherEventOrMunicipalityWith404AndChangesNothing() {
        Hosts hosts = fixtures.hosts("Moderationsformstadt");
        EventView own = fixtures.running(hosts, "Eigener Tag", JoinPolicy.ANONYMOUS);
        EventView other = fixtures.running(hosts, "Anderer Tag", JoinPolicy.ANONYMOUS);
        EventView foreign = fixtures.running(fixtures.hosts("Nachbarstadt"), "Fremder Tag", JoinPolicy.ANONYMOUS);
        LiveQuestionView ownQuestion = questions.ask(fixtures.join(own, null).participant(), "Eigene Frage?", false);
        LiveQuestionView otherQuestion = questions.ask(fixtures.join(other, null).participant(), "Andere Frage?", false);
        LiveQuestionView foreignQuestion = questions.ask(fixtures.join(foreign, null).participant(), "Fremde Frage?",
                false);
        Cookie host = WebTestSupport.login(mvc, hosts.host().username(), TestOrganisation.PASSWORD);

        for (LiveQuestionView elsewhere : List.of(otherQuestion, foreignQuestion)) {
            assertThat(mvc.post().uri("/events/" + own.id() + "/questions/" + elsewhere.id()).cookie(host).with(csrf())
                    .param("action", "VISIBLE").exchange()).hasStatus(404);
            assertThat(mvc.post().uri("/events/" + own.id() + "/questions/" + elsewhere.id()).cookie(host).with(csrf())
                    .param("action", "MERGE").param("leadId", ownQuestion.id().toString()).exchange()).hasStatus(404);
            assertThat(mvc.post().uri("/events/" + own.id() + "/questions/" + elsewhere.id()).cookie(host).with(csrf())
                    .param("action", "nonsense").exchange()).hasStatus(404);
        }
        assertThat(questions.questions(hosts.host(), other.id(), LiveQuestionSort.TIME))
                .singleElement().extracting(LiveQuestionView::status).isEqualTo(LiveQuestionStatus.PENDING);

        MvcTestResult changed = mvc.post().uri("/events/" + own.id() + "/questions/" + ownQuestion.id()).cookie(host)
                .with(csrf()).param("action", "VISIBLE").exchange();
        assertThat(changed).hasStatus3xxRedirection();
        assertThat(questions.question(hosts.host(), own.id(), ownQuestion.id()).status())
                .isEqualTo(LiveQuestionStatus.VISIBLE);
    }
}
