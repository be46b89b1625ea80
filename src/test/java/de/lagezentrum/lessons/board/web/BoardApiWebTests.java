package de.lagezentrum.lessons.board.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

import de.lagezentrum.Administrator;
import de.lagezentrum.ApiTestSupport;
import de.lagezentrum.IntegrationTest;
import de.lagezentrum.lessons.ProposalChanged;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.organisation.TestOrganisation.TestTenant;
import de.lagezentrum.platform.security.CurrentUser;

import static de.lagezentrum.ApiTestSupport.assertField;
import static de.lagezentrum.ApiTestSupport.bearer;
import static de.lagezentrum.ApiTestSupport.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * API v1 of a workshop's board: members post observations in the current phase and read the board and its
 * stream; facilitators cluster and merge; bad input is a problem and writes nothing; a closed workshop takes
 * no observations (409); for others and other municipalities the board does not exist (404).
 */
@IntegrationTest
class BoardApiWebTests {

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
    ApplicationEventPublisher publisher;

    TestTenant tenant;
    String facilitator;
    String participant;
    String id;

    @BeforeEach
    void workshop() {
        tenant = organisation.newTenant("Tafelstadt " + UUID.randomUUID());
        facilitator = token(tenant.user("Clara Moderation", Role.FACILITATOR, Role.EMPLOYEE));
        Instant start = clock.instant().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES);
        id = read(call(facilitator, "POST", "/api/v1/workshops", "{\"title\":\"Rückschau\",\"start\":\"" + start
                + "\",\"end\":\"" + start.plus(Duration.ofHours(3)) + "\"}")).get("id").asString();
        CurrentUser person = tenant.user("Paula Teilnahme", Role.EMPLOYEE);
        jdbc.sql("INSERT INTO lessons.workshop_participant (tenant_id, workshop_id, person_id) VALUES (?, ?, ?)")
                .params(tenant.id(), UUID.fromString(id), person.personId()).update();
        participant = token(person);
    }

    @Test
    void aParticipantPostsAnObservationInTheCurrentPhaseAndTheBoardShowsIt() {
        MvcTestResult posted = call(participant, "POST", "/api/v1/workshops/" + id + "/observations",
                "{\"text\":\"  Krisenstab tagte früh  \",\"kind\":\"WENT_WELL\",\"theme\":\"Krisenmanagement\"}");
        assertThat(posted).hasStatus(201);
        JsonNode observation = read(posted);
        assertThat(observation.get("text").asString()).isEqualTo("Krisenstab tagte früh");
        assertThat(observation.get("kind").asString()).isEqualTo("WENT_WELL");
        assertThat(observation.get("phase").asString()).isEqualTo("REVIEW");
        assertThat(observation.get("author").asString()).isEqualTo("Paula Teilnahme");

        call(facilitator, "PUT", "/api/v1/workshops/" + id + "/phase", "{\"phase\":\"EXCHANGE\"}");
        JsonNode later = read(call(facilitator, "POST", "/api/v1/workshops/" + id + "/observations",
                "{\"text\":\"Personal fehlte\",\"kind\":\"CHALLENGE\"}"));
        assertThat(later.get("phase").asString()).isEqualTo("EXCHANGE");
        assertThat(later.get("theme").isNull()).isTrue();

        JsonNode board = read(call(participant, "GET", "/api/v1/workshops/" + id + "/observations", null));
        assertThat(board.get("workshop").get("phase").asString()).isEqualTo("EXCHANGE");
        assertThat(board.get("observations").size()).isEqualTo(2);
        assertThat(board.get("observations").get(0).get("text").asString()).isEqualTo("Krisenstab tagte früh");
    }

    @Test
    void badInputIsAProblemAndWritesNothing() {
        String uri = "/api/v1/workshops/" + id + "/observations";
        MvcTestResult unknown = call(participant, "POST", uri, "{\"text\":\"Gut\",\"kind\":\"PARTY\"}");
        assertThat(unknown).hasStatus(400);
        assertThat(unknown.getResponse().getContentType()).startsWith("application/problem+json");
        assertField(call(participant, "POST", uri, "{\"text\":\"Gut\"}"), "kind");
        assertField(call(participant, "POST", uri, "{\"text\":\"  \",\"kind\":\"WENT_WELL\"}"), "text");
        assertField(call(participant, "POST", uri, "{\"text\":\"" + "x".repeat(2001) + "\",\"kind\":\"WENT_WELL\"}"),
                "text");
        assertField(call(participant, "POST", uri,
                "{\"text\":\"Gut\",\"kind\":\"WENT_WELL\",\"theme\":\"" + "t".repeat(101) + "\"}"), "theme");
        assertThat(count()).isZero();

        call(facilitator, "PUT", "/api/v1/workshops/" + id + "/phase", "{\"phase\":\"CLOSED\"}");
        MvcTestResult closed = call(participant, "POST", uri, "{\"text\":\"Zu spät\",\"kind\":\"WENT_WELL\"}");
        assertThat(closed).hasStatus(409);
        assertThat(closed.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(count()).isZero();
    }

    @Test
    void scriptInAnObservationComesBackAsPlainData() {
        String text = "<script>alert('x')</script> & <b>fett</b>";
        JsonNode posted = read(call(participant, "POST", "/api/v1/workshops/" + id + "/observations",
                "{\"text\":\"" + text + "\",\"kind\":\"WENT_BADLY\"}"));
        assertThat(posted.get("text").asString()).isEqualTo(text);
    }

    @Test
    void forOthersAndOtherMunicipalitiesTheBoardDoesNotExist() {
        String uri = "/api/v1/workshops/" + id + "/observations";
        String employee = token(tenant.user("Erik Beschäftigt", Role.EMPLOYEE));
        assertThat(call(employee, "POST", uri, "{\"text\":\"Gut\",\"kind\":\"WENT_WELL\"}")).hasStatus(404);
        assertThat(call(employee, "GET", uri, null)).hasStatus(404);
        assertThat(call(employee, "GET", "/api/v1/workshops/" + id + "/stream", null)).hasStatus(404);
        assertThat(call(null, "GET", uri, null)).hasStatus(401);
        TestTenant other = organisation.newTenant("Anderstadt " + UUID.randomUUID());
        String stranger = token(other.user("Fremde Moderation", Role.FACILITATOR));
        assertThat(call(stranger, "POST", uri, "{\"text\":\"Gut\",\"kind\":\"WENT_WELL\"}")).hasStatus(404);
        assertThat(call(stranger, "GET", uri, null)).hasStatus(404);
        assertThat(call(stranger, "POST", "/api/v1/workshops/" + id + "/clusters", "{\"title\":\"X\"}")).hasStatus(404);
        String observation = read(call(participant, "POST", uri, "{\"text\":\"Gut\",\"kind\":\"WENT_WELL\"}"))
                .get("id").asString();
        assertThat(call(stranger, "PUT", "/api/v1/observations/" + observation + "/cluster", "{\"clusterId\":null}"))
                .hasStatus(404);
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void aFacilitatorClustersObservationsAndMergesADuplicate() {
        String uri = "/api/v1/workshops/" + id + "/observations";
        String first = read(call(participant, "POST", uri, "{\"text\":\"Infos kamen spät\",\"kind\":\"WENT_BADLY\"}"))
                .get("id").asString();
        String duplicate = read(call(participant, "POST", uri, "{\"text\":\"Informationen zu spät\",\"kind\":\"WENT_BADLY\"}"))
                .get("id").asString();
        assertThat(call(participant, "POST", "/api/v1/workshops/" + id + "/clusters", "{\"title\":\"Information\"}"))
                .hasStatus(403);
        MvcTestResult created = call(facilitator, "POST", "/api/v1/workshops/" + id + "/clusters",
                "{\"title\":\"Information\"}");
        assertThat(created).hasStatus(201);
        String cluster = read(created).get("id").asString();
        JsonNode clustered = read(call(facilitator, "PUT", "/api/v1/observations/" + first + "/cluster",
                "{\"clusterId\":\"" + cluster + "\"}"));
        assertThat(clustered.get("clusterId").asString()).isEqualTo(cluster);
        assertField(call(facilitator, "PUT", "/api/v1/observations/" + first + "/cluster",
                "{\"clusterId\":\"" + UUID.randomUUID() + "\"}"), "clusterId");
        assertField(call(facilitator, "POST", "/api/v1/observations/" + first + "/merge",
                "{\"into\":\"" + first + "\"}"), "into");

        JsonNode kept = read(call(facilitator, "POST", "/api/v1/observations/" + duplicate + "/merge",
                "{\"into\":\"" + first + "\"}"));
        assertThat(kept.get("merged").asInt()).isEqualTo(1);
        JsonNode board = read(call(participant, "GET", uri, null));
        assertThat(board.get("observations").size()).isEqualTo(1);
        assertThat(board.get("clusters").get(0).get("title").asString()).isEqualTo("Information");
        assertThat(call(facilitator, "PUT", "/api/v1/observations/" + duplicate + "/cluster", "{\"clusterId\":null}"))
                .hasStatus(404);
    }

    @Test
    void theStreamSendsPhasesObservationsAndProposals() throws Exception {
        MvcTestResult stream = mvc.get().uri("/api/v1/workshops/" + id + "/stream")
                .header(HttpHeaders.AUTHORIZATION, participant).asyncExchange();
        call(facilitator, "PUT", "/api/v1/workshops/" + id + "/phase", "{\"phase\":\"INVENTORY\"}");
        String observation = read(call(participant, "POST", "/api/v1/workshops/" + id + "/observations",
                "{\"text\":\"Gut\",\"kind\":\"WENT_WELL\"}")).get("id").asString();
        UUID proposal = UUID.randomUUID();
        publisher.publishEvent(new ProposalChanged(tenant.id(), UUID.fromString(id), proposal, "Krisenbeauftragte", 2,
                4.5, 2.0));

        await().atMost(Duration.ofSeconds(10)).until(() -> stream.getResponse().getContentAsString()
                .contains(proposal.toString()));
        String content = stream.getResponse().getContentAsString();
        assertThat(content).contains("event:phase").contains("\"phase\":\"INVENTORY\"")
                .contains("event:observation").contains(observation).contains("event:proposal");
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM lessons.observation WHERE tenant_id = ?").param(tenant.id())
                .query(Long.class).single();
    }

    private String token(CurrentUser user) {
        return bearer(mvc, user.username(), TestOrganisation.PASSWORD);
    }

    private MvcTestResult call(@Nullable String token, String method, String uri, @Nullable String body) {
        return ApiTestSupport.call(mvc, HttpHeaders.AUTHORIZATION, token, method, uri, body);
    }
}
