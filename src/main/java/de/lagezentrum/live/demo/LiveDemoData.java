package de.lagezentrum.live.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import de.lagezentrum.live.AgendaItem;
import de.lagezentrum.live.AgendaKind;
import de.lagezentrum.live.BlogPosting;
import de.lagezentrum.live.EventDetails;
import de.lagezentrum.live.EventView;
import de.lagezentrum.live.JoinPolicy;
import de.lagezentrum.live.LiveEvents;
import de.lagezentrum.live.QaMode;
import de.lagezentrum.live.TeamRole;
import de.lagezentrum.organisation.DemoCityLoaded;
import de.lagezentrum.organisation.PeopleManagement;
import de.lagezentrum.organisation.PersonView;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.PageRequest;

/**
 * Musterstadt's "Amtsleitungstag" (seed 003: Cologne's digital department-heads day): the department heads
 * meet by video with keynotes, live polls, questions and a blog to share views. The demo event runs from an
 * hour before the start-up for a working day, so that whoever tries the demo finds it live. The host is
 * the demo account {@code veranstaltung}; {@code moderation} moderates.
 */
@Component
class LiveDemoData {

    static final String TITLE = "Amtsleitungstag";

    private final LiveEvents events;
    private final PeopleManagement people;
    private final Clock clock;

    LiveDemoData(LiveEvents events, PeopleManagement people, Clock clock) {
        this.events = events;
        this.people = people;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(DemoCityLoaded loaded) {
        CurrentUser host = people.actingAs(loaded.tenantId(), "veranstaltung").orElse(null);
        if (host == null || events.myEvents(host).stream().anyMatch(event -> event.title().equals(TITLE))) {
            return;
        }
        Instant start = clock.instant().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(1));
        EventView event = events.create(host, new EventDetails(TITLE,
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
        UUID moderator = person(host, "Clara Neumann");
        if (moderator != null) {
            events.putMember(host, event.id(), moderator, TeamRole.MODERATOR);
        }
    }

    private static AgendaItem item(AgendaKind kind, String title, @Nullable String speaker, Instant start,
            int minutes) {
        return new AgendaItem(kind, title, speaker, start, start.plus(Duration.ofMinutes(minutes)));
    }

    private @Nullable UUID person(CurrentUser host, String name) {
        return people.people(host, name, null, new PageRequest(0, 5)).items().stream()
                .filter(person -> person.displayName().endsWith(name)).map(PersonView::id).filter(Objects::nonNull)
                .findFirst().orElse(null);
    }
}
