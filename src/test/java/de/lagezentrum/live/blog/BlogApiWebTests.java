package de.lagezentrum.live.blog;

import java.time.Duration;
import java.util.List;

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
import de.lagezentrum.live.BlogPosting;
import de.lagezentrum.live.EventDetails;
import de.lagezentrum.live.EventView;
import de.lagezentrum.live.JoinPolicy;
import de.lagezentrum.live.LiveEvents;
import de.lagezentrum.live.TestLive;
import de.lagezentrum.live.TestLive.Hosts;
import de.lagezentrum.organisation.TestOrganisation;

import static de.lagezentrum.ApiTestSupport.assertField;
import static de.lagezentrum.ApiTestSupport.bearer;
import static de.lagezentrum.ApiTestSupport.json;
import static de.lagezentrum.ApiTestSupport.read;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * API v1 of the event blog: who posts (participants or only the team), Markdown sanitised, threaded
 * replies with a depth cap, paging, hiding with a reason only the author and the team see, the end of the
 * event, length guards, and the 401/404 of strangers and other municipalities.
 */
@IntegrationTest
class BlogApiWebTests {

    private static final String HEADER = "X-Participant-Token";

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
    EventView event;
    String anna;
    String ben;
    String moderator;

    @BeforeEach
    void event() {
        hosts = fixtures.hosts("Blogstadt");
        event = fixtures.running(hosts, "Amtsleitungstag", JoinPolicy.ANONYMOUS);
        anna = fixtures.join(event, "Anna Amt").participantToken();
        ben = fixtures.join(event, null).participantToken();
        moderator = bearer(mvc, hosts.moderator().username(), TestOrganisation.PASSWORD);
    }

    @Test
    void participantsPostMarkdownThatIsSanitisedAndReadTheNewestFirst() {
        MvcTestResult created = participant(anna, "POST", "/api/v1/events/" + event.id() + "/posts", json("title",
                " Ideen für die Verwaltung ", "body", "Mehr **Homeoffice**<script>alert(1)</script> "
                        + "[Link](javascript:alert(2)) <img src=x onerror=alert(3)>"));
        assertThat(created).hasStatus(201);
        JsonNode post = read(created);
        assertThat(post.get("title").asString()).isEqualTo("Ideen für die Verwaltung");
        assertThat(post.get("author").asString()).isEqualTo("Anna Amt");
        String html = post.get("html").asString();
        // Raw HTML shows as text, never as markup.
        assertThat(html).contains("<strong>Homeoffice</strong>", "&lt;script&gt;")
                .doesNotContain("<script", "javascript:", "onerror=", "<img");
        assertThat(post.get("body").asString()).contains("**Homeoffice**");
        assertThat(created.getResponse().getHeader(HttpHeaders.LOCATION))
                .isEqualTo("/api/v1/posts/" + post.get("id").asString());

        participant(ben, "POST", "/api/v1/events/" + event.id() + "/posts", json("title", "Zweiter", "body", "Text"));
        JsonNode list = read(participant(ben, "GET", "/api/v1/events/" + event.id() + "/posts", null));
        assertThat(list.get("total").asLong()).isEqualTo(2);
        assertThat(list.get("items").get(0).get("title").asString()).isEqualTo("Zweiter");
        assertThat(list.get("items").get(0).get("author").isNull()).isTrue();
        assertThat(list.get("items").get(0).get("mine").asBoolean()).isTrue();
        assertThat(list.get("items").get(1).get("mine").asBoolean()).isFalse();
        // The team reads by its bearer token and posts as itself.
        JsonNode byTeam = read(team(moderator, "POST", "/api/v1/events/" + event.id() + "/posts",
                json("title", "Vom Team", "body", "Willkommen")));
        assertThat(byTeam.get("author").asString()).isEqualTo("Mia Moderation");
        assertThat(byTeam.get("byTeam").asBoolean()).isTrue();
        assertThat(read(team(moderator, "GET", "/api/v1/events/" + event.id() + "/posts", null)).get("total").asLong())
                .isEqualTo(3);
    }

    @Test
    void anEventForTheTeamsPostsOnlyRefusesParticipantsPostsButTakesTheirComments() {
        events.update(hosts.host(), event.id(), new EventDetails(event.title(), null, event.start(), event.end(),
                JoinPolicy.ANONYMOUS, null, BlogPosting.HOSTS, List.of(), event.agenda()), event.version());
        assertThat(participant(anna, "POST", "/api/v1/events/" + event.id() + "/posts",
                json("title", "Darf ich?", "body", "Nein"))).hasStatus(403);
        String host = bearer(mvc, hosts.host().username(), TestOrganisation.PASSWORD);
        String postId = read(team(host, "POST", "/api/v1/events/" + event.id() + "/posts",
                json("title", "Nur vom Team", "body", "Kommentieren Sie!"))).get("id").asString();
        assertThat(participant(anna, "POST", "/api/v1/posts/" + postId + "/comments", json("body", "Gern")))
                .hasStatus(201);
        assertThat(posts()).isEqualTo(1);
    }

    @Test
    void repliesFormThreadsThatStopGettingDeeperAtTheCap() {
        String postId = post(anna, "Thread");
        String parent = null;
        String[] ids = new String[7];
        for (int i = 0; i < ids.length; i++) {
            String body = parent == null ? "{\"body\":\"Ebene " + i + "\"}"
                    : "{\"body\":\"Ebene " + i + "\",\"parentId\":\"" + parent + "\"}";
            MvcTestResult result = participant(i % 2 == 0 ? anna : ben, "POST", "/api/v1/posts/" + postId + "/comments",
                    body);
            assertThat(result).hasStatus(201);
            ids[i] = read(result).get("id").asString();
            parent = ids[i];
        }
        participant(ben, "POST", "/api/v1/posts/" + postId + "/comments", json("body", "Zweiter Thread"));

        JsonNode page = read(participant(ben, "GET", "/api/v1/posts/" + postId + "/comments", null));
        assertThat(page.get("total").asLong()).isEqualTo(2);
        assertThat(page.get("comments").asLong()).isEqualTo(8);
        JsonNode node = page.get("items").get(0);
        for (int depth = 0; depth < 3; depth++) {
            assertThat(node.get("depth").asInt()).isEqualTo(depth);
            assertThat(node.get("replies").size()).isEqualTo(1);
            node = node.get("replies").get(0);
        }
        // Replies to the deepest level (4) join it: levels 4, 5 and 6 are siblings under level 3.
        assertThat(node.get("depth").asInt()).isEqualTo(3);
        assertThat(node.get("replies").valueStream().map(reply -> reply.get("body").asString()))
                .containsExactly("Ebene 4", "Ebene 5", "Ebene 6");
        assertThat(node.get("replies").valueStream().map(reply -> reply.get("depth").asInt())).containsOnly(4);
        assertThat(page.get("items").get(1).get("body").asString()).isEqualTo("Zweiter Thread");

        String other = post(ben, "Anderer Beitrag");
        assertField(participant(anna, "POST", "/api/v1/posts/" + other + "/comments",
                "{\"body\":\"Falscher Faden\",\"parentId\":\"" + ids[0] + "\"}"), "parentId");
    }

    @Test
    void threadsArePagedWithTheirReplies() {
        String postId = post(anna, "Viele Kommentare");
        for (int i = 0; i < 7; i++) {
            String top = read(participant(ben, "POST", "/api/v1/posts/" + postId + "/comments",
                    json("body", "Kommentar " + i))).get("id").asString();
            participant(anna, "POST", "/api/v1/posts/" + postId + "/comments",
                    "{\"body\":\"Antwort auf " + i + "\",\"parentId\":\"" + top + "\"}");
        }
        JsonNode second = read(participant(ben, "GET", "/api/v1/posts/" + postId + "/comments?page=1&size=3", null));
        assertThat(second.get("total").asLong()).isEqualTo(7);
        assertThat(second.get("items").valueStream().map(item -> item.get("body").asString()))
                .containsExactly("Kommentar 3", "Kommentar 4", "Kommentar 5");
        assertThat(second.get("items").get(0).get("replies").get(0).get("body").asString()).isEqualTo("Antwort auf 3");
        JsonNode last = read(participant(ben, "GET", "/api/v1/posts/" + postId + "/comments?page=2&size=3", null));
        assertThat(last.get("items").size()).isEqualTo(1);
    }

    @Test
    void theModerationHidesWithAReasonThatOnlyTheAuthorAndTheTeamSee() {
        String postId = post(anna, "Grenzwertig");
        String commentId = read(participant(anna, "POST", "/api/v1/posts/" + postId + "/comments",
                json("body", "Unfreundlich"))).get("id").asString();
        participant(ben, "POST", "/api/v1/posts/" + postId + "/comments",
                "{\"body\":\"Antwort bleibt\",\"parentId\":\"" + commentId + "\"}");

        assertField(team(moderator, "POST", "/api/v1/comments/" + commentId + "/hide", json("reason", " ")), "reason");
        JsonNode hidden = read(team(moderator, "POST", "/api/v1/comments/" + commentId + "/hide",
                json("reason", "Bitte sachlich bleiben")));
        assertThat(hidden.get("hidden").asBoolean()).isTrue();
        JsonNode seenByAuthor = read(participant(anna, "GET", "/api/v1/posts/" + postId + "/comments", null))
                .get("items").get(0);
        assertThat(seenByAuthor.get("body").asString()).isEqualTo("Unfreundlich");
        assertThat(seenByAuthor.get("hiddenReason").asString()).isEqualTo("Bitte sachlich bleiben");
        JsonNode seenByOthers = read(participant(ben, "GET", "/api/v1/posts/" + postId + "/comments", null))
                .get("items").get(0);
        assertThat(seenByOthers.get("hidden").asBoolean()).isTrue();
        assertThat(seenByOthers.get("body").isNull()).isTrue();
        assertThat(seenByOthers.get("html").isNull()).isTrue();
        assertThat(seenByOthers.get("hiddenReason").isNull()).isTrue();
        assertThat(seenByOthers.get("replies").get(0).get("body").asString()).isEqualTo("Antwort bleibt");

        assertThat(team(moderator, "POST", "/api/v1/posts/" + postId + "/hide", json("reason", "Thema verfehlt")))
                .hasStatusOk();
        assertThat(read(participant(ben, "GET", "/api/v1/events/" + event.id() + "/posts", null)).get("total")
                .asLong()).isZero();
        assertThat(participant(ben, "GET", "/api/v1/posts/" + postId, null)).hasStatus(404);
        assertThat(participant(ben, "GET", "/api/v1/posts/" + postId + "/comments", null)).hasStatus(404);
        JsonNode own = read(participant(anna, "GET", "/api/v1/events/" + event.id() + "/posts", null)).get("items")
                .get(0);
        assertThat(own.get("hiddenReason").asString()).isEqualTo("Thema verfehlt");
        assertThat(read(team(moderator, "GET", "/api/v1/posts/" + postId, null)).get("hidden").asBoolean()).isTrue();

        assertThat(team(moderator, "POST", "/api/v1/posts/" + postId + "/unhide", null)).hasStatusOk();
        assertThat(team(moderator, "POST", "/api/v1/comments/" + commentId + "/unhide", null)).hasStatusOk();
        JsonNode shown = read(participant(ben, "GET", "/api/v1/posts/" + postId + "/comments", null)).get("items").get(0);
        assertThat(shown.get("body").asString()).isEqualTo("Unfreundlich");
        // Participants do not moderate.
        assertThat(participant(ben, "POST", "/api/v1/posts/" + postId + "/hide", json("reason", "Mag ich nicht")))
                .hasStatus(401);
    }

    @Test
    void strangersAndOtherMunicipalitiesFindNothing() {
        String postId = post(anna, "Intern");
        assertThat(participant(null, "GET", "/api/v1/events/" + event.id() + "/posts", null)).hasStatus(401);
        assertThat(participant("gefälscht", "GET", "/api/v1/posts/" + postId + "/comments", null)).hasStatus(401);
        EventView other = fixtures.running(hosts, "Anderer Tag", JoinPolicy.ANONYMOUS);
        String stranger = fixtures.join(other, null).participantToken();
        assertThat(participant(stranger, "GET", "/api/v1/events/" + event.id() + "/posts", null)).hasStatus(404);
        assertThat(participant(stranger, "GET", "/api/v1/posts/" + postId + "/comments", null)).hasStatus(404);
        assertThat(participant(stranger, "POST", "/api/v1/posts/" + postId + "/comments", json("body", "Hallo")))
                .hasStatus(404);
        String employee = bearer(mvc, hosts.employee().username(), TestOrganisation.PASSWORD);
        assertThat(team(employee, "GET", "/api/v1/events/" + event.id() + "/posts", null)).hasStatus(404);
        assertThat(team(employee, "POST", "/api/v1/posts/" + postId + "/hide", json("reason", "x"))).hasStatus(404);
        String foreign = bearer(mvc, fixtures.hosts("Fremdblog").host().username(), TestOrganisation.PASSWORD);
        assertThat(team(foreign, "GET", "/api/v1/posts/" + postId, null)).hasStatus(404);
        assertThat(team(foreign, "POST", "/api/v1/posts/" + postId + "/hide", json("reason", "x"))).hasStatus(404);
        assertThat(team(foreign, "GET", "/api/v1/events/" + event.id() + "/posts", null)).hasStatus(404);
    }

    @Test
    void afterTheEndNothingNewIsWrittenButEverythingIsRead() {
        String postId = post(anna, "Vor dem Ende");
        EventView now = events.event(hosts.host(), event.id());
        events.update(hosts.host(), event.id(), new EventDetails(now.title(), null, now.start().minus(Duration.ofHours(2)),
                now.start().minus(Duration.ofMinutes(1)), JoinPolicy.ANONYMOUS, null, BlogPosting.PARTICIPANTS,
                List.of(), List.of()), now.version());
        MvcTestResult refused = participant(anna, "POST", "/api/v1/events/" + event.id() + "/posts",
                json("title", "Zu spät", "body", "Text"));
        assertThat(refused).hasStatus(409);
        assertThat(read(refused).get("detail").asString()).contains("beendet");
        assertThat(participant(ben, "POST", "/api/v1/posts/" + postId + "/comments", json("body", "Zu spät")))
                .hasStatus(409);
        assertThat(participant(ben, "GET", "/api/v1/posts/" + postId + "/comments", null)).hasStatusOk();
        assertThat(posts()).isEqualTo(1);
    }

    @Test
    void tooLongOrMissingTextIsAProblemAndStoresNothing() {
        String path = "/api/v1/events/" + event.id() + "/posts";
        assertField(participant(anna, "POST", path, json("title", "x".repeat(201), "body", "Text")), "title");
        assertField(participant(anna, "POST", path, json("title", "Titel", "body", "x".repeat(20_001))), "body");
        assertField(participant(anna, "POST", path, json("title", "Titel", "body", "   ")), "body");
        assertThat(participant(anna, "POST", path, "{\"title\":[1]}")).hasStatus(400);
        assertThat(posts()).isZero();
        assertThat(participant(anna, "POST", path, json("title", "x".repeat(200), "body", "x".repeat(20_000))))
                .hasStatus(201);
        String postId = post(anna, "Kommentare");
        assertField(participant(ben, "POST", "/api/v1/posts/" + postId + "/comments", json("body", "x".repeat(5_001))),
                "body");
        assertThat(participant(ben, "POST", "/api/v1/posts/" + postId + "/comments", json("body", "x".repeat(5_000))))
                .hasStatus(201);
        assertField(team(moderator, "POST", "/api/v1/posts/" + postId + "/hide", json("reason", "x".repeat(501))),
                "reason");
    }

    private String post(String token, String title) {
        MvcTestResult result = participant(token, "POST", "/api/v1/events/" + event.id() + "/posts",
                json("title", title, "body", "Text zu " + title));
        assertThat(result).hasStatus(201);
        return read(result).get("id").asString();
    }

    private long posts() {
        return jdbc.sql("SELECT count(*) FROM live.post WHERE event_id = ?").param(event.id()).query(Long.class)
                .single();
    }


    private MvcTestResult participant(@Nullable String token, String method, String uri, @Nullable String body) {
        return ApiTestSupport.call(mvc, HEADER, token, method, uri, body);
    }

    private MvcTestResult team(String bearer, String method, String uri, @Nullable String body) {
        return ApiTestSupport.call(mvc, HttpHeaders.AUTHORIZATION, bearer, method, uri, body);
    }
}
