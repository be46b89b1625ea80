package de.lagezentrum.lessons.learning;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

import de.lagezentrum.Administrator;
import de.lagezentrum.ApiTestSupport;
import de.lagezentrum.IntegrationTest;
import de.lagezentrum.lessons.Lessons;
import de.lagezentrum.lessons.NewWorkshop;
import de.lagezentrum.lessons.TestObservations;
import de.lagezentrum.lessons.Workshops;
import de.lagezentrum.organisation.DepartmentCommand;
import de.lagezentrum.organisation.OrganisationManagement;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.organisation.TestOrganisation.TestTenant;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.DateFormats;

import static de.lagezentrum.ApiTestSupport.assertField;
import static de.lagezentrum.ApiTestSupport.bearer;
import static de.lagezentrum.ApiTestSupport.read;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * API v1 of lessons: identified from observations, given actions owned by a person or a department, reported
 * on by their owners, validated with evidence once every action is done (409 before), final once learned.
 */
@IntegrationTest
class LessonApiWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisation organisation;

    @Autowired
    OrganisationManagement departments;

    @Autowired
    @Administrator
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    DateFormats dates;

    @Autowired
    Workshops workshops;

    @Autowired
    Lessons lessons;

    TestTenant tenant;
    CurrentUser facilitatorUser;
    String facilitator;
    UUID observation;
    LocalDate today;

    @BeforeEach
    void observation() {
        tenant = organisation.newTenant("Lernstadt " + UUID.randomUUID());
        facilitatorUser = tenant.user("Clara Moderation", Role.FACILITATOR, Role.EMPLOYEE);
        facilitator = token(facilitatorUser);
        UUID workshopId = workshops.create(facilitatorUser, new NewWorkshop("Nachbereitung",
                clock.instant().minus(Duration.ofHours(1)), clock.instant().plus(Duration.ofHours(3)), null, List.of()))
                .id();
        observation = TestObservations.observation(jdbc, clock, tenant.id(), workshopId, "Zuständigkeit unklar");
        today = dates.today(tenant.id(), clock);
    }

    @Test
    void aLessonIsIdentifiedGivenActionsReportedOnAndLearnedOnceEveryActionIsDone() {
        MvcTestResult created = call(facilitator, "POST", "/api/v1/lessons", "{\"title\":\"Krisenbeauftragte\","
                + "\"observationIds\":[\"" + observation + "\"],\"rootCause\":\"Keine Zuständigkeit benannt\"}");
        assertThat(created).hasStatus(201);
        JsonNode lesson = read(created);
        String id = lesson.get("id").asString();
        assertThat(lesson.get("status").asString()).isEqualTo("IDENTIFIED");
        assertThat(lesson.get("actions").size()).isZero();
        assertThat(lesson.get("observations").get(0).get("text").asString()).isEqualTo("Zuständigkeit unklar");

        CurrentUser ownerUser = tenant.user("Otto Verantwortlich", Role.EMPLOYEE);
        UUID department = departments.createDepartment(tenant.admin(), new DepartmentCommand("Ordnungsamt", "32")).id();
        CurrentUser colleagueUser = tenant.user("Doris Fachbereich", Role.EMPLOYEE);
        jdbc.sql("UPDATE organisation.person SET department_id = ? WHERE id = ?")
                .params(department, colleagueUser.personId()).update();

        JsonNode personal = read(call(facilitator, "POST", "/api/v1/lessons/" + id + "/actions", "{\"text\":\"Benennen\","
                + "\"ownerId\":\"" + ownerUser.personId() + "\",\"due\":\"" + today.minusDays(1) + "\"}"));
        assertThat(personal.get("ownerName").asString()).isEqualTo("Otto Verantwortlich");
        assertThat(personal.get("overdue").asBoolean()).isTrue();
        JsonNode departmental = read(call(facilitator, "POST", "/api/v1/lessons/" + id + "/actions",
                "{\"text\":\"Schulen\",\"departmentId\":\"" + department + "\",\"due\":\"" + today.plusDays(7) + "\"}"));
        assertThat(departmental.get("departmentName").asString()).isEqualTo("Ordnungsamt");
        assertThat(departmental.get("overdue").asBoolean()).isFalse();
        assertThat(lessons.overdue(ownerUser)).extracting(a -> a.id().toString())
                .containsExactly(personal.get("id").asString());

        String validate = "/api/v1/lessons/" + id + "/validate";
        MvcTestResult early = call(facilitator, "POST", validate, "{\"evidence\":\"Übung bestanden\"}");
        assertThat(early).hasStatus(409);
        assertThat(early.getResponse().getContentType()).startsWith("application/problem+json");

        String owner = token(ownerUser);
        String colleague = token(colleagueUser);
        String personalAction = "/api/v1/lesson-actions/" + personal.get("id").asString();
        String departmentalAction = "/api/v1/lesson-actions/" + departmental.get("id").asString();
        assertThat(call(colleague, "PATCH", personalAction, "{\"status\":\"DONE\"}")).hasStatus(403);
        assertThat(call(facilitator, "PATCH", personalAction, "{\"status\":\"DONE\"}")).hasStatus(403);
        JsonNode progress = read(call(owner, "PATCH", personalAction, "{\"status\":\"IN_PROGRESS\",\"progress\":\"Entwurf\"}"));
        assertThat(progress.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(progress.get("progress").asString()).isEqualTo("Entwurf");
        JsonNode done = read(call(owner, "PATCH", personalAction, "{\"status\":\"DONE\"}"));
        assertThat(done.get("progress").asString()).isEqualTo("Entwurf");
        assertThat(done.get("doneAt").isNull()).isFalse();
        assertThat(done.get("overdue").asBoolean()).isFalse();
        assertThat(read(call(colleague, "PATCH", departmentalAction, "{\"status\":\"DONE\"}")).get("status").asString())
                .isEqualTo("DONE");

        assertField(call(facilitator, "POST", validate, "{\"evidence\":\" \"}"), "evidence");
        assertThat(call(owner, "POST", validate, "{\"evidence\":\"Übung bestanden\"}")).hasStatus(403);
        JsonNode learned = read(call(facilitator, "POST", validate, "{\"evidence\":\"Übung bestanden\"}"));
        assertThat(learned.get("status").asString()).isEqualTo("LEARNED");
        assertThat(learned.get("evidence").asString()).isEqualTo("Übung bestanden");

        assertThat(call(facilitator, "POST", validate, "{\"evidence\":\"Noch einmal\"}")).hasStatus(409);
        assertThat(call(owner, "PATCH", personalAction, "{\"status\":\"OPEN\"}")).hasStatus(409);
        assertThat(call(facilitator, "POST", "/api/v1/lessons/" + id + "/actions", "{\"text\":\"Mehr\","
                + "\"ownerId\":\"" + ownerUser.personId() + "\",\"due\":\"" + today + "\"}")).hasStatus(409);
    }

    @Test
    void badInputIsAProblemAndOtherMunicipalitiesSeeNothing() {
        assertField(call(facilitator, "POST", "/api/v1/lessons", "{\"title\":\" \",\"observationIds\":[\"" + observation
                + "\"]}"), "title");
        assertField(call(facilitator, "POST", "/api/v1/lessons", "{\"title\":\"Ohne\",\"observationIds\":[]}"),
                "observationIds");
        assertField(call(facilitator, "POST", "/api/v1/lessons", "{\"title\":\"Fremd\",\"observationIds\":[\""
                + UUID.randomUUID() + "\"]}"), "observationIds");
        String employee = token(tenant.user("Erik Beschäftigt", Role.EMPLOYEE));
        assertThat(call(employee, "POST", "/api/v1/lessons", "{\"title\":\"Ich\",\"observationIds\":[\"" + observation
                + "\"]}")).hasStatus(403);
        assertThat(count("lessons.lesson")).isZero();

        String id = read(call(facilitator, "POST", "/api/v1/lessons", "{\"title\":\"<script>alert(1)</script>\","
                + "\"observationIds\":[\"" + observation + "\"]}")).get("id").asString();
        String actions = "/api/v1/lessons/" + id + "/actions";
        assertField(call(facilitator, "POST", actions, "{\"text\":\"Niemand\",\"due\":\"" + today + "\"}"), "ownerId");
        assertField(call(facilitator, "POST", actions, "{\"text\":\"Fremd\",\"ownerId\":\"" + UUID.randomUUID()
                + "\",\"due\":\"" + today + "\"}"), "ownerId");
        assertField(call(facilitator, "POST", actions, "{\"text\":\"Fremd\",\"departmentId\":\"" + UUID.randomUUID()
                + "\",\"due\":\"" + today + "\"}"), "departmentId");
        assertField(call(facilitator, "POST", actions, "{\"text\":\"Ohne Frist\",\"ownerId\":\""
                + facilitatorUser.personId() + "\"}"), "due");
        assertThat(count("lessons.lesson_action")).isZero();
        assertThat(read(call(employee, "GET", "/api/v1/lessons/" + id, null)).get("title").asString())
                .isEqualTo("<script>alert(1)</script>");

        TestTenant other = organisation.newTenant("Anderstadt " + UUID.randomUUID());
        String stranger = token(other.user("Fremde Moderation", Role.FACILITATOR));
        assertThat(call(stranger, "GET", "/api/v1/lessons/" + id, null)).hasStatus(404);
        assertThat(call(stranger, "POST", "/api/v1/lessons/" + id + "/validate", "{\"evidence\":\"x\"}")).hasStatus(404);
        assertThat(call(null, "GET", "/api/v1/lessons/" + id, null)).hasStatus(401);
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE tenant_id = ?").param(tenant.id())
                .query(Long.class).single();
    }

    private String token(CurrentUser user) {
        return bearer(mvc, user.username(), TestOrganisation.PASSWORD);
    }

    private MvcTestResult call(@Nullable String token, String method, String uri, @Nullable String body) {
        return ApiTestSupport.call(mvc, HttpHeaders.AUTHORIZATION, token, method, uri, body);
    }
}
