package de.lagezentrum.lessons.knowledge;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
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
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.organisation.TestOrganisation.TestTenant;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.security.PublicPageChanged;

import static de.lagezentrum.ApiTestSupport.assertField;
import static de.lagezentrum.ApiTestSupport.bearer;
import static de.lagezentrum.ApiTestSupport.read;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * API v1 of recommendations and resilience factors: a facilitator writes a recommendation citing the
 * municipality's proposals and lessons (unknown ids are a problem), groups recommendations into a factor with a
 * German slug, submits it for review, and a second facilitator publishes it (the submitter gets 409 with a German
 * reason); others get 403 on writing and 404 on a factor; another municipality's ids do not exist.
 */
@IntegrationTest
@RecordApplicationEvents
class ResilienceFactorApiWebTests {

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
    CurrentUser author;
    String facilitator;
    String colleague;

    @BeforeEach
    void facilitators() {
        tenant = organisation.newTenant("Wissensstadt " + UUID.randomUUID());
        author = tenant.user("Clara Moderation", Role.FACILITATOR, Role.EMPLOYEE);
        facilitator = token(author);
        colleague = token(tenant.user("Kai Kollege", Role.FACILITATOR));
    }

    @Test
    void aRecommendationCitesProposalsAndLessonsAndAFactorIsPublishedByASecondFacilitator() {
        UUID workshop = workshop(tenant, author);
        UUID proposal = proposal(tenant, workshop, author);
        UUID lesson = lesson(tenant, author);
        MvcTestResult written = call(facilitator, "POST", "/api/v1/recommendations", """
                {"title":"Krisenbeauftragte je Amt","body":"Wie **Brandschutzbeauftragte**.",
                 "proposalIds":["%s"],"lessonIds":["%s"]}""".formatted(proposal, lesson));
        assertThat(written).hasStatus(201);
        JsonNode recommendation = read(written);
        String recommendationId = recommendation.get("id").asString();
        assertThat(written.getResponse().getHeader(HttpHeaders.LOCATION))
                .isEqualTo("/api/v1/recommendations/" + recommendationId);
        assertThat(recommendation.get("proposalIds").get(0).asString()).isEqualTo(proposal.toString());
        assertThat(recommendation.get("lessonIds").get(0).asString()).isEqualTo(lesson.toString());

        MvcTestResult created = call(facilitator, "POST", "/api/v1/resilience-factors", """
                {"title":"Krisenstäbe früh üben – Größe","summary":"Üben, bevor es ernst wird.",
                 "body":"Die *Krisenstäbe* üben zweimal im Jahr.","theme":"Krisenmanagement",
                 "invasiveness":"MINIMAL","transferability":"TRANSFERABLE","recommendationIds":["%s"],
                 "examples":[{"municipality":"Musterstadt","text":"Übung im Rathaus"}]}""".formatted(recommendationId));
        assertThat(created).hasStatus(201);
        JsonNode factor = read(created);
        String id = factor.get("id").asString();
        assertThat(factor.get("slug").asString()).isEqualTo("krisenstaebe-frueh-ueben-groesse");
        assertThat(factor.get("status").asString()).isEqualTo("DRAFT");
        assertThat(factor.get("recommendationIds").get(0).asString()).isEqualTo(recommendationId);
        assertThat(factor.get("examples").get(0).get("municipality").asString()).isEqualTo("Musterstadt");

        // The same title again gets its own slug in the municipality.
        JsonNode twin = read(call(facilitator, "POST", "/api/v1/resilience-factors", """
                {"title":"Krisenstäbe früh üben – Größe","summary":"S","body":"B","theme":"Krisenmanagement",
                 "recommendationIds":[]}"""));
        assertThat(twin.get("slug").asString()).isEqualTo("krisenstaebe-frueh-ueben-groesse-2");

        // Publishing a draft is a conflict; the author submits it for review.
        assertThat(call(colleague, "POST", "/api/v1/resilience-factors/" + id + "/publish", null)).hasStatus(409);
        JsonNode reviewed = read(call(facilitator, "POST", "/api/v1/resilience-factors/" + id + "/review", null));
        assertThat(reviewed.get("status").asString()).isEqualTo("REVIEW");
        assertThat(reviewed.get("submittedBy").asString()).isEqualTo(author.personId().toString());
        assertThat(reviewed.get("submittedAt").isNull()).isFalse();

        // Four eyes: the submitter does not publish it.
        MvcTestResult own = call(facilitator, "POST", "/api/v1/resilience-factors/" + id + "/publish", null);
        assertThat(own).hasStatus(409);
        assertThat(own.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(read(own).get("detail").asString()).contains("Vier-Augen-Prinzip");
        assertThat(events.stream(PublicPageChanged.class)).isEmpty();

        JsonNode published = read(call(colleague, "POST", "/api/v1/resilience-factors/" + id + "/publish", null));
        assertThat(published.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(published.get("publishedBy").asString()).isNotEqualTo(author.personId().toString());
        assertThat(published.get("publishedAt").isNull()).isFalse();
        assertThat(events.stream(PublicPageChanged.class)).isNotEmpty();
        // Once published, reviewing it again is a conflict, publishing again changes nothing.
        assertThat(call(facilitator, "POST", "/api/v1/resilience-factors/" + id + "/review", null)).hasStatus(409);
        assertThat(read(call(colleague, "POST", "/api/v1/resilience-factors/" + id + "/publish", null))
                .get("status").asString()).isEqualTo("PUBLISHED");
    }

    @Test
    void unknownIdsAndBadInputAreAProblemAndWriteNothing() {
        TestTenant other = organisation.newTenant("Anderstadt " + UUID.randomUUID());
        CurrentUser stranger = other.user("Fremde Moderation", Role.FACILITATOR);
        UUID foreignProposal = proposal(other, workshop(other, stranger), stranger);
        UUID foreignLesson = lesson(other, stranger);
        assertField(call(facilitator, "POST", "/api/v1/recommendations",
                "{\"title\":\"T\",\"body\":\"B\",\"proposalIds\":[\"" + UUID.randomUUID() + "\"]}"), "proposalIds");
        assertField(call(facilitator, "POST", "/api/v1/recommendations",
                "{\"title\":\"T\",\"body\":\"B\",\"proposalIds\":[\"" + foreignProposal + "\"]}"), "proposalIds");
        assertField(call(facilitator, "POST", "/api/v1/recommendations",
                "{\"title\":\"T\",\"body\":\"B\",\"lessonIds\":[\"" + foreignLesson + "\"]}"), "lessonIds");
        assertField(call(facilitator, "POST", "/api/v1/recommendations", "{\"title\":\" \",\"body\":\"B\"}"), "title");
        assertField(call(facilitator, "POST", "/api/v1/recommendations", "{\"title\":\"T\"}"), "body");
        assertThat(count("recommendation")).isZero();

        assertField(call(facilitator, "POST", "/api/v1/resilience-factors", factor("\"" + UUID.randomUUID() + "\"", "")),
                "recommendationIds");
        assertField(call(facilitator, "POST", "/api/v1/resilience-factors", factor("", ",\"invasiveness\":\"HUGE\"")),
                "invasiveness");
        assertField(call(facilitator, "POST", "/api/v1/resilience-factors",
                factor("", ",\"examples\":[{\"municipality\":\"\",\"text\":\"x\"}]")), "examples");
        assertField(call(facilitator, "POST", "/api/v1/resilience-factors",
                "{\"title\":\"T\",\"summary\":\"S\",\"body\":\"B\"}"), "theme");
        assertField(call(facilitator, "POST", "/api/v1/resilience-factors",
                factor("", ",\"title\":\"" + "x".repeat(201) + "\"")), "title");
        assertThat(count("resilience_factor")).isZero();
    }

    @Test
    void onlyFacilitatorsWriteAndForOthersAndOtherMunicipalitiesAFactorDoesNotExist() {
        String id = read(call(facilitator, "POST", "/api/v1/resilience-factors", factor("", ""))).get("id").asString();
        String employee = token(tenant.user("Erik Beschäftigt", Role.EMPLOYEE));
        assertThat(call(employee, "POST", "/api/v1/resilience-factors", factor("", ""))).hasStatus(403);
        assertThat(call(employee, "POST", "/api/v1/recommendations", "{\"title\":\"T\",\"body\":\"B\"}")).hasStatus(403);
        assertThat(call(employee, "POST", "/api/v1/resilience-factors/" + id + "/review", null)).hasStatus(404);
        assertThat(call(employee, "POST", "/api/v1/resilience-factors/" + id + "/publish", null)).hasStatus(404);
        assertThat(call(null, "POST", "/api/v1/resilience-factors", factor("", ""))).hasStatus(401);

        TestTenant other = organisation.newTenant("Anderstadt " + UUID.randomUUID());
        String stranger = token(other.user("Fremde Moderation", Role.FACILITATOR));
        assertThat(call(stranger, "GET", "/api/v1/resilience-factors/" + id, null)).hasStatus(404);
        assertThat(call(stranger, "POST", "/api/v1/resilience-factors/" + id + "/review", null)).hasStatus(404);
        assertThat(call(stranger, "POST", "/api/v1/resilience-factors/" + id + "/publish", null)).hasStatus(404);
        assertThat(read(call(facilitator, "GET", "/api/v1/resilience-factors/" + id, null)).get("status").asString())
                .isEqualTo("DRAFT");
    }

    @Test
    void scriptInTheTextsComesBackAsPlainData() {
        String title = "<script>alert('x')</script> Krisenstab";
        JsonNode factor = read(call(facilitator, "POST", "/api/v1/resilience-factors",
                factor("", ",\"title\":\"" + title + "\"")));
        assertThat(factor.get("title").asString()).isEqualTo(title);
        assertThat(factor.get("slug").asString()).isEqualTo("script-alert-x-script-krisenstab");
    }

    private static String factor(String recommendationIds, String more) {
        return "{\"title\":\"Reservepool\",\"summary\":\"S\",\"body\":\"B\",\"theme\":\"Personal\",\"recommendationIds\":["
                + recommendationIds + "]" + more + "}";
    }

    /** A workshop written with SQL, as the workshops slice would. */
    UUID workshop(TestTenant in, CurrentUser by) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                INSERT INTO lessons.workshop (id, tenant_id, title, starts_at, ends_at, municipalities, phase, created_by,
                    created_at, changed_at) VALUES (?, ?, 'Werkstatt', ?, ?, '{}', 'REVIEW', ?, ?, ?)""")
                .params(id, in.id(), now, Timestamp.from(clock.instant().plus(Duration.ofHours(2))), by.personId(), now,
                        now).update();
        return id;
    }

    /** A proposal written with SQL (the proposals slice is another helper's). */
    UUID proposal(TestTenant in, UUID workshop, CurrentUser by) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO lessons.proposal (id, tenant_id, workshop_id, title, description, invasiveness, transferability,
                    created_by, created_at) VALUES (?, ?, ?, 'Krisenbeauftragte', 'je Amt', 'MINIMAL', 'TRANSFERABLE', ?, ?)""")
                .params(id, in.id(), workshop, by.personId(), Timestamp.from(clock.instant())).update();
        return id;
    }

    UUID lesson(TestTenant in, CurrentUser by) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO lessons.lesson (id, tenant_id, title, created_by, created_at) VALUES (?, ?, 'Lehre', ?, ?)")
                .params(id, in.id(), by.personId(), Timestamp.from(clock.instant())).update();
        return id;
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM lessons." + table + " WHERE tenant_id = ?").param(tenant.id())
                .query(Long.class).single();
    }

    private String token(CurrentUser user) {
        return bearer(mvc, user.username(), TestOrganisation.PASSWORD);
    }

    private MvcTestResult call(@Nullable String token, String method, String uri, @Nullable String body) {
        return ApiTestSupport.call(mvc, HttpHeaders.AUTHORIZATION, token, method, uri, body);
    }
}
