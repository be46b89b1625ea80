package de.lagezentrum.live.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import de.lagezentrum.live.AgendaItem;
import de.lagezentrum.live.AgendaKind;
import de.lagezentrum.live.BlogPosting;
import de.lagezentrum.live.EventDetails;
import de.lagezentrum.live.EventView;
import de.lagezentrum.live.IdeaKind;
import de.lagezentrum.live.JoinPolicy;
import de.lagezentrum.live.LiveEvents;
import de.lagezentrum.live.LiveIdeas;
import de.lagezentrum.live.LiveQuestionView;
import de.lagezentrum.live.Participant;
import de.lagezentrum.live.QaMode;
import de.lagezentrum.live.TeamRole;
import de.lagezentrum.organisation.DemoCityLoaded;
import de.lagezentrum.organisation.PeopleManagement;
import de.lagezentrum.platform.security.CurrentUser;

/**
 * Musterstadt's "Amtsleitungstag" (seed 003: Cologne's digital department-heads day): the department heads
 * meet by video with keynotes, live polls, questions and a blog to share views. The demo event runs from an
 * hour before the start-up for a working day, so that whoever tries the demo finds it live and under way:
 * some thirty department heads joined, voted in a revealed poll and are voting in a hidden one
 * ({@link DemoPolls}), asked and upvoted questions that the moderation worked ({@link DemoQuestions}; one is
 * an idea for the programme), and comment on the host's welcome post ({@link DemoBlog}). The host is the
 * demo account {@code veranstaltung}; {@code moderation} moderates. Loaded once: the event is the mark.
 */
@Component
class LiveDemoData {

    static final String TITLE = "Amtsleitungstag";

    private final LiveEvents events;
    private final LiveIdeas ideas;
    private final DemoPolls polls;
    private final DemoQuestions questions;
    private final DemoBlog blog;
    private final PeopleManagement people;
    private final Clock clock;

    LiveDemoData(LiveEvents events, LiveIdeas ideas, DemoPolls polls, DemoQuestions questions, DemoBlog blog,
            PeopleManagement people, Clock clock) {
        this.events = events;
        this.ideas = ideas;
        this.polls = polls;
        this.questions = questions;
        this.blog = blog;
        this.people = people;
        this.clock = clock;
    }

    // Without a transaction of its own: every facade call commits by itself, because the votes are written
    // by the VoteWriter's thread, which sees only polls and participants that are committed.
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(DemoCityLoaded loaded) {
        CurrentUser host = people.actingAs(loaded.tenantId(), "veranstaltung").orElse(null);
        if (host == null || events.myEvents(host).stream().anyMatch(event -> event.title().equals(TITLE))) {
            return;
        }
        EventView event = create(host);
        CurrentUser moderator = people.actingAs(loaded.tenantId(), "moderation").orElse(null);
        if (moderator != null) {
            events.putMember(host, event.id(), moderator.personId(), TeamRole.MODERATOR);
        }
        List<Participant> audience = DemoAudience.join(events, event);
        polls.load(host, event, audience);
        LiveQuestionView budget = questions.load(moderator == null ? host : moderator, event, audience);
        ideas.mark(host, event.id(), IdeaKind.QUESTION, budget.id());
        blog.load(host, moderator, event, audience);
    }

    private EventView create(CurrentUser host) {
        Instant start = clock.instant().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(1));
        return events.create(host, new EventDetails(TITLE,
                "Der digitale Tag der Amtsleitungen: Wie arbeiten, führen und lernen wir nach der Krise? "
                        + "Ihre Fragen, Ihre Stimme in den Umfragen und Ihre Ideen fließen in das Reformprogramm ein.",
                start, start.plus(Duration.ofHours(9)), JoinPolicy.ANONYMOUS, QaMode.MODERATED,
                BlogPosting.PARTICIPANTS, List.of("idiot", "depp"), List.of(
                        item(AgendaKind.KEYNOTE, "Begrüßung und Lage der Verwaltung", "Dr. Julia Berger", start, 30),
                        item(AgendaKind.KEYNOTE, "Führen auf Distanz: Was wir aus der Krise lernen", "Prof. Dr. Lea Brandt",
                                start.plus(Duration.ofMinutes(30)), 45),
                        item(AgendaKind.DISCUSSION, "Fragen und Antworten mit dem Verwaltungsvorstand", null,
                                start.plus(Duration.ofMinutes(75)), 45),
                        item(AgendaKind.BREAK, "Mittagspause", null, start.plus(Duration.ofHours(2)), 60),
                        item(AgendaKind.TALK, "Arbeitsorganisation und Raumkonzept", "Stefan Hoffmann",
                                start.plus(Duration.ofHours(3)), 45),
                        item(AgendaKind.OTHER, "Ideen für #wirfürdiestadt sammeln", null,
                                start.plus(Duration.ofMinutes(225)), 45))));
    }

    private static AgendaItem item(AgendaKind kind, String title, @Nullable String speaker, Instant start,
            int minutes) {
        return new AgendaItem(kind, title, speaker, start, start.plus(Duration.ofMinutes(minutes)));
    }
}
