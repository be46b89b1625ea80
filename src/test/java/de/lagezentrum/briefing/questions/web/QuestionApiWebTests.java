package de.lagezentrum.briefing.questions.web;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

import de.lagezentrum.ApiTestSupport;
import de.lagezentrum.Administrator;
import de.lagezentrum.IntegrationTest;
import de.lagezentrum.briefing.BriefingManagement;
import de.lagezentrum.briefing.BriefingPressKit;
import de.lagezentrum.briefing.BriefingQuestions;
import de.lagezentrum.briefing.BriefingView;
import de.lagezentrum.briefing.PressKitItem;
import de.lagezentrum.briefing.QuestionStatus;
import de.lagezentrum.briefing.QuestionView;
import de.lagezentrum.briefing.TestBriefings;
import de.lagezentrum.briefing.TestBriefings.PressOffice;
import de.lagezentrum.briefing.accreditation.TestAccreditations;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.InvalidInputException;

import static de.lagezentrum.ApiTestSupport.assertField;
import static de.lagezentrum.ApiTestSupport.bearer;
import static de.lagezentrum.ApiTestSupport.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * API v1 of a briefing's questions and press kit: journalists ask before and during a briefing and see
 * their own questions only; the press office works the queue (accept, being answered now, answered, reject
 * with a reason, merge, assign) with clear conflicts; bad input is a problem that stores nothing; another
 * municipality's or another briefing's ids do not exist.
 */
@IntegrationTest
class QuestionApiWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestBriefings fixtures;

    @Autowired
    BriefingQuestions questions;

    @Autowired
    BriefingPressKit pressKit;

    @Autowired
    BriefingManagement briefings;

    @Autowired
    @Administrator
    JdbcClient jdbc;

    PressOffice office;
    CurrentUser jana;
    CurrentUser tom;
    String press;
    String janaToken;
    String tomToken;
    UUID briefingId;

    @BeforeEach
    void briefingWithJournalists() {
        office = fixtures.pressOffice("Fragestadt");
        jana = office.tenant().user("Jana Journal", Role.JOURNALIST);
        tom = office.tenant().user("Tom Taz", Role.JOURNALIST);
        press = bearer(mvc, office.press().username(), TestOrganisation.PASSWORD);
        janaToken = bearer(mvc, jana.username(), TestOrganisation.PASSWORD);
        tomToken = bearer(mvc, tom.username(), TestOrganisation.PASSWORD);
        briefingId = fixtures.plan(office, "Pressebriefing Fragen", Duration.ofDays(1)).id();
    }

    @Test
    void aJournalistAsksAndThePressOfficeAnswersAtATimeCode() {
        MvcTestResult asked = call(janaToken, "POST", questionsPath(), "{\"text\":\"  Wie viele Plätze gibt es?  \"}");

        assertThat(asked).hasStatus(201);
        JsonNode question = read(asked);
        String id = question.get("id").asString();
        assertThat(asked.getResponse().getHeader(HttpHeaders.LOCATION)).isEqualTo(questionsPath() + "/" + id);
        assertThat(question.get("text").asString()).isEqualTo("Wie viele Plätze gibt es?");
        assertThat(question.get("status").asString()).isEqualTo("PENDING");
        assertThat(question.get("authorName").asString()).isEqualTo("Jana Journal");

        assertThat(patch(id, "{\"status\":\"ACCEPTED\"}").get("status").asString()).isEqualTo("ACCEPTED");
        JsonNode answering = patch(id, "{\"status\":\"ANSWERING\"}");
        assertThat(answering.get("status").asString()).isEqualTo("ANSWERING");
        assertThat(answering.get("answeringStartedAt").isNull()).isFalse();
        JsonNode answered = patch(id, "{\"status\":\"ANSWERED\",\"answer\":\"Es sind 240 Plätze.\"}");
        assertThat(answered.get("status").asString()).isEqualTo("ANSWERED");
        assertThat(answered.get("answer").asString()).isEqualTo("Es sind 240 Plätze.");
        assertThat(answered.get("answeringStartedAt").asString()).isEqualTo(answering.get("answeringStartedAt").asString());

        JsonNode own = read(call(janaToken, "GET", questionsPath(), null));
        assertThat(own.get("total").asLong()).isEqualTo(1);
        assertThat(own.get("items").get(0).get("answer").asString()).isEqualTo("Es sind 240 Plätze.");
        assertThat(questions.answeredForPublication(office.tenant().id(), briefingId)).singleElement()
                .satisfies(view -> assertThat(view.answeringStartedAt()).isNotNull());
        assertThat(jdbc.sql("SELECT action FROM platform.audit_entry WHERE entity_id = ? ORDER BY occurred_at, action")
                .param(UUID.fromString(id)).query(String.class).list())
                .containsExactlyInAnyOrder("QUESTION_ASKED", "QUESTION_ACCEPTED", "QUESTION_ANSWERING",
                        "QUESTION_ANSWERED");
    }

    @Test
    void onlyOneQuestionIsBeingAnsweredAtATimeAndIllegalStepsAreConflicts() {
        String first = ask(jana, "Erste Frage");
        String second = ask(tom, "Zweite Frage");
        patch(first, "{\"status\":\"ACCEPTED\"}");
        JsonNode accepted = patch(second, "{\"status\":\"ACCEPTED\"}");
        patch(first, "{\"status\":\"ANSWERING\"}");

        MvcTestResult other = call(press, "PATCH", questionsPath() + "/" + second, "{\"status\":\"ANSWERING\"}");
        assertThat(other).hasStatus(409);
        assertThat(other.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(read(other).get("detail").asString()).contains("andere Frage");

        MvcTestResult stale = call(press, "PATCH", questionsPath() + "/" + second,
                "{\"status\":\"ANSWERED\",\"version\":" + (accepted.get("version").asLong() - 1) + "}");
        assertThat(stale).hasStatus(409);
        patch(first, "{\"status\":\"ANSWERED\"}");
        assertThat(call(press, "PATCH", questionsPath() + "/" + first, "{\"status\":\"ACCEPTED\"}")).hasStatus(409);
        assertThat(call(press, "PATCH", questionsPath() + "/" + first, "{\"status\":\"PENDING\"}")).hasStatus(400);
        assertThat(patch(second, "{\"status\":\"ANSWERING\"}").get("status").asString()).isEqualTo("ANSWERING");
    }

    @Test
    void aRejectionNeedsAReasonTheJournalistSees() {
        String id = ask(jana, "Warum?");

        MvcTestResult refused = call(press, "PATCH", questionsPath() + "/" + id, "{\"status\":\"REJECTED\"}");
        assertField(refused, "reason");
        assertThat(questions.question(jana, briefingId, UUID.fromString(id)).status()).isEqualTo(QuestionStatus.PENDING);

        patch(id, "{\"status\":\"REJECTED\",\"reason\":\"Nicht Thema dieses Briefings\"}");
        JsonNode own = read(call(janaToken, "GET", questionsPath() + "/" + id, null));
        assertThat(own.get("status").asString()).isEqualTo("REJECTED");
        assertThat(own.get("rejectionReason").asString()).isEqualTo("Nicht Thema dieses Briefings");
    }

    @Test
    void duplicatesAreMergedIntoALeadAndQuestionsAssignedToThePanel() {
        String lead = ask(jana, "Wie viele Plätze gibt es in der Halle?");
        String duplicate = ask(tom, "Wie groß ist die Halle?");

        JsonNode merged = patch(duplicate, "{\"status\":\"MERGED\",\"leadId\":\"" + lead + "\"}");
        assertThat(merged.get("status").asString()).isEqualTo("MERGED");
        assertThat(merged.get("lead").get("id").asString()).isEqualTo(lead);
        assertField(call(press, "PATCH", questionsPath() + "/" + lead, "{\"status\":\"MERGED\",\"leadId\":\"" + lead
                + "\"}"), "leadId");

        JsonNode assigned = patch(lead, "{\"assigneeId\":\"" + office.panel().personId() + "\"}");
        assertThat(assigned.get("assigneeId").asString()).isEqualTo(office.panel().personId().toString());
        assertField(call(press, "PATCH", questionsPath() + "/" + lead, "{\"assigneeId\":\"" + jana.personId() + "\"}"),
                "assigneeId");
        patch(lead, "{\"status\":\"ACCEPTED\"}");
        patch(lead, "{\"status\":\"ANSWERED\",\"answer\":\"Rund 240.\"}");

        JsonNode tomSees = read(call(tomToken, "GET", questionsPath() + "/" + duplicate, null));
        assertThat(tomSees.get("lead").get("text").asString()).isEqualTo("Wie viele Plätze gibt es in der Halle?");
        assertThat(tomSees.get("lead").get("status").asString()).isEqualTo("ANSWERED");
        assertThat(tomSees.get("lead").get("answer").asString()).isEqualTo("Rund 240.");
        assertThat(tomSees.has("lead") && !tomSees.get("lead").has("authorName")).isTrue();
    }

    @Test
    void aJournalistSeesOnlyOwnQuestionsAndOthersDoNotExist() {
        String janas = ask(jana, "Janas Frage");
        ask(tom, "Toms Frage");

        assertThat(read(call(tomToken, "GET", questionsPath(), null)).get("items").valueStream()
                .map(item -> item.get("text").asString())).containsExactly("Toms Frage");
        assertThat(call(tomToken, "GET", questionsPath() + "/" + janas, null)).hasStatus(404);
        assertThat(read(call(press, "GET", questionsPath(), null)).get("total").asLong()).isEqualTo(2);
        assertThat(call(tomToken, "PATCH", questionsPath() + "/" + janas, "{\"status\":\"ACCEPTED\"}")).hasStatus(403);

        UUID otherBriefing = fixtures.plan(office, "Anderes Briefing", Duration.ofDays(2)).id();
        assertThat(call(press, "GET", "/api/v1/briefings/" + otherBriefing + "/questions/" + janas, null)).hasStatus(404);
        assertThat(call(press, "PATCH", "/api/v1/briefings/" + otherBriefing + "/questions/" + janas,
                "{\"status\":\"ACCEPTED\"}")).hasStatus(404);

        PressOffice elsewhere = fixtures.pressOffice("Anderswo");
        String otherPress = bearer(mvc, elsewhere.press().username(), TestOrganisation.PASSWORD);
        assertThat(call(otherPress, "GET", questionsPath() + "/" + janas, null)).hasStatus(404);
        assertThat(call(otherPress, "PATCH", questionsPath() + "/" + janas, "{\"status\":\"ACCEPTED\"}")).hasStatus(404);
        assertThat(questions.question(jana, briefingId, UUID.fromString(janas)).status())
                .isEqualTo(QuestionStatus.PENDING);
    }

    @Test
    void aQuestionOfFiftyThousandCharactersIsRefusedAndNothingIsStored() {
        MvcTestResult refused = call(janaToken, "POST", questionsPath(), "{\"text\":\"" + "x".repeat(50_000) + "\"}");

        assertField(refused, "text");
        assertField(call(janaToken, "POST", questionsPath(), "{\"text\":\"   \"}"), "text");
        assertThat(count()).isZero();
    }

    @Test
    void scriptInAQuestionIsPlainTextInTheJson() {
        String text = "<script>alert('x')</script> & \"Frage\"";
        MvcTestResult asked = call(janaToken, "POST", questionsPath(), "{\"text\":\"<script>alert('x')</script> & \\\"Frage\\\"\"}");

        assertThat(asked).hasStatus(201);
        assertThat(asked.getResponse().getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
        assertThat(read(asked).get("text").asString()).isEqualTo(text);
        assertThat(read(call(press, "GET", questionsPath(), null)).get("items").get(0).get("text").asString())
                .isEqualTo(text);
    }

    @Test
    void noQuestionsToACancelledOrEndedBriefingNorFromOthersThanJournalists() {
        briefings.cancel(office.press(), briefingId, "Unwetter");
        MvcTestResult cancelled = call(janaToken, "POST", questionsPath(), "{\"text\":\"Noch da?\"}");
        assertThat(cancelled).hasStatus(409);
        assertThat(cancelled.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(read(cancelled).get("detail").asString()).contains("abgesagt");

        UUID ended = fixtures.plan(office, "Vorbei", Duration.ofHours(-2)).id();
        MvcTestResult late = call(janaToken, "POST", "/api/v1/briefings/" + ended + "/questions", "{\"text\":\"Zu spät?\"}");
        assertThat(late).hasStatus(409);
        assertThat(read(late).get("detail").asString()).contains("vorbei");

        UUID running = fixtures.plan(office, "Läuft", Duration.ofMinutes(-30)).id();
        assertThat(call(janaToken, "POST", "/api/v1/briefings/" + running + "/questions", "{\"text\":\"Jetzt?\"}"))
                .hasStatus(201);
        assertThat(call(press, "POST", "/api/v1/briefings/" + running + "/questions", "{\"text\":\"Ich?\"}"))
                .hasStatus(403);
        assertThat(jdbc.sql("SELECT count(*) FROM briefing.question WHERE tenant_id = ?").param(office.tenant().id())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void thePressKitIsListedAndDownloadedByJournalistsButNotByAnotherMunicipality() {
        PressKitItem item = pressKit.attach(office.press(), briefingId, "Lagebild", new ByteArrayInputStream(
                TestAccreditations.PDF), "lagebild.pdf");

        JsonNode listed = read(call(janaToken, "GET", "/api/v1/briefings/" + briefingId + "/press-kit", null));
        assertThat(listed.get("items").get(0).get("title").asString()).isEqualTo("Lagebild");
        assertThat(listed.get("items").get(0).get("contentType").asString()).isEqualTo("application/pdf");
        MvcTestResult download = call(janaToken, "GET", "/api/v1/briefings/" + briefingId + "/press-kit/" + item.id(),
                null);
        assertThat(download).hasStatusOk();
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(TestAccreditations.PDF);
        assertThat(download.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("attachment")
                .contains("lagebild.pdf");
        assertThat(pressKit.itemsForPublication(office.tenant().id(), briefingId)).extracting(PressKitItem::id)
                .containsExactly(item.id());

        PressOffice elsewhere = fixtures.pressOffice("Presseanderswo");
        String otherJournalist = bearer(mvc, elsewhere.tenant().user("Olga Anders", Role.JOURNALIST).username(),
                TestOrganisation.PASSWORD);
        assertThat(call(otherJournalist, "GET", "/api/v1/briefings/" + briefingId + "/press-kit/" + item.id(), null))
                .hasStatus(404);
        UUID otherBriefing = fixtures.plan(office, "Ohne Mappe", Duration.ofDays(3)).id();
        assertThat(call(janaToken, "GET", "/api/v1/briefings/" + otherBriefing + "/press-kit/" + item.id(), null))
                .hasStatus(404);

        pressKit.remove(office.press(), briefingId, item.id());
        assertThat(call(janaToken, "GET", "/api/v1/briefings/" + briefingId + "/press-kit/" + item.id(), null))
                .hasStatus(404);
    }

    @Test
    void thePressOfficeRecordsAQuestionAskedInTheRoomAfterTheBriefingAtItsTimeCode() {
        BriefingView past = fixtures.plan(office, "Vergangenes Briefing", Duration.ofDays(-2));
        Instant moment = past.start().plus(Duration.ofMinutes(12));

        QuestionView recorded = questions.recordAnswered(office.press(), past.id(), "Radio Musterstadt",
                "Wann öffnet die Halle?", moment, "Am Montag.");

        assertThat(recorded.status()).isEqualTo(QuestionStatus.ANSWERED);
        assertThat(recorded.authorName()).isEqualTo("Radio Musterstadt");
        assertThat(questions.answeredForPublication(office.tenant().id(), past.id())).singleElement()
                .satisfies(view -> {
                    assertThat(view.answeringStartedAt()).isEqualTo(moment);
                    assertThat(view.answer()).isEqualTo("Am Montag.");
                });
        assertThatThrownBy(() -> questions.recordAnswered(office.press(), past.id(),
                "Radio", "Frage?", past.end().plusSeconds(1), null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> questions.recordAnswered(jana, past.id(), "Radio",
                "Frage?", moment, null)).isInstanceOf(AccessDeniedException.class);

        // Who answered is kept as the assignee: a panel member of the briefing, nobody else.
        QuestionView byPanel = questions.recordAnswered(office.press(), past.id(), "Stadtkanal", "Wer hilft?",
                moment.plusSeconds(30), "Das Rote Kreuz.", office.panel().personId());
        assertThat(byPanel.assigneeId()).isEqualTo(office.panel().personId());
        assertThat(byPanel.status()).isEqualTo(QuestionStatus.ANSWERED);
        assertThatThrownBy(() -> questions.recordAnswered(office.press(), past.id(), "Radio", "Frage?", moment,
                null, office.otherPanel().personId())).isInstanceOf(InvalidInputException.class);
        assertThat(questions.answeredForPublication(office.tenant().id(), past.id())).hasSize(2);
    }

    private String ask(CurrentUser journalist, String text) {
        QuestionView asked = questions.ask(journalist, briefingId, text);
        return asked.id().toString();
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM briefing.question WHERE briefing_id = ?").param(briefingId)
                .query(Long.class).single();
    }

    private String questionsPath() {
        return "/api/v1/briefings/" + briefingId + "/questions";
    }

    private JsonNode patch(String id, String body) {
        MvcTestResult result = call(press, "PATCH", questionsPath() + "/" + id, body);
        assertThat(result).hasStatusOk();
        return read(result);
    }


    private MvcTestResult call(String token, String method, String uri, @Nullable String body) {
        return ApiTestSupport.call(mvc, HttpHeaders.AUTHORIZATION, token, method, uri, body);
    }
}
