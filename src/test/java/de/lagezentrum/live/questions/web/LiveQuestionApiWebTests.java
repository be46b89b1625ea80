package de.lagezentrum.live.questions.web;

import java.time.Duration;
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

import de.lagezentrum.ApiTestSupport;
import de.lagezentrum.Administrator;
import de.lagezentrum.IntegrationTest;
import de.lagezentrum.live.EventDetails;
import de.lagezentrum.live.EventView;
import de.lagezentrum.live.JoinPolicy;
import de.lagezentrum.live.LiveEvents;
import de.lagezentrum.live.QaMode;
import de.lagezentrum.live.TestLive;
import de.lagezentrum.live.TestLive.Hosts;
import de.lagezentrum.organisation.TestOrganisation;

import static de.lagezentrum.ApiTestSupport.assertField;
import static de.lagezentrum.ApiTestSupport.bearer;
import static de.lagezentrum.ApiTestSupport.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * API v1 of an event's questions: participants ask (anonymously or named) and upvote once; the team
 * moderates (pending, visible, pinned, answered, hidden, merged) with version checks; participants never
 * see another's pending or hidden question; another event's or municipality's question does not exist.
 */
@IntegrationTest
class LiveQuestionApiWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestLive fixtures;

    @Autowired
    LiveEvents events;

    @Autowired
    @Administrator
    JdbcClient jdbc;

    Hosts hosts;
    String hostToken;
    EventView event;

    @BeforeEach
    void event() {
        hosts = fixtures.hosts("Fragestadt");
        hostToken = bearer(mvc, hosts.host().username(), TestOrganisation.PASSWORD);
        event = fixtures.running(hosts, "Fragetag", JoinPolicy.ANONYMOUS);
    }

    @Test
    void inTheModeratedModeAQuestionWaitsUntilTheTeamShowsIt() {
        String anna = fixtures.join(event, "Anna Amt").participantToken();
        String other = fixtures.join(event, null).participantToken();

        MvcTestResult asked = ask(anna, event, "  Wie geht es mit dem Rathaus weiter?  ", true);
        assertThat(asked).hasStatus(201);
        JsonNode question = read(asked);
        assertThat(question.get("text").asString()).isEqualTo("Wie geht es mit dem Rathaus weiter?");
        assertThat(question.get("status").asString()).isEqualTo("PENDING");
        assertThat(question.get("author").asString()).isEqualTo("Anna Amt");
        assertThat(question.get("upvotes").asLong()).isZero();
        assertThat(question.get("askedAt").isNull()).isFalse();
        String id = question.get("id").asString();

        // The asker sees it as waiting; nobody else among the participants sees it at all.
        JsonNode own = list(anna, event, "votes");
        assertThat(own.size()).isEqualTo(1);
        assertThat(own.get(0).get("waiting").asBoolean()).isTrue();
        assertThat(own.get(0).get("mine").asBoolean()).isTrue();
        assertThat(list(other, event, "votes").size()).isZero();
        assertThat(participant(other, "POST", "/api/v1/questions/" + id + "/upvote")).hasStatus(404);

        // The team, moderators included, sees it with its author.
        String moderator = bearer(mvc, hosts.moderator().username(), TestOrganisation.PASSWORD);
        JsonNode team = read(call(moderator, "GET", "/api/v1/events/" + event.id() + "/questions", null)).get("items");
        assertThat(team.get(0).get("author").asString()).isEqualTo("Anna Amt");
        assertThat(call(moderator, "PATCH", "/api/v1/questions/" + id, "{\"status\":\"VISIBLE\"}")).hasStatusOk();

        assertThat(list(other, event, "votes").get(0).get("id").asString()).isEqualTo(id);
        assertThat(list(other, event, "votes").get(0).get("mine").asBoolean()).isFalse();
    }

    @Test
    void anAnonymousQuestionStaysAnonymousForTheTeamToo() {
        String anna = fixtures.join(event, "Anna Amt").participantToken();
        String id = read(ask(anna, event, "Ohne Namen bitte", false)).get("id").asString();
        JsonNode team = read(call(hostToken, "GET", "/api/v1/events/" + event.id() + "/questions", null)).get("items");
        assertThat(team.get(0).get("id").asString()).isEqualTo(id);
        assertThat(team.get(0).get("author").isNull()).isTrue();
    }

    @Test
    void inTheOpenModeAQuestionIsVisibleAtOnceUnlessItContainsABlockedWord() {
        open(event, List.of("Skandal", "faule Beamte"));
        String token = fixtures.join(event, null).participantToken();
        String other = fixtures.join(event, null).participantToken();

        assertThat(read(ask(token, event, "Wann kommt das neue Bürgerbüro?", false)).get("status").asString())
                .isEqualTo("VISIBLE");
        // Whole words only, in any case: "Skandalöse" is another word, "SKANDAL!" and the phrase are not.
        assertThat(read(ask(token, event, "Skandalöse Preise im Bürgerbüro?", false)).get("status").asString())
                .isEqualTo("VISIBLE");
        JsonNode held = read(ask(token, event, "Ist das ein SKANDAL!", false));
        assertThat(held.get("status").asString()).isEqualTo("PENDING");
        assertThat(held.get("flagged").asBoolean()).as("the participant is not told why").isFalse();
        assertThat(read(ask(token, event, "Gibt es hier faule   Beamte? Faule Beamte!", false)).get("status")
                .asString()).isEqualTo("PENDING");

        JsonNode team = read(call(hostToken, "GET", "/api/v1/events/" + event.id() + "/questions?sort=time", null))
                .get("items");
        assertThat(team.valueStream().filter(q -> q.get("flagged").asBoolean()).map(q -> q.get("text").asString()))
                .containsExactlyInAnyOrder("Ist das ein SKANDAL!", "Gibt es hier faule   Beamte? Faule Beamte!");
        assertThat(list(other, event, "time").valueStream().map(q -> q.get("text").asString()))
                .containsExactly("Skandalöse Preise im Bürgerbüro?", "Wann kommt das neue Bürgerbüro?");
    }

    @Test
    void badInputIsAProblemAndStoresNothing() {
        String token = fixtures.join(event, null).participantToken();
        assertField(ask(token, event, " ", false), "text");
        assertField(ask(token, event, "x".repeat(501), false), "text");
        assertThat(ask(token, event, "ä".repeat(500), false)).hasStatus(201);
        assertField(participantCall(token, "GET", "/api/v1/events/" + event.id() + "/questions?sort=random", null),
                "sort");
        assertThat(questions(event.id())).isEqualTo(1);
        String id = read(ask(token, event, "Noch eine", false)).get("id").asString();
        assertField(call(hostToken, "PATCH", "/api/v1/questions/" + id, "{}"), "status");
        assertThat(call(hostToken, "PATCH", "/api/v1/questions/" + id, "{\"status\":\"LOUD\"}")).hasStatus(400);
        assertField(call(hostToken, "PATCH", "/api/v1/questions/" + id, "{\"status\":\"MERGED\"}"), "leadId");
    }

    @Test
    void forgedTokensOtherEventsAndOtherMunicipalitiesAreRefused() {
        String token = fixtures.join(event, null).participantToken();
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);
        assertThat(ask(forged, event, "Gefälscht?", false)).hasStatus(401);
        assertThat(ask(null, event, "Ohne Token?", false)).hasStatus(401);
        assertThat(participantCall(forged, "GET", "/api/v1/events/" + event.id() + "/questions", null)).hasStatus(401);
        assertThat(participantCall(null, "GET", "/api/v1/events/" + event.id() + "/questions", null)).hasStatus(401);

        EventView other = fixtures.running(hosts, "Anderer Tag", JoinPolicy.ANONYMOUS);
        open(other, List.of());
        String there = fixtures.join(other, null).participantToken();
        String id = read(ask(there, other, "Frage des anderen Tags", false)).get("id").asString();
        // A token of one event neither asks in, lists nor upvotes another's.
        assertThat(ask(token, other, "Falsches Ereignis", false)).hasStatus(404);
        assertThat(participantCall(token, "GET", "/api/v1/events/" + other.id() + "/questions", null)).hasStatus(404);
        assertThat(participant(token, "POST", "/api/v1/questions/" + id + "/upvote")).hasStatus(404);

        Hosts neighbours = fixtures.hosts("Nachbarfragestadt");
        String neighbour = bearer(mvc, neighbours.host().username(), TestOrganisation.PASSWORD);
        assertThat(call(neighbour, "GET", "/api/v1/events/" + other.id() + "/questions", null)).hasStatus(404);
        assertThat(call(neighbour, "PATCH", "/api/v1/questions/" + id, "{\"status\":\"HIDDEN\"}")).hasStatus(404);
        String employee = bearer(mvc, hosts.employee().username(), TestOrganisation.PASSWORD);
        assertThat(call(employee, "PATCH", "/api/v1/questions/" + id, "{\"status\":\"HIDDEN\"}")).hasStatus(404);
        assertThat(status(id)).isEqualTo("VISIBLE");
    }

    @Test
    void aParticipantUpvotesOnceAndTakesTheUpvoteBack() {
        open(event, List.of());
        String asker = fixtures.join(event, null).participantToken();
        String voter = fixtures.join(event, null).participantToken();
        String id = read(ask(asker, event, "Wer unterstützt mich?", false)).get("id").asString();

        JsonNode upvoted = read(participant(voter, "POST", "/api/v1/questions/" + id + "/upvote"));
        assertThat(upvoted.get("upvotes").asLong()).isEqualTo(1);
        assertThat(upvoted.get("upvoted").asBoolean()).isTrue();
        MvcTestResult twice = participant(voter, "POST", "/api/v1/questions/" + id + "/upvote");
        assertThat(twice).hasStatus(409);
        assertThat(read(twice).get("detail").asString()).contains("schon");
        // One's own question may be upvoted too.
        assertThat(read(participant(asker, "POST", "/api/v1/questions/" + id + "/upvote")).get("upvotes").asLong())
                .isEqualTo(2);

        assertThat(read(participant(voter, "DELETE", "/api/v1/questions/" + id + "/upvote")).get("upvotes").asLong())
                .isEqualTo(1);
        assertThat(participant(voter, "DELETE", "/api/v1/questions/" + id + "/upvote")).hasStatus(409);
        assertThat(participant(voter, "POST", "/api/v1/questions/" + id + "/upvote")).hasStatusOk();

        // An answered question takes no more upvotes.
        assertThat(call(hostToken, "PATCH", "/api/v1/questions/" + id, "{\"status\":\"ANSWERED\"}")).hasStatusOk();
        String late = fixtures.join(event, null).participantToken();
        assertThat(participant(late, "POST", "/api/v1/questions/" + id + "/upvote")).hasStatus(409);
    }

    @Test
    void theListIsSortedByVotesOrTimeWithPinnedFirst() {
        open(event, List.of());
        String asker = fixtures.join(event, null).participantToken();
        String first = read(ask(asker, event, "Erste Frage", false)).get("id").asString();
        String second = read(ask(asker, event, "Zweite Frage", false)).get("id").asString();
        String third = read(ask(asker, event, "Dritte Frage", false)).get("id").asString();
        for (int i = 0; i < 2; i++) {
            participant(fixtures.join(event, null).participantToken(), "POST", "/api/v1/questions/" + second + "/upvote");
        }
        participant(fixtures.join(event, null).participantToken(), "POST", "/api/v1/questions/" + third + "/upvote");

        assertThat(ids(list(asker, event, "votes"))).containsExactly(second, third, first);
        assertThat(ids(list(asker, event, "time"))).containsExactly(third, second, first);
        assertThat(call(hostToken, "PATCH", "/api/v1/questions/" + first, "{\"status\":\"PINNED\"}")).hasStatusOk();
        JsonNode byVotes = list(asker, event, "votes");
        assertThat(ids(byVotes)).containsExactly(first, second, third);
        assertThat(byVotes.get(0).get("pinned").asBoolean()).isTrue();
        assertThat(ids(list(asker, event, "time"))).containsExactly(first, third, second);
    }

    @Test
    void hiddenQuestionsAreGoneForParticipantsAndAStaleVersionIsAConflict() {
        open(event, List.of());
        String asker = fixtures.join(event, null).participantToken();
        String other = fixtures.join(event, null).participantToken();
        JsonNode question = read(ask(asker, event, "Unpassend", false));
        String id = question.get("id").asString();
        long version = question.get("version").asLong();

        JsonNode hidden = read(call(hostToken, "PATCH", "/api/v1/questions/" + id,
                "{\"status\":\"HIDDEN\",\"version\":" + version + "}"));
        assertThat(hidden.get("status").asString()).isEqualTo("HIDDEN");
        assertThat(call(hostToken, "PATCH", "/api/v1/questions/" + id,
                "{\"status\":\"VISIBLE\",\"version\":" + version + "}")).hasStatus(409);
        assertThat(status(id)).isEqualTo("HIDDEN");
        assertThat(list(other, event, "votes").size()).isZero();
        assertThat(list(asker, event, "votes").size()).isZero();
        assertThat(participant(other, "POST", "/api/v1/questions/" + id + "/upvote")).hasStatus(404);
    }

    @Test
    void hidingAQuestionReachesEveryParticipantsStreamButAPendingOneStaysWithTheTeam() throws Exception {
        String asker = fixtures.join(event, null).participantToken();
        MvcTestResult audience = mvc.get().uri("/api/v1/events/" + event.id() + "/stream")
                .header(LiveQuestionApiController.TOKEN, fixtures.join(event, null).participantToken()).asyncExchange();
        JsonNode pending = read(ask(asker, event, "Wartet noch", false));
        String pendingId = pending.get("id").asString();
        open(event, List.of());
        JsonNode shown = read(ask(asker, event, "Bald ausgeblendet", false));
        String id = shown.get("id").asString();
        await().atMost(Duration.ofSeconds(10)).until(() -> content(audience).contains(id));

        assertThat(call(hostToken, "PATCH", "/api/v1/questions/" + id,
                "{\"status\":\"HIDDEN\",\"version\":" + shown.get("version").asLong() + "}")).hasStatusOk();

        await().atMost(Duration.ofSeconds(10))
                .until(() -> content(audience).contains("\"questionId\":\"" + id + "\",\"status\":\"HIDDEN\""));
        assertThat(content(audience)).doesNotContain(pendingId).doesNotContain("Bald ausgeblendet");
    }

    @Test
    void mergingMovesTheDuplicatesUpvotesToTheLeadCountingEachParticipantOnce() {
        open(event, List.of());
        String asker = fixtures.join(event, null).participantToken();
        JsonNode lead = read(ask(asker, event, "Wann öffnet das Bürgerbüro?", false));
        JsonNode duplicate = read(ask(asker, event, "Öffnungszeiten Bürgerbüro?", false));
        String leadId = lead.get("id").asString();
        String duplicateId = duplicate.get("id").asString();
        String both = fixtures.join(event, null).participantToken();
        String onlyDuplicate = fixtures.join(event, null).participantToken();
        participant(both, "POST", "/api/v1/questions/" + leadId + "/upvote");
        participant(both, "POST", "/api/v1/questions/" + duplicateId + "/upvote");
        participant(onlyDuplicate, "POST", "/api/v1/questions/" + duplicateId + "/upvote");

        String moderator = bearer(mvc, hosts.moderator().username(), TestOrganisation.PASSWORD);
        MvcTestResult merged = call(moderator, "PATCH", "/api/v1/questions/" + duplicateId,
                "{\"status\":\"MERGED\",\"leadId\":\"" + leadId + "\",\"version\":" + duplicate.get("version").asLong() + "}");
        assertThat(merged).hasStatusOk();
        assertThat(read(merged).get("mergedInto").get("id").asString()).isEqualTo(leadId);

        JsonNode seen = list(onlyDuplicate, event, "votes");
        assertThat(ids(seen)).containsExactly(leadId);
        assertThat(seen.get(0).get("upvotes").asLong()).isEqualTo(2);
        assertThat(seen.get(0).get("upvoted").asBoolean()).isTrue();
        // The asker of the duplicate sees it as merged into the lead.
        JsonNode own = list(asker, event, "votes");
        assertThat(own.valueStream().filter(q -> q.get("id").asString().equals(duplicateId))
                .map(q -> q.get("mergedInto").get("text").asString())).containsExactly("Wann öffnet das Bürgerbüro?");

        // Merging again, into itself, into a merged one or with the stale version is refused.
        assertThat(call(moderator, "PATCH", "/api/v1/questions/" + duplicateId,
                "{\"status\":\"MERGED\",\"leadId\":\"" + leadId + "\"}")).hasStatus(409);
        assertField(call(moderator, "PATCH", "/api/v1/questions/" + leadId,
                "{\"status\":\"MERGED\",\"leadId\":\"" + leadId + "\"}"), "leadId");
        assertField(call(moderator, "PATCH", "/api/v1/questions/" + leadId,
                "{\"status\":\"MERGED\",\"leadId\":\"" + duplicateId + "\"}"), "leadId");
        assertThat(call(moderator, "PATCH", "/api/v1/questions/" + leadId,
                "{\"status\":\"PINNED\",\"version\":" + lead.get("version").asLong() + "}")).hasStatus(409);
    }

    @Test
    void nothingIsAskedOrUpvotedAfterTheEventWasCancelled() {
        open(event, List.of());
        String token = fixtures.join(event, null).participantToken();
        String id = read(ask(token, event, "Vor der Absage", false)).get("id").asString();
        EventView current = events.event(hosts.host(), event.id());
        events.cancel(hosts.host(), event.id(), current.version());
        MvcTestResult refused = ask(token, event, "Nach der Absage", false);
        assertThat(refused).hasStatus(409);
        assertThat(read(refused).get("detail").asString()).contains("abgesagt");
        assertThat(participant(token, "POST", "/api/v1/questions/" + id + "/upvote")).hasStatus(409);
        assertThat(questions(event.id())).isEqualTo(1);
    }

    /** Switches the event to the open mode with the given blocked words. */
    private void open(EventView target, List<String> blocked) {
        EventView current = events.event(hosts.host(), target.id());
        events.update(hosts.host(), target.id(), new EventDetails(current.title(), current.description(),
                current.start(), current.end(), current.joinPolicy(), QaMode.OPEN, current.blogPosting(), blocked,
                current.agenda()), current.version());
    }

    private MvcTestResult ask(@Nullable String token, EventView target, String text, boolean named) {
        return participantCall(token, "POST", "/api/v1/events/" + target.id() + "/questions",
                "{\"text\":\"" + text + "\",\"named\":" + named + "}");
    }

    private JsonNode list(String token, EventView target, String sort) {
        MvcTestResult result = participantCall(token, "GET", "/api/v1/events/" + target.id() + "/questions?sort=" + sort,
                null);
        assertThat(result).hasStatusOk();
        JsonNode page = read(result);
        assertThat(page.get("total").asLong()).isEqualTo(page.get("items").size());
        return page.get("items");
    }

    private MvcTestResult participant(String token, String method, String uri) {
        return participantCall(token, method, uri, null);
    }

    private static List<String> ids(JsonNode list) {
        return list.valueStream().map(q -> q.get("id").asString()).toList();
    }

    private String status(String id) {
        return jdbc.sql("SELECT status FROM live.question WHERE id = ?").param(UUID.fromString(id)).query(String.class)
                .single();
    }

    private long questions(UUID eventId) {
        return jdbc.sql("SELECT count(*) FROM live.question WHERE event_id = ?").param(eventId).query(Long.class)
                .single();
    }


    private static String content(MvcTestResult stream) throws Exception {
        return stream.getResponse().getContentAsString();
    }

    private MvcTestResult participantCall(@Nullable String token, String method, String uri, @Nullable String body) {
        return ApiTestSupport.call(mvc, LiveQuestionApiController.TOKEN, token, method, uri, body);
    }

    private MvcTestResult call(@Nullable String token, String method, String uri, @Nullable String body) {
        return ApiTestSupport.call(mvc, HttpHeaders.AUTHORIZATION, token, method, uri, body);
    }
}
