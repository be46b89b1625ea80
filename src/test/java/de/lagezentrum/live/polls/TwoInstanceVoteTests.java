package de.lagezentrum.live.polls;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import de.lagezentrum.IntegrationTest;
import de.lagezentrum.live.EventView;
import de.lagezentrum.live.JoinPolicy;
import de.lagezentrum.live.LiveEvents;
import de.lagezentrum.live.TestLive;
import de.lagezentrum.live.TestLive.Hosts;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.platform.realtime.SecondHub;

import static de.lagezentrum.ApiTestSupport.bearer;
import static de.lagezentrum.ApiTestSupport.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances on one PostgreSQL serve one event: what happens on instance A (the application under test,
 * through its API) reaches the streams of participants connected to instance B (a second hub with its own
 * listener on the same database, as a second instance behind a load balancer has).
 */
@IntegrationTest
class TwoInstanceVoteTests {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String TOKEN = "X-Participant-Token";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestLive fixtures;

    @Autowired
    DataSource dataSource;

    @Autowired
    JsonMapper json;

    SecondHub instanceB;
    Hosts hosts;
    String host;
    EventView event;

    @BeforeEach
    void event() {
        instanceB = new SecondHub(dataSource, json);
        hosts = fixtures.hosts("Zweistadt");
        host = bearer(mvc, hosts.host().username(), TestOrganisation.PASSWORD);
        event = fixtures.running(hosts, "Zwei Server, ein Saal", JoinPolicy.ANONYMOUS);
    }

    @AfterEach
    void stopInstanceB() {
        instanceB.close();
    }

    @Test
    void votesOnInstanceAReachAParticipantOnInstanceBAsResultsWithTheCounts() {
        SecondHub.Stream participantOnB = instanceB.subscribe(LiveEvents.topic(event.id()), null);
        SecondHub.Stream teamOnB = instanceB.subscribe(LiveEvents.teamTopic(event.id()), null);
        JsonNode poll = open("""
                {"question":"Wo treffen wir uns?","type":"SINGLE","options":["Rathaus","Feuerwache","Schule"]}""");
        JsonNode hidden = open("""
                {"question":"Geheim?","type":"SINGLE","options":["Ja","Nein"],"visibility":"HIDDEN"}""");
        String pollId = poll.get("id").asString();
        List<String> options = poll.get("options").valueStream().map(option -> option.get("id").asString()).toList();

        vote(pollId, options.get(0));
        vote(pollId, options.get(1));
        vote(pollId, options.get(1));
        vote(hidden.get("id").asString(), hidden.get("options").get(0).get("id").asString());

        await().atMost(WAIT).until(() -> lastResults(participantOnB, pollId) != null
                && lastResults(participantOnB, pollId).get("total").asLong() == 3);
        JsonNode results = lastResults(participantOnB, pollId);
        assertThat(fieldNames(results)).containsExactly("pollId", "total", "options");
        assertThat(results.get("options").valueStream().map(option -> option.get("id").asString()).toList())
                .containsExactlyElementsOf(options);
        assertThat(results.get("options").valueStream().map(option -> option.get("count").asLong()).toList())
                .containsExactly(1L, 2L, 0L);
        assertThat(fieldNames(results.get("options").get(0))).containsExactlyInAnyOrder("id", "count");
        // The poll's opening went to B's participants too, before its results.
        assertThat(participantOnB.data("poll")).anyMatch(data -> data.contains(pollId) && data.contains("OPEN"));

        // A hidden poll's counts reach B's team, never B's participants.
        String hiddenId = hidden.get("id").asString();
        await().atMost(WAIT).until(() -> lastResults(teamOnB, hiddenId) != null);
        assertThat(lastResults(teamOnB, hiddenId).get("total").asLong()).isEqualTo(1);
        assertThat(participantOnB.data("results")).noneMatch(data -> data.contains(hiddenId));
    }

    @Test
    void aQuestionAskedAndUpvotedOnInstanceAReachesAParticipantOnInstanceB() {
        SecondHub.Stream participantOnB = instanceB.subscribe(LiveEvents.topic(event.id()), null);
        SecondHub.Stream teamOnB = instanceB.subscribe(LiveEvents.teamTopic(event.id()), null);
        String asker = fixtures.join(event, null).participantToken();

        MvcTestResult asked = mvc.post().uri("/api/v1/events/" + event.id() + "/questions").header(TOKEN, asker)
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Wer zahlt die Notstromaggregate?\"}")
                .exchange();
        assertThat(asked).hasStatus(201);
        String questionId = read(asked).get("id").asString();
        // Moderated: the team on B sees it waiting, the participants on B do not.
        await().atMost(WAIT).until(() -> !questions(teamOnB, questionId).isEmpty());
        assertThat(questions(teamOnB, questionId).get(0).get("status").asString()).isEqualTo("PENDING");

        assertThat(call("PATCH", "/api/v1/questions/" + questionId, "{\"status\":\"VISIBLE\"}")).hasStatusOk();
        assertThat(mvc.post().uri("/api/v1/questions/" + questionId + "/upvote")
                .header(TOKEN, fixtures.join(event, null).participantToken()).exchange()).hasStatusOk();

        await().atMost(WAIT).until(() -> questions(participantOnB, questionId).stream()
                .anyMatch(question -> question.get("upvotes").asLong() == 1));
        List<JsonNode> seen = questions(participantOnB, questionId);
        assertThat(seen).allMatch(question -> question.get("status").asString().equals("VISIBLE"));
        assertThat(seen.get(seen.size() - 1).get("upvotes").asLong()).isEqualTo(1);
    }

    private JsonNode open(String body) {
        MvcTestResult created = call("POST", "/api/v1/events/" + event.id() + "/polls", body);
        assertThat(created).hasStatus(201);
        MvcTestResult opened = call("POST", "/api/v1/polls/" + read(created).get("id").asString() + "/open", null);
        assertThat(opened).hasStatusOk();
        return read(opened);
    }

    private void vote(String pollId, String optionId) {
        assertThat(mvc.post().uri("/api/v1/polls/" + pollId + "/votes")
                .header(TOKEN, fixtures.join(event, null).participantToken()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"optionIds\":[\"" + optionId + "\"]}").exchange()).hasStatusOk();
    }

    private MvcTestResult call(String method, String uri, String body) {
        var request = mvc.method(HttpMethod.valueOf(method)).uri(uri).header(HttpHeaders.AUTHORIZATION, host);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return request.exchange();
    }

    private JsonNode lastResults(SecondHub.Stream stream, String pollId) {
        List<JsonNode> results = stream.data("results").stream().map(json::readTree)
                .filter(data -> data.get("pollId").asString().equals(pollId)).toList();
        return results.isEmpty() ? null : results.get(results.size() - 1);
    }

    private List<JsonNode> questions(SecondHub.Stream stream, String questionId) {
        return stream.data("question").stream().map(json::readTree)
                .filter(data -> data.get("questionId").asString().equals(questionId)).toList();
    }

    private static List<String> fieldNames(JsonNode node) {
        return node.propertyNames().stream().toList();
    }
}
