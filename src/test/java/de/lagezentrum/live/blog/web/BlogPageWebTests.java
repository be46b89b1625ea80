package de.lagezentrum.live.blog.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.lagezentrum.Administrator;
import de.lagezentrum.IntegrationTest;
import de.lagezentrum.live.BlogActor;
import de.lagezentrum.live.EventView;
import de.lagezentrum.live.JoinPolicy;
import de.lagezentrum.live.Joined;
import de.lagezentrum.live.LiveBlog;
import de.lagezentrum.live.NewComment;
import de.lagezentrum.live.NewPost;
import de.lagezentrum.live.PostView;
import de.lagezentrum.live.TestLive;
import de.lagezentrum.live.TestLive.Hosts;
import de.lagezentrum.live.blog.QueryCounter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The blog's pages: the section on the participant's page, a post with a thousand comments (page 1 shows
 * 50 threads with their replies, at the same number of queries as a post with a handful), forms that come
 * back with their messages, the htmx fragments, and the moderation's hiding as author and others see it.
 */
@IntegrationTest
class BlogPageWebTests {

    private static final Pattern COMMENT = Pattern.compile("<li id=\"comment-[0-9a-f-]{36}\" class=\"comment\">");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestLive fixtures;

    @Autowired
    LiveBlog blog;

    @Autowired
    @Administrator
    JdbcClient jdbc;

    Hosts hosts;
    EventView event;
    Joined anna;
    BlogActor annaActor;

    @BeforeEach
    void event() {
        hosts = fixtures.hosts("Seitenstadt");
        event = fixtures.running(hosts, "Amtsleitungstag", JoinPolicy.ANONYMOUS);
        anna = fixtures.join(event, "Anna Amt");
        annaActor = blog.actor(anna.participant());
    }

    @Test
    void pageOneOfAPostWithAThousandCommentsShowsFiftyThreadsAtTheQueriesOfASmallOne() throws Exception {
        PostView small = blog.write(annaActor, new NewPost("Wenige Kommentare", "Text"));
        for (int i = 0; i < 3; i++) {
            blog.comment(annaActor, small.id(), new NewComment("Kommentar " + i, null));
        }
        PostView large = blog.write(annaActor, new NewPost("Tausend Kommentare", "Text"));
        thousandComments(large.id());

        String path = "/live/" + event.id() + "/posts/";
        // The first request of a participant reads the event's token key once; count with it cached.
        page(path + small.id());
        QueryCounter.Counted<MvcTestResult> few = QueryCounter.count(() -> page(path + small.id()));
        QueryCounter.Counted<MvcTestResult> many = QueryCounter.count(() -> page(path + large.id()));
        assertThat(many.result()).hasStatusOk();
        String html = many.result().getResponse().getContentAsString();
        // 50 threads of 4: a comment, two replies to it, a reply to the first reply (nested one deeper).
        assertThat(count(COMMENT, html)).isEqualTo(200);
        assertThat(html).contains("Kommentare (1.000)", "Seite 1 von 5", "Thread 1 ", "Thread 50 ")
                .doesNotContain("Thread 51 ");
        assertThat(html).containsPattern("<ol class=\"thread\">\\s*<li id=\"comment-");
        assertThat(many.statements()).isEqualTo(few.statements()).isLessThanOrEqualTo(20);

        String last = page(path + large.id() + "?page=4").getResponse().getContentAsString();
        assertThat(count(COMMENT, last)).isEqualTo(200);
        assertThat(last).contains("Thread 250 ", "Seite 5 von 5");

        // Rendered warm, five times: the figure for docs/benchmarks.md (not asserted: machines differ).
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            long start = System.nanoTime();
            page(path + large.id());
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        List<Long> sorted = millis.subList(3, 8).stream().sorted().toList();
        System.out.printf("BENCHMARK blog page 1 of a 1,000-comment post: median %d ms, max %d ms (%d statements)%n",
                sorted.get(2), sorted.get(4), many.statements());
    }

    @Test
    void theParticipantsPageShowsTheBlogAndItsFragmentIsReReadLive() throws Exception {
        blog.write(annaActor, new NewPost("Ideen für die Verwaltung", "Mehr **Homeoffice**"));
        String page = page("/live/" + event.id()).getResponse().getContentAsString();
        assertThat(page).contains("id=\"blog\"", "Ideen für die Verwaltung", "Beitrag veröffentlichen",
                "hx-trigger=\"sse:post throttle:1s\"");
        MvcTestResult fragment = mvc.get().uri("/live/" + event.id() + "/blog").header("HX-Request", "true")
                .cookie(cookie()).exchange();
        assertThat(fragment).hasStatusOk();
        assertThat(fragment.getResponse().getContentAsString()).startsWith("<div id=\"blog-list\"")
                .contains("Ideen für die Verwaltung").doesNotContain("<html");
        assertThat(mvc.get().uri("/live/" + event.id() + "/blog").cookie(cookie()).exchange())
                .hasRedirectedUrl("/live/" + event.id() + "#blog");
        assertThat(mvc.get().uri("/live/" + event.id() + "/blog").exchange()).hasRedirectedUrl("/join");
    }

    @Test
    void aCommentWithoutTextComesBackWithItsMessageAndAReplyLandsInItsThread() throws Exception {
        PostView post = blog.write(annaActor, new NewPost("Formulare", "Text"));
        String path = "/live/" + event.id() + "/posts/" + post.id();
        MvcTestResult empty = mvc.post().uri(path + "/comments").cookie(cookie()).with(csrf()).param("body", " ")
                .exchange();
        assertThat(empty).hasStatusOk();
        assertThat(empty.getResponse().getContentAsString()).contains("aria-invalid=\"true\"", "comment-body-error",
                "Bitte füllen Sie dieses Feld aus.");
        assertThat(blog.comments(annaActor, post.id(), 0, 50).comments()).isZero();

        MvcTestResult sent = mvc.post().uri(path + "/comments").cookie(cookie()).with(csrf())
                .param("body", "Erster Kommentar").exchange();
        UUID commentId = blog.comments(annaActor, post.id(), 0, 50).items().get(0).id();
        assertThat(sent).hasRedirectedUrl(path + "?page=0#comment-" + commentId);
        MvcTestResult reply = mvc.get().uri(path + "/comments/" + commentId + "/reply").cookie(cookie()).exchange();
        assertThat(reply.getResponse().getContentAsString()).contains("name=\"parentId\"", commentId.toString(),
                "Erster Kommentar");
        mvc.post().uri(path + "/comments").cookie(cookie()).with(csrf()).param("body", "Eine Antwort")
                .param("parentId", commentId.toString()).exchange();
        assertThat(blog.comments(annaActor, post.id(), 0, 50).items().get(0).replies().get(0).body())
                .isEqualTo("Eine Antwort");
    }

    @Test
    void aHiddenCommentShowsItsReasonToItsAuthorAndAPlaceholderToOthers() throws Exception {
        PostView post = blog.write(annaActor, new NewPost("Moderiert", "Text"));
        var comment = blog.comment(annaActor, post.id(), new NewComment("Unsachlich", null));
        blog.hideComment(hosts.moderator(), comment.id(), "Bitte sachlich bleiben");
        String path = "/live/" + event.id() + "/posts/" + post.id();
        assertThat(page(path).getResponse().getContentAsString())
                .contains("Von der Moderation ausgeblendet: Bitte sachlich bleiben", "Unsachlich");
        Joined ben = fixtures.join(event, null);
        String others = mvc.get().uri(path).cookie(new Cookie("LZ_PARTICIPANT", ben.participantToken())).exchange()
                .getResponse().getContentAsString();
        assertThat(others).contains("Dieser Kommentar wurde von der Moderation ausgeblendet.")
                .doesNotContain("Unsachlich", "Bitte sachlich bleiben");
    }

    private void thousandComments(UUID postId) {
        UUID participant = anna.participant().id();
        jdbc.sql("""
                INSERT INTO live.comment (id, tenant_id, post_id, parent_id, root_id, depth, author_participant_id,
                    author_name, body, html, created_at)
                SELECT md5(:post || '-' || n)::uuid, :tenant, :post::uuid, NULL, md5(:post || '-' || n)::uuid, 0,
                    :participant, 'Anna Amt', 'Thread ' || n || ' ', '<p>Thread ' || n || ' </p>', now()
                FROM generate_series(1, 250) AS n ORDER BY n""")
                .param("post", postId.toString()).param("tenant", event.tenantId()).param("participant", participant)
                .update();
        jdbc.sql("""
                INSERT INTO live.comment (id, tenant_id, post_id, parent_id, root_id, depth, author_participant_id,
                    author_name, body, html, created_at)
                SELECT md5(:post || '-' || n || '-' || r)::uuid, :tenant, :post::uuid,
                    CASE WHEN r < 3 THEN md5(:post || '-' || n)::uuid ELSE md5(:post || '-' || n || '-1')::uuid END,
                    md5(:post || '-' || n)::uuid, CASE WHEN r < 3 THEN 1 ELSE 2 END, :participant, 'Anna Amt',
                    'Antwort ' || r || ' in ' || n, '<p>Antwort ' || r || ' in ' || n || '</p>', now()
                FROM generate_series(1, 250) AS n, generate_series(1, 3) AS r ORDER BY n, r""")
                .param("post", postId.toString()).param("tenant", event.tenantId()).param("participant", participant)
                .update();
    }

    private MvcTestResult page(String uri) {
        return mvc.get().uri(uri).cookie(cookie()).exchange();
    }

    private Cookie cookie() {
        return new Cookie("LZ_PARTICIPANT", anna.participantToken());
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor csrf() {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
    }

    private static int count(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        int found = 0;
        while (matcher.find()) {
            found++;
        }
        return found;
    }
}
