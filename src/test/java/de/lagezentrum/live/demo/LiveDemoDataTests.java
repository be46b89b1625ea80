package de.lagezentrum.live.demo;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

import de.lagezentrum.Administrator;
import de.lagezentrum.IntegrationTest;
import de.lagezentrum.WebTestSupport;
import de.lagezentrum.live.BlogActor;
import de.lagezentrum.live.CommentPage;
import de.lagezentrum.live.CommentView;
import de.lagezentrum.live.EventView;
import de.lagezentrum.live.IdeaKind;
import de.lagezentrum.live.LiveBlog;
import de.lagezentrum.live.LiveEvents;
import de.lagezentrum.live.LiveIdeas;
import de.lagezentrum.live.LivePolls;
import de.lagezentrum.live.LiveQuestionSort;
import de.lagezentrum.live.LiveQuestionStatus;
import de.lagezentrum.live.LiveQuestionView;
import de.lagezentrum.live.LiveQuestions;
import de.lagezentrum.live.Participant;
import de.lagezentrum.live.PollResults;
import de.lagezentrum.live.PollStatus;
import de.lagezentrum.live.PollType;
import de.lagezentrum.live.PollView;
import de.lagezentrum.live.PostView;
import de.lagezentrum.live.TeamRole;
import de.lagezentrum.organisation.DemoCityLoaded;
import de.lagezentrum.organisation.PeopleManagement;
import de.lagezentrum.platform.LagezentrumProperties;
import de.lagezentrum.platform.TenantDirectory;
import de.lagezentrum.platform.security.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Musterstadt's Amtsleitungstag, as the demo leaves it in the database: running, some thirty participants,
 * a revealed poll with its votes and an open hidden one, moderated and upvoted questions (one an idea), and
 * the host's post with a thread of comments; loaded once.
 */
@IntegrationTest
class LiveDemoDataTests {

    @Autowired
    LiveEvents events;

    @Autowired
    LivePolls polls;

    @Autowired
    LiveQuestions questions;

    @Autowired
    LiveBlog blog;

    @Autowired
    LiveIdeas ideas;

    @Autowired
    PeopleManagement people;

    @Autowired
    TenantDirectory tenants;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    @Administrator
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    LagezentrumProperties properties;

    @Test
    void theAmtsleitungstagIsUnderWayWithItsAudienceAndTwoPolls() {
        CurrentUser host = host();
        EventView event = awaitDemo(host);

        assertThat(event.start()).isBefore(clock.instant());
        assertThat(event.endedAt(clock.instant())).isFalse();
        assertThat(event.team()).extracting(member -> member.displayName() + ":" + member.role())
                .contains("Hakan Yılmaz:" + TeamRole.HOST, "Dr. Clara Neumann:" + TeamRole.MODERATOR);
        // The other tests here join as newcomers too.
        assertThat(events.participantCount(host, event.id())).isGreaterThanOrEqualTo(DemoAudience.SIZE);

        List<PollView> all = polls.polls(host, event.id());
        assertThat(all).hasSize(2);
        PollView heat = all.get(0);
        assertThat(heat.question()).isEqualTo(DemoPolls.HEAT);
        assertThat(heat.type()).isEqualTo(PollType.SINGLE);
        assertThat(heat.status()).isEqualTo(PollStatus.CLOSED);
        assertThat(heat.revealed()).isTrue();
        PollResults heatResults = polls.results(host, heat.id());
        assertThat(heatResults.total()).isEqualTo(28);
        assertThat(heatResults.options()).extracting(PollResults.Count::label)
                .containsExactlyElementsOf(DemoPolls.HEAT_OPTIONS);
        assertThat(heatResults.options()).extracting(PollResults.Count::count).containsExactly(4L, 11L, 9L, 4L);

        PollView brakes = all.get(1);
        assertThat(brakes.type()).isEqualTo(PollType.WORDCLOUD);
        assertThat(brakes.status()).isEqualTo(PollStatus.OPEN);
        assertThat(brakes.resultsPublic()).isFalse();
        PollResults brakesResults = polls.results(host, brakes.id());
        assertThat(brakesResults.total()).isEqualTo(DemoPolls.BRAKES_WORDS.size());
        assertThat(brakesResults.options()).filteredOn(count -> count.label().equals("fachverfahren"))
                .singleElement().satisfies(count -> assertThat(count.count()).isEqualTo(3));
        // The presenter view shows the poll opened last.
        assertThat(polls.current(host, event.id())).map(PollView::id).contains(brakes.id());

        // A newcomer who joins sees the revealed results, not yet the hidden ones.
        Participant newcomer = events.join(event.joinCode(), null, null).participant();
        assertThat(polls.results(newcomer, heat.id()).total()).isEqualTo(28);
        assertThatThrownBy(() -> polls.results(newcomer, brakes.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(polls.polls(newcomer)).hasSize(2);
    }

    @Test
    void participantsAskedAndUpvotedQuestionsThatTheModerationWorked() {
        CurrentUser host = host();
        EventView event = awaitDemo(host);

        List<LiveQuestionView> all = questions.questions(host, event.id(), LiveQuestionSort.VOTES);
        assertThat(all).extracting(LiveQuestionView::status).containsExactly(LiveQuestionStatus.PINNED,
                LiveQuestionStatus.ANSWERED, LiveQuestionStatus.VISIBLE, LiveQuestionStatus.VISIBLE,
                LiveQuestionStatus.VISIBLE, LiveQuestionStatus.PENDING);
        assertThat(all).extracting(LiveQuestionView::upvotes).containsExactly(12L, 9L, 7L, 4L, 2L, 0L);
        assertThat(all).extracting(LiveQuestionView::author).containsExactly("Sabine Vogel", null, "Frank Hermanns",
                null, "Petra Lang", null);
        assertThat(all).noneMatch(LiveQuestionView::flagged);
        assertThat(questions.top(host, event.id(), 3)).extracting(LiveQuestionView::upvotes)
                .containsExactly(12L, 7L, 4L);

        // Participants see what the moderation let through, not the question still waiting.
        Participant newcomer = events.join(event.joinCode(), null, null).participant();
        assertThat(questions.questions(newcomer, LiveQuestionSort.VOTES)).hasSize(5)
                .noneMatch(LiveQuestionView::waiting);

        assertThat(ideas.ideas(host, event.id())).singleElement().satisfies(idea -> {
            assertThat(idea.kind()).isEqualTo(IdeaKind.QUESTION);
            assertThat(idea.sourceId()).isEqualTo(all.get(2).id());
            assertThat(idea.text()).startsWith("Gibt es ein gemeinsames Budget für Pilotprojekte");
        });
    }

    @Test
    void theHostWelcomesEverybodyInTheBlogAndTheThreadsAreAnswered() {
        CurrentUser host = host();
        EventView event = awaitDemo(host);
        BlogActor reader = blog.actor(events.join(event.joinCode(), null, null).participant());

        PostView post = blog.posts(reader, 0, 10).items().stream().filter(each -> each.title().equals(DemoBlog.TITLE))
                .findFirst().orElseThrow();
        assertThat(blog.posts(reader, 0, 10).total()).isEqualTo(1);
        assertThat(post.author()).isEqualTo("Hakan Yılmaz");
        assertThat(post.byTeam()).isTrue();
        assertThat(post.html()).contains("<strong>nach der Krise</strong>", "<li>");
        assertThat(post.comments()).isEqualTo(5);

        CommentPage comments = blog.comments(reader, post.id(), 0, 20);
        assertThat(comments.total()).isEqualTo(3);
        assertThat(comments.comments()).isEqualTo(5);
        List<CommentView> threads = comments.items();
        assertThat(threads).extracting(CommentView::author).containsExactly("Jan Becker", null, "Claudia Richter");
        assertThat(threads.get(0).replies()).singleElement().satisfies(reply -> {
            assertThat(reply.author()).isEqualTo("Hakan Yılmaz");
            assertThat(reply.byTeam()).isTrue();
            assertThat(reply.parentId()).isEqualTo(threads.get(0).id());
            assertThat(reply.depth()).isEqualTo(1);
        });
        assertThat(threads.get(1).replies()).isEmpty();
        assertThat(threads.get(1).html()).contains("<strong>20 Minuten</strong>");
        assertThat(threads.get(2).replies()).singleElement()
                .satisfies(reply -> assertThat(reply.author()).isEqualTo("Dr. Clara Neumann"));
    }

    @Test
    void theConsoleThePresenterViewAndTheParticipantPageShowTheEventUnderWay() {
        EventView event = awaitDemo(host());
        String pinned = DemoQuestions.QUESTIONS.get(0).text();
        String waiting = DemoQuestions.QUESTIONS.get(5).text();
        Cookie host = WebTestSupport.login(mvc, "veranstaltung", properties.demoPassword());

        assertThat(mvc.get().uri("/events/" + event.id()).cookie(host).exchange()).hasStatusOk().bodyText()
                .contains(DemoPolls.HEAT, DemoPolls.BRAKES, pinned, waiting, DemoBlog.TITLE,
                        DemoQuestions.QUESTIONS.get(DemoQuestions.IDEA).text());
        assertThat(mvc.get().uri("/events/" + event.id() + "/presenter").cookie(host).exchange()).hasStatusOk()
                .bodyText().contains(DemoPolls.BRAKES, pinned).doesNotContain(waiting);

        MvcTestResult joined = mvc.post().uri("/join").with(csrf()).param("code", event.joinCode()).exchange();
        assertThat(joined).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/live/" + event.id());
        Cookie participant = joined.getResponse().getCookie("LZ_PARTICIPANT");
        assertThat(participant).isNotNull();
        assertThat(mvc.get().uri("/live/" + event.id()).cookie(participant).exchange()).hasStatusOk().bodyText()
                .contains(DemoPolls.HEAT, DemoPolls.HEAT_OPTIONS.get(1), DemoPolls.BRAKES, pinned, DemoBlog.TITLE)
                .doesNotContain(waiting);
    }

    @Test
    void aRedeliveredDemoEventAddsNothing() {
        CurrentUser host = host();
        EventView event = awaitDemo(host);
        Map<String, Long> before = counts(event.id());
        assertThat(before).containsEntry("polls", 2L).containsEntry("votes", 28L + DemoPolls.BRAKES_WORDS.size())
                .containsEntry("questions", 6L).containsEntry("upvotes", 34L).containsEntry("posts", 1L)
                .containsEntry("comments", 5L).containsEntry("ideas", 1L);

        // As after a crash: the listeners run again after the commit, as they do in the application.
        long loads = demoLoads(true);
        transaction.executeWithoutResult(status -> publisher.publishEvent(new DemoCityLoaded(tenants.defaultTenantId())));
        await().atMost(Duration.ofSeconds(60)).until(() -> demoLoads(true) > loads && demoLoads(false) == 0);

        assertThat(events.myEvents(host)).filteredOn(each -> each.title().equals(LiveDemoData.TITLE)).hasSize(1);
        assertThat(counts(event.id())).isEqualTo(before);
    }

    private CurrentUser host() {
        return people.actingAs(tenants.defaultTenantId(), "veranstaltung").orElseThrow();
    }

    /** The demo's event once its listener is done (it runs after the first start's commit). */
    private EventView awaitDemo(CurrentUser host) {
        await().atMost(Duration.ofSeconds(60)).until(() -> demoLoads(false) == 0 && events.myEvents(host).stream().anyMatch(each -> each.title().equals(LiveDemoData.TITLE)));
        return events.myEvents(host).stream().filter(each -> each.title().equals(LiveDemoData.TITLE)).findFirst()
                .orElseThrow();
    }

    /** How many times the demo's listener ran to its end ({@code completed}), or has not yet. */
    private long demoLoads(boolean completed) {
        return jdbc.sql("SELECT count(*) FROM platform.event_publication WHERE listener_id LIKE '%.LiveDemoData.%' AND "
                + (completed ? "completion_date IS NOT NULL" : "completion_date IS NULL")).query(Long.class).single();
    }

    /** What the demo wrote for the event, counted in the database. */
    private Map<String, Long> counts(UUID eventId) {
        return Map.of(
                "polls", count("SELECT count(*) FROM live.poll WHERE event_id = ?", eventId),
                "votes", count("SELECT count(*) FROM live.poll_vote v JOIN live.poll p ON p.id = v.poll_id "
                        + "WHERE p.event_id = ?", eventId),
                "questions", count("SELECT count(*) FROM live.question WHERE event_id = ?", eventId),
                "upvotes", count("SELECT count(*) FROM live.question_upvote u JOIN live.question q "
                        + "ON q.id = u.question_id WHERE q.event_id = ?", eventId),
                "posts", count("SELECT count(*) FROM live.post WHERE event_id = ?", eventId),
                "comments", count("SELECT count(*) FROM live.comment c JOIN live.post p ON p.id = c.post_id "
                        + "WHERE p.event_id = ?", eventId),
                "ideas", count("SELECT count(*) FROM live.idea WHERE event_id = ?", eventId),
                "team", count("SELECT count(*) FROM live.event_member WHERE event_id = ?", eventId),
                "participants", count("SELECT count(*) FROM live.participant WHERE event_id = ?", eventId));
    }

    private long count(String sql, UUID eventId) {
        return jdbc.sql(sql).param(eventId).query(Long.class).single();
    }
}
