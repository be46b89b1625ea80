package de.lagezentrum.lessons.workshops;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

import de.lagezentrum.Administrator;
import de.lagezentrum.ApiTestSupport;
import de.lagezentrum.IntegrationTest;
import de.lagezentrum.lessons.WorkshopPhase;
import de.lagezentrum.lessons.WorkshopPhaseChanged;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.organisation.TestOrganisation.TestTenant;
import de.lagezentrum.platform.security.CurrentUser;

import static de.lagezentrum.ApiTestSupport.assertField;
import static de.lagezentrum.ApiTestSupport.bearer;
import static de.lagezentrum.ApiTestSupport.read;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * API v1 of reflection workshops: a facilitator plans one (it starts in the review) and moves it through
 * its phases; its participants read it; bad input is a problem and writes nothing; others get 403 on
 * planning and 404 on a workshop; another municipality's workshop does not exist.
 */
@IntegrationTest
@RecordApplicationEvents
class WorkshopApiWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisation organisation;

    @Autowired
    @Administrator
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    ApplicationEvents events;

    TestTenant tenant;
    String facilitator;
    Instant start;

    @BeforeEach
    void facilitator() {
        tenant = organisation.newTenant("Werkstattstadt " + UUID.randomUUID());
        facilitator = token(tenant.user("Clara Moderation", Role.FACILITATOR, Role.EMPLOYEE));
        start = clock.instant().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
    }

    @Test
    void aFacilitatorPlansAWorkshopReadsItAndMovesItThroughItsPhases() {
        MvcTestResult created = call(facilitator, "POST", "/api/v1/workshops", body("  Rückschau Hochwasser ",
                start, start.plus(Duration.ofHours(4)), ",\"place\":\"Rathaus, Saal 2\",\"municipalities\":[\"Nachbardorf\",\" \"]"));
        assertThat(created).hasStatus(201);
        JsonNode workshop = read(created);
        String id = workshop.get("id").asString();
        assertThat(created.getResponse().getHeader(HttpHeaders.LOCATION)).isEqualTo("/api/v1/workshops/" + id);
        assertThat(workshop.get("title").asString()).isEqualTo("Rückschau Hochwasser");
        assertThat(Instant.parse(workshop.get("start").asString())).isEqualTo(start);
        assertThat(Instant.parse(workshop.get("end").asString())).isEqualTo(start.plus(Duration.ofHours(4)));
        assertThat(workshop.get("place").asString()).isEqualTo("Rathaus, Saal 2");
        assertThat(workshop.get("municipalities").size()).isEqualTo(1);
        assertThat(workshop.get("phase").asString()).isEqualTo("REVIEW");

        JsonNode read = read(call(facilitator, "GET", "/api/v1/workshops/" + id, null));
        assertThat(read.get("title").asString()).isEqualTo("Rückschau Hochwasser");
        assertThat(read.get("phase").asString()).isEqualTo("REVIEW");

        // Another facilitator of the municipality runs it too.
        String colleague = token(tenant.user("Kai Kollege", Role.FACILITATOR));
        JsonNode moved = read(call(colleague, "PUT", "/api/v1/workshops/" + id + "/phase", "{\"phase\":\"INVENTORY\"}"));
        assertThat(moved.get("phase").asString()).isEqualTo("INVENTORY");
        assertThat(read(call(facilitator, "GET", "/api/v1/workshops/" + id, null)).get("phase").asString())
                .isEqualTo("INVENTORY");
        assertThat(events.stream(WorkshopPhaseChanged.class))
                .containsExactly(new WorkshopPhaseChanged(tenant.id(), UUID.fromString(id), WorkshopPhase.REVIEW,
                        WorkshopPhase.INVENTORY));
    }

    @Test
    void badInputIsAProblemAndWritesNothing() {
        assertField(call(facilitator, "POST", "/api/v1/workshops",
                "{\"start\":\"" + start + "\",\"end\":\"" + start.plus(Duration.ofHours(1)) + "\"}"), "title");
        assertField(call(facilitator, "POST", "/api/v1/workshops", body(" ", start, start.plus(Duration.ofHours(1)), "")),
                "title");
        assertField(call(facilitator, "POST", "/api/v1/workshops",
                body("x".repeat(201), start, start.plus(Duration.ofHours(1)), "")), "title");
        assertField(call(facilitator, "POST", "/api/v1/workshops", body("Rückschau", start, start.minus(Duration.ofHours(1)), "")),
                "end");
        assertField(call(facilitator, "POST", "/api/v1/workshops", body("Rückschau", start, start, "")), "end");
        assertThat(count()).isZero();

        String id = read(call(facilitator, "POST", "/api/v1/workshops",
                body("Rückschau", start, start.plus(Duration.ofHours(1)), ""))).get("id").asString();
        MvcTestResult unknown = call(facilitator, "PUT", "/api/v1/workshops/" + id + "/phase", "{\"phase\":\"PARTY\"}");
        assertThat(unknown).hasStatus(400);
        assertThat(unknown.getResponse().getContentType()).startsWith("application/problem+json");
        assertField(call(facilitator, "PUT", "/api/v1/workshops/" + id + "/phase", "{}"), "phase");
        assertThat(read(call(facilitator, "GET", "/api/v1/workshops/" + id, null)).get("phase").asString())
                .isEqualTo("REVIEW");
        assertThat(count()).isEqualTo(1);
        assertThat(events.stream(WorkshopPhaseChanged.class)).isEmpty();
    }

    @Test
    void onlyFacilitatorsPlanAndForOthersAndOtherMunicipalitiesAWorkshopDoesNotExist() {
        String id = read(call(facilitator, "POST", "/api/v1/workshops",
                body("Rückschau", start, start.plus(Duration.ofHours(1)), ""))).get("id").asString();
        String employee = token(tenant.user("Erik Beschäftigt", Role.EMPLOYEE));
        assertThat(call(employee, "POST", "/api/v1/workshops", body("Rückschau", start, start.plus(Duration.ofHours(1)), "")))
                .hasStatus(403);
        assertThat(call(employee, "GET", "/api/v1/workshops/" + id, null)).hasStatus(404);
        assertThat(call(employee, "PUT", "/api/v1/workshops/" + id + "/phase", "{\"phase\":\"CLOSED\"}")).hasStatus(404);
        assertThat(call(null, "GET", "/api/v1/workshops/" + id, null)).hasStatus(401);

        // A participant of the workshop reads it, but does not change its phase.
        CurrentUser participant = tenant.user("Paula Teilnahme", Role.EMPLOYEE);
        jdbc.sql("INSERT INTO lessons.workshop_participant (tenant_id, workshop_id, person_id) VALUES (?, ?, ?)")
                .params(tenant.id(), UUID.fromString(id), participant.personId()).update();
        String participantToken = token(participant);
        assertThat(read(call(participantToken, "GET", "/api/v1/workshops/" + id, null)).get("title").asString())
                .isEqualTo("Rückschau");
        assertThat(call(participantToken, "PUT", "/api/v1/workshops/" + id + "/phase", "{\"phase\":\"CLOSED\"}"))
                .hasStatus(404);

        TestTenant other = organisation.newTenant("Anderstadt " + UUID.randomUUID());
        String stranger = token(other.user("Fremde Moderation", Role.FACILITATOR));
        assertThat(call(stranger, "GET", "/api/v1/workshops/" + id, null)).hasStatus(404);
        assertThat(call(stranger, "PUT", "/api/v1/workshops/" + id + "/phase", "{\"phase\":\"CLOSED\"}")).hasStatus(404);
        assertThat(call(stranger, "GET", "/api/v1/workshops/" + UUID.randomUUID(), null)).hasStatus(404);
        assertThat(read(call(facilitator, "GET", "/api/v1/workshops/" + id, null)).get("phase").asString())
                .isEqualTo("REVIEW");
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void scriptInTheTitleComesBackAsPlainData() {
        String title = "<script>alert('x')</script> & <b>Rückschau</b>";
        MvcTestResult created = call(facilitator, "POST", "/api/v1/workshops",
                body(title, start, start.plus(Duration.ofHours(1)), ",\"place\":\"<img src=x onerror=alert(1)>\""));
        assertThat(created).hasStatus(201);
        assertThat(created.getResponse().getContentType()).startsWith("application/json");
        String id = read(created).get("id").asString();
        JsonNode read = read(call(facilitator, "GET", "/api/v1/workshops/" + id, null));
        assertThat(read.get("title").asString()).isEqualTo(title);
        assertThat(read.get("place").asString()).isEqualTo("<img src=x onerror=alert(1)>");
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM lessons.workshop WHERE tenant_id = ?").param(tenant.id())
                .query(Long.class).single();
    }

    private static String body(String title, Instant start, Instant end, String more) {
        return "{\"title\":\"" + title.replace("\"", "\\\"") + "\",\"start\":\"" + start + "\",\"end\":\"" + end + "\""
                + more + "}";
    }

    private String token(CurrentUser user) {
        return bearer(mvc, user.username(), TestOrganisation.PASSWORD);
    }

    private MvcTestResult call(@Nullable String token, String method, String uri, @Nullable String body) {
        return ApiTestSupport.call(mvc, HttpHeaders.AUTHORIZATION, token, method, uri, body);
    }
}
