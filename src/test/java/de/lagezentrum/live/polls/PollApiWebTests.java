package de.lagezentrum.live.polls;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

import de.lagezentrum.ApiTestSupport;
import de.lagezentrum.Administrator;
import de.lagezentrum.IntegrationTest;
import de.lagezentrum.live.EventView;
import de.lagezentrum.live.JoinPolicy;
import de.lagezentrum.live.TestLive;
import de.lagezentrum.live.TestLive.Hosts;
import de.lagezentrum.organisation.TestOrganisation;

import static de.lagezentrum.ApiTestSupport.assertField;
import static de.lagezentrum.ApiTestSupport.bearer;
import static de.lagezentrum.ApiTestSupport.read;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * API v1 of live polls: the team prepares, opens, closes and reveals; participants vote once per poll
 * (a revote replaces) while it is open; bad votes are problems and store nothing; hidden results reach no
 * participant; another municipality's polls do not exist; a participant firing votes gets 429.
 */
@IntegrationTest
class PollApiWebTests {

    static final String TOKEN = "X-Participant-Token";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestLive fixtures;

    @Autowired
    @Administrator
    JdbcClient jdbc;

    Hosts hosts;
    String host;
    EventView event;

    @BeforeEach
    void event() {
        hosts = fixtures.hosts("Umfragestadt");
        host = bearer(mvc, hosts.host().username(), TestOrganisation.PASSWORD);
        event = fixtures.running(hosts, "Amtsleitungstag", JoinPolicy.ANONYMOUS);
    }

    @Test
    void theTeamPreparesOpensAndClosesAPollAndARevoteReplaces() {
        JsonNode poll = create("""
                {"question":"Wie digital ist Ihr Amt?","type":"SINGLE","options":["Sehr"," Etwas ","Kaum",""]}""");
        assertThat(poll.get("status").asString()).isEqualTo("DRAFT");
        assertThat(poll.get("options").size()).isEqualTo(3);
        assertThat(poll.get("options").get(1).get("label").asString()).isEqualTo("Etwas");
        String id = poll.get("id").asString();
        String first = poll.get("options").get(0).get("id").asString();
        String second = poll.get("options").get(1).get("id").asString();
        String participant = fixtures.join(event, null).participantToken();

        // Not open yet: a participant does not even see it.
        assertThat(vote(participant, id, "{\"optionIds\":[\"" + first + "\"]}")).hasStatus(404);
        assertThat(read(participantGet(participant, "/api/v1/events/" + event.id() + "/polls")).get("items").size()).isZero();

        assertThat(read(call(host, "POST", "/api/v1/polls/" + id + "/open", null)).get("status").asString())
                .isEqualTo("OPEN");
        assertThat(call(host, "POST", "/api/v1/polls/" + id + "/open", null)).hasStatus(409);
        MvcTestResult counted = vote(participant, id, "{\"optionIds\":[\"" + first + "\"]}");
        assertThat(counted).hasStatusOk();
        assertThat(read(counted).get("counted").asBoolean()).isTrue();
        assertThat(vote(participant, id, "{\"optionIds\":[\"" + second + "\"]}")).hasStatusOk();
        vote(fixtures.join(event, "Anna Amt").participantToken(), id, "{\"optionIds\":[\"" + second + "\"]}");

        JsonNode results = read(participantGet(participant, "/api/v1/polls/" + id + "/results"));
        assertThat(results.get("total").asLong()).isEqualTo(2);
        assertThat(results.get("options").get(0).get("count").asLong()).isZero();
        assertThat(results.get("options").get(1).get("count").asLong()).isEqualTo(2);
        assertThat(results.get("options").get(1).get("label").asString()).isEqualTo("Etwas");
        assertThat(votes(id)).isEqualTo(2);

        assertThat(read(call(host, "POST", "/api/v1/polls/" + id + "/close", null)).get("status").asString())
                .isEqualTo("CLOSED");
        MvcTestResult late = vote(participant, id, "{\"optionIds\":[\"" + first + "\"]}");
        assertThat(late).hasStatus(409);
        assertThat(read(late).get("detail").asString()).contains("nicht geöffnet");
        assertThat(read(call(host, "GET", "/api/v1/polls/" + id + "/results", null)).get("options").get(1)
                .get("count").asLong()).isEqualTo(2);
        assertThat(read(call(host, "GET", "/api/v1/events/" + event.id() + "/polls", null)).get("items").size()).isEqualTo(1);
    }

    @Test
    void badVotesAreProblemsAndStoreNothing() {
        JsonNode single = open("{\"question\":\"Eins?\",\"type\":\"SINGLE\",\"options\":[\"A\",\"B\"]}");
        JsonNode other = open("{\"question\":\"Andere?\",\"type\":\"MULTIPLE\",\"options\":[\"X\",\"Y\"]}");
        JsonNode scale = open("{\"question\":\"Wie sehr?\",\"type\":\"SCALE\",\"scaleMin\":1,\"scaleMax\":5}");
        JsonNode words = open("{\"question\":\"Ein Wort?\",\"type\":\"WORDCLOUD\"}");
        String participant = fixtures.join(event, null).participantToken();
        String a = single.get("options").get(0).get("id").asString();
        String b = single.get("options").get(1).get("id").asString();
        String foreign = other.get("options").get(0).get("id").asString();

        assertField(vote(participant, single.get("id").asString(), "{\"optionIds\":[\"" + foreign + "\"]}"), "optionIds");
        assertField(vote(participant, single.get("id").asString(), "{\"optionIds\":[\"" + a + "\",\"" + b + "\"]}"),
                "optionIds");
        assertField(vote(participant, single.get("id").asString(), "{\"optionIds\":[]}"), "optionIds");
        assertField(vote(participant, scale.get("id").asString(), "{\"value\":6}"), "value");
        assertField(vote(participant, scale.get("id").asString(), "{\"text\":\"fünf\"}"), "value");
        assertField(vote(participant, words.get("id").asString(), "{\"text\":\" !? \"}"), "text");
        assertThat(vote(participant, single.get("id").asString(), "{\"optionIds\":[\"kein-uuid\"]}")).hasStatus(400);
        assertThat(vote(participant, UUID.randomUUID().toString(), "{\"value\":1}")).hasStatus(404);
        assertThat(votes(single.get("id").asString()) + votes(scale.get("id").asString())
                + votes(words.get("id").asString())).isZero();

        assertField(call(host, "POST", "/api/v1/events/" + event.id() + "/polls",
                "{\"question\":\"Nur eine?\",\"type\":\"SINGLE\",\"options\":[\"A\"]}"), "options");
        assertField(call(host, "POST", "/api/v1/events/" + event.id() + "/polls",
                "{\"question\":\"Skala?\",\"type\":\"SCALE\",\"scaleMin\":5,\"scaleMax\":1}"), "scaleMax");
        assertField(call(host, "POST", "/api/v1/events/" + event.id() + "/polls", "{\"question\":\" \",\"type\":\"OPEN\"}"),
                "question");
        assertThat(call(host, "POST", "/api/v1/events/" + event.id() + "/polls",
                "{\"question\":\"?\",\"type\":\"RANKING\"}")).hasStatus(400);
    }

    @Test
    void scaleWordCloudAndOpenTextCount() {
        JsonNode scale = open("{\"question\":\"Zufrieden?\",\"type\":\"SCALE\",\"scaleMin\":1,\"scaleMax\":5,\"minLabel\":\"gar nicht\",\"maxLabel\":\"sehr\"}");
        JsonNode words = open("{\"question\":\"Ein Wort zur Verwaltung?\",\"type\":\"WORDCLOUD\"}");
        JsonNode text = open("{\"question\":\"Was wünschen Sie sich?\",\"type\":\"OPEN\"}");
        String anna = fixtures.join(event, "Anna").participantToken();
        String ben = fixtures.join(event, "Ben").participantToken();
        vote(anna, scale.get("id").asString(), "{\"value\":4}");
        vote(ben, scale.get("id").asString(), "{\"value\":4}");
        assertThat(vote(anna, words.get("id").asString(), "{\"text\":\"Digital, Schnell!\"}")).hasStatusOk();
        vote(ben, words.get("id").asString(), "{\"text\":\"digital\"}");
        vote(anna, text.get("id").asString(), "{\"text\":\"Mehr Homeoffice\"}");

        JsonNode scaleResults = read(call(host, "GET", "/api/v1/polls/" + scale.get("id").asString() + "/results", null));
        assertThat(scaleResults.get("options").size()).isEqualTo(5);
        assertThat(scaleResults.get("options").get(3).get("id").asString()).isEqualTo("4");
        assertThat(scaleResults.get("options").get(3).get("count").asLong()).isEqualTo(2);
        JsonNode cloud = read(call(host, "GET", "/api/v1/polls/" + words.get("id").asString() + "/results", null));
        assertThat(cloud.get("options").get(0).get("id").asString()).isEqualTo("digital");
        assertThat(cloud.get("options").get(0).get("count").asLong()).isEqualTo(2);
        assertThat(cloud.get("options").get(1).get("id").asString()).isEqualTo("schnell");
        JsonNode texts = read(participantGet(ben, "/api/v1/polls/" + text.get("id").asString() + "/results"));
        assertThat(texts.get("texts").get(0).asString()).isEqualTo("Mehr Homeoffice");
    }

    @Test
    void hiddenResultsReachNoParticipantUntilRevealed() throws Exception {
        JsonNode poll = open("{\"question\":\"Geheim?\",\"type\":\"SINGLE\",\"options\":[\"Ja\",\"Nein\"],\"visibility\":\"HIDDEN\"}");
        String id = poll.get("id").asString();
        String participant = fixtures.join(event, null).participantToken();
        vote(participant, id, "{\"optionIds\":[\"" + poll.get("options").get(0).get("id").asString() + "\"]}");

        MvcTestResult hidden = participantGet(participant, "/api/v1/polls/" + id + "/results");
        assertThat(hidden).hasStatus(403);
        assertThat(hidden.getResponse().getContentAsString()).doesNotContain("\"count\"");
        assertThat(read(participantGet(participant, "/api/v1/events/" + event.id() + "/polls")).get("items").get(0).has("count"))
                .isFalse();
        assertThat(read(call(host, "GET", "/api/v1/polls/" + id + "/results", null)).get("total").asLong()).isEqualTo(1);

        assertThat(call(bearer(mvc, hosts.moderator().username(), TestOrganisation.PASSWORD), "POST", "/api/v1/polls/" + id + "/reveal", null)).hasStatus(403);
        assertThat(read(call(host, "POST", "/api/v1/polls/" + id + "/reveal", null)).get("revealed").asBoolean()).isTrue();
        assertThat(read(participantGet(participant, "/api/v1/polls/" + id + "/results")).get("total").asLong())
                .isEqualTo(1);
    }

    @Test
    void anotherMunicipalitysPollsAndTokensAreNotFound() {
        JsonNode poll = open("{\"question\":\"Fremd?\",\"type\":\"SINGLE\",\"options\":[\"Ja\",\"Nein\"]}");
        String id = poll.get("id").asString();
        Hosts other = fixtures.hosts("Nachbarumfrage");
        String otherHost = bearer(mvc, other.host().username(), TestOrganisation.PASSWORD);
        assertThat(call(otherHost, "GET", "/api/v1/polls/" + id + "/results", null)).hasStatus(404);
        assertThat(call(otherHost, "POST", "/api/v1/polls/" + id + "/close", null)).hasStatus(404);
        assertThat(call(otherHost, "POST", "/api/v1/events/" + event.id() + "/polls",
                "{\"question\":\"Gekapert?\",\"type\":\"OPEN\"}")).hasStatus(404);
        String employee = bearer(mvc, hosts.employee().username(), TestOrganisation.PASSWORD);
        assertThat(call(employee, "POST", "/api/v1/polls/" + id + "/close", null)).hasStatus(404);

        String foreigner = fixtures.join(fixtures.running(other, "Anderswo", JoinPolicy.ANONYMOUS), null)
                .participantToken();
        assertThat(vote(foreigner, id, "{\"optionIds\":[\"" + poll.get("options").get(0).get("id").asString() + "\"]}"))
                .hasStatus(404);
        assertThat(participantGet(foreigner, "/api/v1/polls/" + id + "/results")).hasStatus(404);
        assertThat(participantGet(foreigner, "/api/v1/events/" + event.id() + "/polls")).hasStatus(404);
        assertThat(vote(null, id, "{\"value\":1}")).hasStatus(401);
        assertThat(vote("kein.token", id, "{\"value\":1}")).hasStatus(401);
        assertThat(participantGet("kein.token", "/api/v1/polls/" + id + "/results")).hasStatus(401);
        assertThat(call(null, "GET", "/api/v1/polls/" + id + "/results", null)).hasStatus(401);
        assertThat(votes(id)).isZero();
    }

    @Test
    void aParticipantFiringAHundredVotesIsLimited() {
        JsonNode poll = open("{\"question\":\"Schnell?\",\"type\":\"SCALE\"}");
        String id = poll.get("id").asString();
        String participant = fixtures.join(event, null).participantToken();
        List<Integer> statuses = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < 100; i++) {
            statuses.add(vote(participant, id, "{\"value\":" + (i % 5 + 1) + "}").getResponse().getStatus());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long accepted = statuses.stream().filter(status -> status == 200).count();
        assertThat(statuses).contains(429).containsOnly(200, 429);
        // A burst of twice the rate, then the rate (10 a second by default).
        assertThat(accepted).isLessThanOrEqualTo(20 + (long) Math.ceil(seconds * 10) + 1);
        assertThat(votes(id)).isEqualTo(1);
    }

    @Test
    void theTeamsStepsWithAPollAreAuditedAndARefusedStepIsNot() {
        JsonNode poll = create("""
                {"question":"Wer übernimmt die Bürgersprechstunde?","type":"SINGLE","options":["Amt A","Amt B"],
                 "visibility":"HIDDEN"}""");
        String id = poll.get("id").asString();
        assertThat(call(host, "POST", "/api/v1/polls/" + id + "/open", null)).hasStatusOk();
        assertThat(call(host, "POST", "/api/v1/polls/" + id + "/open", null)).hasStatus(409);
        String first = poll.get("options").get(0).get("id").asString();
        assertThat(vote(fixtures.join(event, null).participantToken(), id, "{\"optionIds\":[\"" + first + "\"]}"))
                .hasStatusOk();
        assertThat(call(host, "POST", "/api/v1/polls/" + id + "/close", null)).hasStatusOk();
        assertThat(call(host, "POST", "/api/v1/polls/" + id + "/reveal", null)).hasStatusOk();
        // Revealing again changes nothing, so it is not another entry.
        assertThat(call(host, "POST", "/api/v1/polls/" + id + "/reveal", null)).hasStatusOk();
        // Somebody off the team is refused, and leaves no entry either.
        assertThat(call(bearer(mvc, hosts.employee().username(), TestOrganisation.PASSWORD), "POST",
                "/api/v1/polls/" + id + "/reveal", null)).hasStatus(404);

        List<String> entries = jdbc.sql("""
                SELECT concat_ws(' | ', action, entity_type, actor_name, summary, before::text, after::text)
                FROM platform.audit_entry WHERE tenant_id = ? AND entity_id = ?::uuid ORDER BY occurred_at""")
                .params(hosts.tenant().id(), id).query(String.class).list();
        String actor = hosts.host().username();
        String summary = "Wer übernimmt die Bürgersprechstunde?";
        assertThat(entries).containsExactly(
                "LIVE_POLL_CREATED | Poll | " + actor + " | " + summary + " | {\"type\": \"SINGLE\", \"event\": \""
                        + event.id() + "\", \"options\": [\"Amt A\", \"Amt B\"], \"question\": \"" + summary
                        + "\", \"visibility\": \"HIDDEN\"}",
                "LIVE_POLL_OPENED | Poll | " + actor + " | " + summary + " | {\"status\": \"DRAFT\"} | {\"status\": \"OPEN\"}",
                "LIVE_POLL_CLOSED | Poll | " + actor + " | " + summary
                        + " | {\"status\": \"OPEN\"} | {\"votes\": 1, \"status\": \"CLOSED\"}",
                "LIVE_POLL_REVEALED | Poll | " + actor + " | " + summary
                        + " | {\"revealed\": false} | {\"revealed\": true}");
    }

    private JsonNode create(String body) {
        MvcTestResult created = call(host, "POST", "/api/v1/events/" + event.id() + "/polls", body);
        assertThat(created).hasStatus(201);
        return read(created);
    }

    private JsonNode open(String body) {
        JsonNode poll = create(body);
        MvcTestResult opened = call(host, "POST", "/api/v1/polls/" + poll.get("id").asString() + "/open", null);
        assertThat(opened).hasStatusOk();
        return read(opened);
    }

    private long votes(String pollId) {
        return jdbc.sql("SELECT count(*) FROM live.poll_vote WHERE poll_id = ?::uuid").param(pollId).query(Long.class)
                .single();
    }


    private MvcTestResult vote(@Nullable String token, String pollId, String body) {
        var request = mvc.post().uri("/api/v1/polls/" + pollId + "/votes").contentType(MediaType.APPLICATION_JSON)
                .content(body);
        if (token != null) {
            request.header(TOKEN, token);
        }
        return request.exchange();
    }

    private MvcTestResult participantGet(String token, String uri) {
        return mvc.get().uri(uri).header(TOKEN, token).exchange();
    }

    private MvcTestResult call(@Nullable String token, String method, String uri, @Nullable String body) {
        return ApiTestSupport.call(mvc, HttpHeaders.AUTHORIZATION, token, method, uri, body);
    }
}
