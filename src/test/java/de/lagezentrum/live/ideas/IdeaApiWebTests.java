package de.lagezentrum.live.ideas;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

import de.lagezentrum.ApiTestSupport;
import de.lagezentrum.IntegrationTest;
import de.lagezentrum.live.EventView;
import de.lagezentrum.live.JoinPolicy;
import de.lagezentrum.live.TestLive;
import de.lagezentrum.live.TestLive.Hosts;
import de.lagezentrum.organisation.TestOrganisation;

import static de.lagezentrum.ApiTestSupport.assertField;
import static de.lagezentrum.ApiTestSupport.bearer;
import static de.lagezentrum.ApiTestSupport.json;
import static de.lagezentrum.ApiTestSupport.read;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * API v1 of an event's ideas: the host marks blog posts and answers as ideas with stable ids and their
 * text copied, marking again answers the same idea, the list and its CSV and JSON exports, unmarking;
 * moderators read but do not mark; strangers and other municipalities find nothing.
 */
@IntegrationTest
class IdeaApiWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestLive fixtures;

    @Autowired
    TestIdeaSources answers;

    Hosts hosts;
    EventView event;
    String host;
    String postId;

    @BeforeEach
    void event() {
        hosts = fixtures.hosts("Ideenstadt");
        event = fixtures.running(hosts, "Ideentag", JoinPolicy.ANONYMOUS);
        host = bearer(mvc, hosts.host().username(), TestOrganisation.PASSWORD);
        String participant = fixtures.join(event, "Anna Amt").participantToken();
        postId = read(mvc.post().uri("/api/v1/events/" + event.id() + "/posts").header("X-Participant-Token", participant)
                .contentType(MediaType.APPLICATION_JSON).content(json("title", "Mehr Homeoffice", "body",
                        "=Auch; für \"Amtsleitungen\""))
                .exchange()).get("id").asString();
    }

    @Test
    void theHostMarksAPostAndAnAnswerWithStableIdsAndMarkingAgainAnswersTheSameIdea() {
        MvcTestResult marked = call(host, "POST", ideas(), "{\"kind\":\"POST\",\"sourceId\":\"" + postId + "\"}");
        assertThat(marked).hasStatus(201);
        JsonNode idea = read(marked);
        String ideaId = idea.get("id").asString();
        assertThat(idea.get("kind").asString()).isEqualTo("POST");
        assertThat(idea.get("sourceId").asString()).isEqualTo(postId);
        assertThat(idea.get("text").asString()).isEqualTo("Mehr Homeoffice\n\n=Auch; für \"Amtsleitungen\"");
        assertThat(idea.has("transferredTo")).isTrue();
        assertThat(idea.get("transferredTo").isNull()).isTrue();

        MvcTestResult again = call(host, "POST", ideas(), "{\"kind\":\"POST\",\"sourceId\":\"" + postId + "\"}");
        assertThat(again).hasStatusOk();
        assertThat(read(again).get("id").asString()).isEqualTo(ideaId);

        UUID answer = answers.answer(event.id(), "Weniger Papier");
        String answerIdea = read(call(host, "POST", ideas(), "{\"kind\":\"ANSWER\",\"sourceId\":\"" + answer + "\"}"))
                .get("id").asString();

        JsonNode list = read(call(host, "GET", ideas(), null)).get("items");
        assertThat(list.valueStream().map(item -> item.get("id").asString())).containsExactly(ideaId, answerIdea);
        assertThat(list.get(1).get("text").asString()).isEqualTo("Weniger Papier");
        assertThat(list.get(1).get("transferredTo").isNull()).isTrue();

        assertThat(call(host, "DELETE", ideas() + "/" + answerIdea, null)).hasStatus(204);
        assertThat(read(call(host, "GET", ideas(), null)).get("items").valueStream()
                .map(item -> item.get("id").asString())).containsExactly(ideaId);
        assertThat(call(host, "DELETE", ideas() + "/" + answerIdea, null)).hasStatus(404);
    }

    @Test
    void theExportsCarryTheSameIdsAsCsvForSpreadsheetsAndAsJson() {
        String ideaId = read(call(host, "POST", ideas(), "{\"kind\":\"POST\",\"sourceId\":\"" + postId + "\"}"))
                .get("id").asString();
        MvcTestResult csv = call(host, "GET", ideas() + ".csv", null);
        assertThat(csv).hasStatusOk();
        assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
        assertThat(csv.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("attachment", ".csv");
        String text = new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFid;kind;sourceId;text;transferredTo;markedAt\r\n");
        // The text has a semicolon, quotes and line breaks: quoted, with its quotes doubled.
        assertThat(text).contains(ideaId + ";POST;" + postId + ";\"Mehr Homeoffice\n\n=Auch; für \"\"Amtsleitungen\"\"\";;");

        MvcTestResult json = call(host, "GET", ideas() + ".json", null);
        assertThat(json.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("attachment", ".json");
        JsonNode export = read(json);
        assertThat(export.get("eventId").asString()).isEqualTo(event.id().toString());
        assertThat(export.get("items").get(0).get("id").asString()).isEqualTo(ideaId);
    }

    @Test
    void badInputIsAProblemAndNothingIsMarked() {
        assertField(call(host, "POST", ideas(), "{\"kind\":\"POST\"}"), "sourceId");
        assertField(call(host, "POST", ideas(), "{\"sourceId\":\"" + postId + "\"}"), "kind");
        assertField(call(host, "POST", ideas(), "{\"kind\":\"POST\",\"sourceId\":\"" + UUID.randomUUID() + "\"}"),
                "sourceId");
        // A post is no answer, and another event's post is not this event's.
        assertField(call(host, "POST", ideas(), "{\"kind\":\"ANSWER\",\"sourceId\":\"" + postId + "\"}"), "sourceId");
        EventView other = fixtures.running(hosts, "Anderer Tag", JoinPolicy.ANONYMOUS);
        assertField(call(host, "POST", "/api/v1/events/" + other.id() + "/ideas",
                "{\"kind\":\"POST\",\"sourceId\":\"" + postId + "\"}"), "sourceId");
        assertThat(call(host, "POST", ideas(), "{\"kind\":\"IDEE\",\"sourceId\":\"" + postId + "\"}")).hasStatus(400);
        assertThat(read(call(host, "GET", ideas(), null)).get("items").size()).isZero();
    }

    @Test
    void moderatorsReadButDoNotMarkAndStrangersFindNothing() {
        String body = "{\"kind\":\"POST\",\"sourceId\":\"" + postId + "\"}";
        String moderator = bearer(mvc, hosts.moderator().username(), TestOrganisation.PASSWORD);
        assertThat(call(moderator, "POST", ideas(), body)).hasStatus(403);
        assertThat(call(moderator, "GET", ideas(), null)).hasStatusOk();
        String employee = bearer(mvc, hosts.employee().username(), TestOrganisation.PASSWORD);
        assertThat(call(employee, "POST", ideas(), body)).hasStatus(404);
        assertThat(call(employee, "GET", ideas() + ".csv", null)).hasStatus(404);
        String foreign = bearer(mvc, fixtures.hosts("Fremdideen").host().username(), TestOrganisation.PASSWORD);
        assertThat(call(foreign, "GET", ideas(), null)).hasStatus(404);
        assertThat(call(foreign, "POST", ideas(), body)).hasStatus(404);
        assertThat(call(null, "GET", ideas(), null)).hasStatus(401);
        String participant = fixtures.join(event, null).participantToken();
        assertThat(mvc.get().uri(ideas()).header("X-Participant-Token", participant).exchange()).hasStatus(401);
    }

    private String ideas() {
        return "/api/v1/events/" + event.id() + "/ideas";
    }


    private MvcTestResult call(@Nullable String token, String method, String uri, @Nullable String body) {
        return ApiTestSupport.call(mvc, HttpHeaders.AUTHORIZATION, token, method, uri, body);
    }
}
