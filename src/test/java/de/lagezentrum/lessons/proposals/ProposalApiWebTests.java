package de.lagezentrum.lessons.proposals;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
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
import de.lagezentrum.lessons.NewWorkshop;
import de.lagezentrum.lessons.ProposalChanged;
import de.lagezentrum.lessons.TestObservations;
import de.lagezentrum.lessons.Workshops;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.organisation.TestOrganisation.TestTenant;
import de.lagezentrum.platform.security.CurrentUser;

import static de.lagezentrum.ApiTestSupport.assertField;
import static de.lagezentrum.ApiTestSupport.bearer;
import static de.lagezentrum.ApiTestSupport.read;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * API v1 of proposals: a facilitator makes one from the workshop's observations; members rate it once each
 * (a second rating replaces the first); values outside 1–5 and observations of another workshop are
 * problems that write nothing; for non-members and other municipalities a proposal does not exist.
 */
@IntegrationTest
@RecordApplicationEvents
class ProposalApiWebTests {

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
    Workshops workshops;

    @Autowired
    ApplicationEvents events;

    TestTenant tenant;
    CurrentUser facilitatorUser;
    String facilitator;
    UUID workshopId;

    @BeforeEach
    void workshop() {
        tenant = organisation.newTenant("Vorschlagstadt " + UUID.randomUUID());
        facilitatorUser = tenant.user("Clara Moderation", Role.FACILITATOR, Role.EMPLOYEE);
        facilitator = token(facilitatorUser);
        workshopId = workshops.create(facilitatorUser, new NewWorkshop("Innovationswerkstatt",
                clock.instant().minus(Duration.ofHours(1)), clock.instant().plus(Duration.ofHours(3)), null, List.of()))
                .id();
    }

    @Test
    void aFacilitatorMakesAProposalAndAMembersSecondRatingReplacesTheFirst() {
        UUID observation = TestObservations.observation(jdbc, clock, tenant.id(), workshopId,
                "Niemand wusste, wer im Fachbereich zuständig ist");
        MvcTestResult created = call(facilitator, "POST", "/api/v1/workshops/" + workshopId + "/proposals",
                body(" Krisenbeauftragte je Fachbereich ", ",\"observationIds\":[\"" + observation + "\"]"));
        assertThat(created).hasStatus(201);
        JsonNode proposal = read(created);
        String id = proposal.get("id").asString();
        assertThat(created.getResponse().getHeader(HttpHeaders.LOCATION)).isEqualTo("/api/v1/proposals/" + id);
        assertThat(proposal.get("title").asString()).isEqualTo("Krisenbeauftragte je Fachbereich");
        assertThat(proposal.get("invasiveness").asString()).isEqualTo("MINIMAL");
        assertThat(proposal.get("transferability").asString()).isEqualTo("TRANSFERABLE");
        assertThat(proposal.get("observationIds").get(0).asString()).isEqualTo(observation.toString());
        assertThat(proposal.get("ratings").asInt()).isZero();
        assertThat(proposal.get("impact").isNull()).isTrue();

        CurrentUser participant = participant("Paula Teilnahme");
        String member = token(participant);
        JsonNode rated = read(call(member, "POST", "/api/v1/proposals/" + id + "/ratings", "{\"impact\":4,\"effort\":2}"));
        assertThat(rated.get("ratings").asInt()).isEqualTo(1);
        assertThat(rated.get("impact").asDouble()).isEqualTo(4.0);
        assertThat(rated.get("effort").asDouble()).isEqualTo(2.0);

        JsonNode again = read(call(member, "POST", "/api/v1/proposals/" + id + "/ratings", "{\"impact\":2,\"effort\":5}"));
        assertThat(again.get("ratings").asInt()).isEqualTo(1);
        assertThat(again.get("impact").asDouble()).isEqualTo(2.0);
        assertThat(again.get("effort").asDouble()).isEqualTo(5.0);

        call(facilitator, "POST", "/api/v1/proposals/" + id + "/ratings", "{\"impact\":5,\"effort\":2}");
        JsonNode read = read(call(member, "GET", "/api/v1/proposals/" + id, null));
        assertThat(read.get("ratings").asInt()).isEqualTo(2);
        assertThat(read.get("impact").asDouble()).isEqualTo(3.5);
        assertThat(read.get("effort").asDouble()).isEqualTo(3.5);

        assertThat(events.stream(ProposalChanged.class)).hasSize(4).last()
                .isEqualTo(new ProposalChanged(tenant.id(), workshopId, UUID.fromString(id),
                        "Krisenbeauftragte je Fachbereich", 2, 3.5, 3.5));
    }

    @Test
    void badInputIsAProblemAndWritesNothing() {
        String proposals = "/api/v1/workshops/" + workshopId + "/proposals";
        assertField(call(facilitator, "POST", proposals, body(" ", "")), "title");
        assertField(call(facilitator, "POST", proposals, body("x".repeat(201), "")), "title");
        assertField(call(facilitator, "POST", proposals, "{\"title\":\"Reserve\",\"invasiveness\":\"MINIMAL\","
                + "\"transferability\":\"TRANSFERABLE\"}"), "description");
        assertField(call(facilitator, "POST", proposals, "{\"title\":\"Reserve\",\"description\":\"Pool\","
                + "\"transferability\":\"TRANSFERABLE\"}"), "invasiveness");
        MvcTestResult unknownKind = call(facilitator, "POST", proposals, "{\"title\":\"Reserve\",\"description\":\"Pool\","
                + "\"invasiveness\":\"HUGE\",\"transferability\":\"TRANSFERABLE\"}");
        assertThat(unknownKind).hasStatus(400);
        assertThat(unknownKind.getResponse().getContentType()).startsWith("application/problem+json");

        // An observation of another workshop, and one that does not exist.
        UUID otherWorkshop = workshops.create(facilitatorUser, new NewWorkshop("Andere Werkstatt",
                clock.instant(), clock.instant().plus(Duration.ofHours(1)), null, List.of())).id();
        UUID foreign = TestObservations.observation(jdbc, clock, tenant.id(), otherWorkshop, "Anderswo");
        assertField(call(facilitator, "POST", proposals, body("Reserve", ",\"observationIds\":[\"" + foreign + "\"]")),
                "observationIds");
        assertField(call(facilitator, "POST", proposals,
                body("Reserve", ",\"observationIds\":[\"" + UUID.randomUUID() + "\"]")), "observationIds");
        assertThat(count("lessons.proposal")).isZero();

        String id = read(call(facilitator, "POST", proposals, body("Reserve", ""))).get("id").asString();
        String ratings = "/api/v1/proposals/" + id + "/ratings";
        assertField(call(facilitator, "POST", ratings, "{\"impact\":0,\"effort\":3}"), "impact");
        assertField(call(facilitator, "POST", ratings, "{\"impact\":6,\"effort\":3}"), "impact");
        assertField(call(facilitator, "POST", ratings, "{\"impact\":3,\"effort\":0}"), "effort");
        assertField(call(facilitator, "POST", ratings, "{\"impact\":3,\"effort\":6}"), "effort");
        assertField(call(facilitator, "POST", ratings, "{\"impact\":3}"), "effort");
        assertThat(call(facilitator, "POST", ratings, "{\"impact\":\"viel\",\"effort\":3}")).hasStatus(400);
        assertThat(count("lessons.proposal_rating")).isZero();
        assertThat(read(call(facilitator, "GET", "/api/v1/proposals/" + id, null)).get("ratings").asInt()).isZero();
    }

    @Test
    void onlyFacilitatorsMakeProposalsAndForOthersAndOtherMunicipalitiesTheyDoNotExist() {
        String id = read(call(facilitator, "POST", "/api/v1/workshops/" + workshopId + "/proposals", body("Reserve", "")))
                .get("id").asString();
        String member = token(participant("Paula Teilnahme"));
        assertThat(call(member, "POST", "/api/v1/workshops/" + workshopId + "/proposals", body("Reserve", "")))
                .hasStatus(403);

        String employee = token(tenant.user("Erik Beschäftigt", Role.EMPLOYEE));
        assertThat(call(employee, "GET", "/api/v1/proposals/" + id, null)).hasStatus(404);
        assertThat(call(employee, "POST", "/api/v1/proposals/" + id + "/ratings", "{\"impact\":3,\"effort\":3}"))
                .hasStatus(404);
        assertThat(call(null, "GET", "/api/v1/proposals/" + id, null)).hasStatus(401);

        TestTenant other = organisation.newTenant("Anderstadt " + UUID.randomUUID());
        String stranger = token(other.user("Fremde Moderation", Role.FACILITATOR));
        assertThat(call(stranger, "GET", "/api/v1/proposals/" + id, null)).hasStatus(404);
        assertThat(call(stranger, "POST", "/api/v1/proposals/" + id + "/ratings", "{\"impact\":3,\"effort\":3}"))
                .hasStatus(404);
        assertThat(call(stranger, "POST", "/api/v1/workshops/" + workshopId + "/proposals", body("Reserve", "")))
                .hasStatus(404);
        assertThat(count("lessons.proposal")).isEqualTo(1);
        assertThat(count("lessons.proposal_rating")).isZero();
    }

    @Test
    void scriptInTheTextsComesBackAsPlainData() {
        String title = "<script>alert('x')</script> & <b>Reserve</b>";
        JsonNode created = read(call(facilitator, "POST", "/api/v1/workshops/" + workshopId + "/proposals", body(title, "")));
        JsonNode read = read(call(facilitator, "GET", "/api/v1/proposals/" + created.get("id").asString(), null));
        assertThat(read.get("title").asString()).isEqualTo(title);
    }

    private CurrentUser participant(String name) {
        CurrentUser participant = tenant.user(name, Role.EMPLOYEE);
        jdbc.sql("INSERT INTO lessons.workshop_participant (tenant_id, workshop_id, person_id) VALUES (?, ?, ?)")
                .params(tenant.id(), workshopId, participant.personId()).update();
        return participant;
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE tenant_id = ?").param(tenant.id())
                .query(Long.class).single();
    }

    private static String body(String title, String more) {
        return "{\"title\":\"" + title.replace("\"", "\\\"") + "\",\"description\":\"Je Fachbereich eine Person\","
                + "\"invasiveness\":\"MINIMAL\",\"transferability\":\"TRANSFERABLE\"" + more + "}";
    }

    private String token(CurrentUser user) {
        return bearer(mvc, user.username(), TestOrganisation.PASSWORD);
    }

    private MvcTestResult call(@Nullable String token, String method, String uri, @Nullable String body) {
        return ApiTestSupport.call(mvc, HttpHeaders.AUTHORIZATION, token, method, uri, body);
    }
}
