package de.lagezentrum.live.events.web;

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
 * API v1 of live events: a host creates an event with its agenda and gets a join code; participants join
 * by the code (anonymously, with a name, or with their city account as the event allows) and prove
 * themselves with the token from then on; bad input stores nothing; an event whose team one is not on, or
 * another municipality's, does not exist.
 */
@IntegrationTest
class EventApiWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestLive fixtures;

    @Autowired
    Clock clock;

    @Autowired
    @Administrator
    JdbcClient jdbc;

    Hosts hosts;
    String hostToken;

    @BeforeEach
    void host() {
        hosts = fixtures.hosts("Eventstadt");
        hostToken = bearer(mvc, hosts.host().username(), TestOrganisation.PASSWORD);
    }

    @Test
    void aHostCreatesAnEventWithAgendaAndGetsAJoinCode() {
        Instant start = clock.instant().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
        MvcTestResult created = call(hostToken, "POST", "/api/v1/events", """
                {"title":"  Amtsleitungstag  ","start":"%s","end":"%s",
                 "agenda":[{"title":"Die Verwaltung von morgen","speaker":"Dr. Eva Beispiel","kind":"KEYNOTE"},
                           {"title":"Mittagspause","kind":"BREAK"}]}""".formatted(start, start.plus(Duration.ofHours(7))));

        assertThat(created).hasStatus(201);
        JsonNode event = read(created);
        String id = event.get("id").asString();
        assertThat(created.getResponse().getHeader(HttpHeaders.LOCATION)).isEqualTo("/api/v1/events/" + id);
        assertThat(event.get("title").asString()).isEqualTo("Amtsleitungstag");
        assertThat(event.get("joinCode").asString()).matches("[A-HJ-NP-Z2-9]{8}");
        assertThat(event.get("joinPolicy").asString()).isEqualTo("ANONYMOUS");
        assertThat(event.get("agenda").size()).isEqualTo(2);
        assertThat(event.get("agenda").get(0).get("speaker").asString()).isEqualTo("Dr. Eva Beispiel");
        assertThat(event.get("agenda").get(1).get("kind").asString()).isEqualTo("BREAK");
        assertThat(event.get("team").get(0).get("role").asString()).isEqualTo("HOST");
        assertThat(read(call(hostToken, "GET", "/api/v1/events", null)).get("items").valueStream()
                .map(e -> e.get("id").asString())).contains(id);
    }

    @Test
    void badInputIsAProblemAndStoresNothing() {
        long before = events();
        Instant start = clock.instant().plus(Duration.ofDays(1));
        assertField(call(hostToken, "POST", "/api/v1/events", "{\"title\":\" \",\"start\":\"%s\",\"end\":\"%s\"}"
                .formatted(start, start.plus(Duration.ofHours(1)))), "title");
        assertField(call(hostToken, "POST", "/api/v1/events", "{\"title\":\"Tag\",\"start\":\"%s\",\"end\":\"%s\"}"
                .formatted(start, start.minus(Duration.ofHours(1)))), "end");
        assertField(call(hostToken, "POST", "/api/v1/events", "{\"title\":\"Tag\",\"start\":\"%s\",\"end\":\"%s\",\"agenda\":[{\"title\":\"\"}]}"
                .formatted(start, start.plus(Duration.ofHours(1)))), "agenda");
        assertThat(call(hostToken, "POST", "/api/v1/events", "{\"title\":\"Tag\",\"start\":\"gestern\"}")).hasStatus(400);
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void onlyEventHostsCreateAndOnlyTheTeamSeesAnEvent() {
        String employee = bearer(mvc, hosts.employee().username(), TestOrganisation.PASSWORD);
        Instant start = clock.instant().plus(Duration.ofDays(1));
        assertThat(call(employee, "POST", "/api/v1/events", "{\"title\":\"Tag\",\"start\":\"%s\",\"end\":\"%s\"}"
                .formatted(start, start.plus(Duration.ofHours(1))))).hasStatus(403);

        EventView event = fixtures.running(hosts, "Teamtag", JoinPolicy.ANONYMOUS);
        assertThat(call(employee, "GET", "/api/v1/events/" + event.id(), null)).hasStatus(404);
        String coHost = bearer(mvc, hosts.coHost().username(), TestOrganisation.PASSWORD);
        assertThat(read(call(coHost, "GET", "/api/v1/events/" + event.id(), null)).get("title").asString())
                .isEqualTo("Teamtag");

        Hosts other = fixtures.hosts("Nachbarstadt");
        String otherHost = bearer(mvc, other.host().username(), TestOrganisation.PASSWORD);
        assertThat(call(otherHost, "GET", "/api/v1/events/" + event.id(), null)).hasStatus(404);
        assertThat(call(otherHost, "PUT", "/api/v1/events/" + event.id(), "{\"title\":\"Gekapert\",\"start\":\"%s\",\"end\":\"%s\",\"version\":%d}"
                .formatted(event.start(), event.end(), event.version()))).hasStatus(404);
    }

    @Test
    void aModeratorDoesNotChangeTheEventAndAStaleVersionIsAConflict() {
        EventView event = fixtures.running(hosts, "Versionstag", JoinPolicy.ANONYMOUS);
        String moderator = bearer(mvc, hosts.moderator().username(), TestOrganisation.PASSWORD);
        String body = "{\"title\":\"Neu\",\"start\":\"%s\",\"end\":\"%s\",\"version\":%d}";
        assertThat(call(moderator, "PUT", "/api/v1/events/" + event.id(),
                body.formatted(event.start(), event.end(), event.version()))).hasStatus(403);
        assertThat(call(hostToken, "PUT", "/api/v1/events/" + event.id(),
                body.formatted(event.start(), event.end(), event.version()))).hasStatusOk();
        assertThat(call(hostToken, "PUT", "/api/v1/events/" + event.id(),
                body.formatted(event.start(), event.end(), event.version()))).hasStatus(409);
    }

    @Test
    void participantsJoinByCodeAnonymouslyOrWithAName() {
        EventView event = fixtures.running(hosts, "Beitrittstag", JoinPolicy.ANONYMOUS);
        String typed = event.joinCode().substring(0, 4).toLowerCase() + "-" + event.joinCode().substring(4);

        JsonNode anonymous = read(call(null, "POST", "/api/v1/join", "{\"code\":\"" + typed + "\"}"));
        assertThat(anonymous.get("eventId").asString()).isEqualTo(event.id().toString());
        assertThat(anonymous.get("displayName").isNull()).isTrue();
        JsonNode named = read(call(null, "POST", "/api/v1/join", "{\"code\":\"" + event.joinCode()
                + "\",\"displayName\":\" Anna Amt \"}"));
        assertThat(named.get("displayName").asString()).isEqualTo("Anna Amt");

        MvcTestResult seen = participantCall(anonymous.get("participantToken").asString(),
                "/api/v1/events/" + event.id() + "/participant");
        assertThat(seen).hasStatusOk();
        assertThat(read(seen).get("agenda").get(0).get("title").asString()).isEqualTo("Die Verwaltung von morgen");
    }

    @Test
    void aWrongCodeIsNotFoundAndAnEventThatWantsANameSaysSo() {
        assertThat(call(null, "POST", "/api/v1/join", "{\"code\":\"ZZZZ-ZZZZ\"}")).hasStatus(404);
        assertThat(call(null, "POST", "/api/v1/join", "{\"code\":\"0000\"}")).hasStatus(404);
        EventView event = fixtures.running(hosts, "Namenstag", JoinPolicy.NAMED);
        long before = participants(event.id());
        assertField(call(null, "POST", "/api/v1/join", "{\"code\":\"" + event.joinCode() + "\"}"), "displayName");
        assertField(call(null, "POST", "/api/v1/join", "{\"code\":\"" + event.joinCode() + "\",\"displayName\":\""
                + "x".repeat(101) + "\"}"), "displayName");
        assertThat(participants(event.id())).isEqualTo(before);
    }

    @Test
    void anEventForCityAccountsAdmitsOnlyItsOwnAccountsAndEachPersonOnce() {
        EventView event = fixtures.running(hosts, "Nur für Beschäftigte", JoinPolicy.CITY_ACCOUNTS);
        assertThat(call(null, "POST", "/api/v1/join", "{\"code\":\"" + event.joinCode() + "\"}")).hasStatus(403);
        String outsider = bearer(mvc, fixtures.hosts("Fremdstadt").employee().username(), TestOrganisation.PASSWORD);
        assertThat(call(outsider, "POST", "/api/v1/join", "{\"code\":\"" + event.joinCode() + "\"}")).hasStatus(403);

        String employee = bearer(mvc, hosts.employee().username(), TestOrganisation.PASSWORD);
        JsonNode first = read(call(employee, "POST", "/api/v1/join", "{\"code\":\"" + event.joinCode() + "\"}"));
        JsonNode again = read(call(employee, "POST", "/api/v1/join", "{\"code\":\"" + event.joinCode() + "\"}"));
        assertThat(first.get("displayName").asString()).isEqualTo("Erik Beschäftigt");
        assertThat(again.get("participantId").asString()).isEqualTo(first.get("participantId").asString());
        assertThat(participants(event.id())).isEqualTo(1);
    }

    @Test
    void aCancelledEventIsNoLongerJoined() {
        EventView event = fixtures.running(hosts, "Absagetag", JoinPolicy.ANONYMOUS);
        assertThat(call(hostToken, "POST", "/api/v1/events/" + event.id() + "/cancel",
                "{\"version\":" + event.version() + "}")).hasStatusOk();
        MvcTestResult refused = call(null, "POST", "/api/v1/join", "{\"code\":\"" + event.joinCode() + "\"}");
        assertThat(refused).hasStatus(409);
        assertThat(read(refused).get("detail").asString()).contains("abgesagt");
    }

    @Test
    void aForgedOrForeignTokenIsRefused() {
        EventView event = fixtures.running(hosts, "Tokentag", JoinPolicy.ANONYMOUS);
        EventView other = fixtures.running(hosts, "Anderer Tag", JoinPolicy.ANONYMOUS);
        String token = fixtures.join(event, null).participantToken();
        String path = "/api/v1/events/" + event.id() + "/participant";

        assertThat(participantCall(null, path)).hasStatus(401);
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);
        assertThat(participantCall(forged, path)).hasStatus(401);
        String otherParticipant = token.replace(token.split("\\.")[2], UUID.randomUUID().toString());
        assertThat(participantCall(otherParticipant, path)).hasStatus(401);
        assertThat(participantCall("kein.token", path)).hasStatus(401);
        assertThat(participantCall(token, "/api/v1/events/" + other.id() + "/participant")).hasStatus(404);
        assertThat(participantCall(token, "/api/v1/events/" + event.id() + "/stream")).hasStatusOk();
        assertThat(participantCall(forged, "/api/v1/events/" + event.id() + "/stream")).hasStatus(401);
        // The page cookie is no API credential: a browser would send it by itself.
        assertThat(mvc.get().uri(path).cookie(new jakarta.servlet.http.Cookie(ParticipantCookie.NAME, token))
                .exchange()).hasStatus(401);
    }

    @Test
    void theTeamChangesOnlyThroughTheHost() {
        EventView event = fixtures.running(hosts, "Teamwechsel", JoinPolicy.ANONYMOUS);
        String coHost = bearer(mvc, hosts.coHost().username(), TestOrganisation.PASSWORD);
        String add = "{\"personId\":\"" + hosts.employee().personId() + "\",\"role\":\"MODERATOR\"}";
        assertThat(call(coHost, "POST", "/api/v1/events/" + event.id() + "/team", add)).hasStatus(403);
        JsonNode team = read(call(hostToken, "POST", "/api/v1/events/" + event.id() + "/team", add)).get("team");
        assertThat(team.valueStream().map(member -> member.get("displayName").asString())).contains("Erik Beschäftigt");
        Hosts other = fixtures.hosts("Fremdteam");
        assertField(call(hostToken, "POST", "/api/v1/events/" + event.id() + "/team",
                "{\"personId\":\"" + other.employee().personId() + "\",\"role\":\"MODERATOR\"}"), "personId");
        assertThat(call(hostToken, "DELETE", "/api/v1/events/" + event.id() + "/team/" + hosts.host().personId(), null))
                .hasStatus(404);
        assertThat(call(hostToken, "DELETE", "/api/v1/events/" + event.id() + "/team/" + hosts.employee().personId(),
                null)).hasStatusOk();
    }

    private long events() {
        return jdbc.sql("SELECT count(*) FROM live.event WHERE tenant_id = ?").param(hosts.tenant().id())
                .query(Long.class).single();
    }

    private long participants(UUID eventId) {
        return jdbc.sql("SELECT count(*) FROM live.participant WHERE event_id = ?").param(eventId).query(Long.class)
                .single();
    }


    private MvcTestResult participantCall(@Nullable String token, String uri) {
        var request = mvc.get().uri(uri);
        if (token != null) {
            request.header(ParticipantArgumentResolver.HEADER, token);
        }
        // A stream that opens stays open: do not wait for its end.
        return uri.endsWith("/stream") ? request.asyncExchange() : request.exchange();
    }

    private MvcTestResult call(@Nullable String token, String method, String uri, @Nullable String body) {
        return ApiTestSupport.call(mvc, HttpHeaders.AUTHORIZATION, token, method, uri, body);
    }
}
