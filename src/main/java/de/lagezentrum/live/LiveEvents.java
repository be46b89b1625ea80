package de.lagezentrum.live;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.lagezentrum.live.events.EventStore;
import de.lagezentrum.live.events.EventStreams;
import de.lagezentrum.live.events.EventStore.EventRow;
import de.lagezentrum.live.events.JoinCodes;
import de.lagezentrum.live.events.ParticipantTokens;
import de.lagezentrum.live.events.ParticipantTokens.Claims;
import de.lagezentrum.live.events.Participation;
import de.lagezentrum.organisation.PeopleManagement;
import de.lagezentrum.organisation.PersonView;
import de.lagezentrum.platform.audit.AuditLog;
import de.lagezentrum.platform.database.TenantScope;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.ConflictException;
import de.lagezentrum.platform.web.InvalidInputException;
import de.lagezentrum.platform.web.NotFoundException;

/**
 * The live module's facade for events: a host (role {@code EVENT_HOST}) creates an event with its agenda
 * and gets a join code; the team (host, co-hosts, moderators: people of the municipality) runs it;
 * participants join by the code and from then on prove themselves with a participant token. For anybody
 * not on its team an event does not exist (404), nor does another municipality's.
 */
@Service
public class LiveEvents {

    static final String ENTITY = "LiveEvent";
    /** The topic every participant and the team listen to. */
    public static final String TOPIC = "live:";
    /** The topic the team listens to: everything of {@link #TOPIC}, and pending questions, hidden content. */
    public static final String TEAM_TOPIC = "live-team:";
    private static final String EVENT_HOST = "EVENT_HOST";
    private static final int MAX_AGENDA = 100;
    private static final int MAX_BLOCKED_WORDS = 500;

    private final EventStore store;
    private final Participation participation;
    private final ParticipantTokens tokens;
    private final PeopleManagement people;
    private final AuditLog audit;
    private final EventStreams streams;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LiveEvents(EventStore store, Participation participation, ParticipantTokens tokens, PeopleManagement people,
            AuditLog audit, EventStreams streams, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.participation = participation;
        this.tokens = tokens;
        this.people = people;
        this.audit = audit;
        this.streams = streams;
        this.events = events;
        this.clock = clock;
    }

    /** The topic of an event's stream for everybody who joined. */
    public static String topic(UUID eventId) {
        return TOPIC + eventId;
    }

    /** The topic of an event's stream for its team only. */
    public static String teamTopic(UUID eventId) {
        return TEAM_TOPIC + eventId;
    }

    /**
     * Creates an event; the creator becomes its host.
     *
     * @throws AccessDeniedException without the role {@code EVENT_HOST}
     * @throws InvalidInputException for a missing title or times, an end before the start, a bad agenda
     */
    @Transactional
    public EventView create(CurrentUser user, EventDetails details) {
        if (!user.hasRole(EVENT_HOST)) {
            throw new AccessDeniedException("Only event hosts create events");
        }
        Clean clean = clean(details);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        String code;
        do {
            code = participation.newJoinCode();
        }
        while (!store.insert(user.tenantId(), id, code, clean.title(), clean.description(), clean.start(), clean.end(),
                clean.joinPolicy(), clean.qaMode(), clean.blogPosting(), clean.blockedWords(),
                participation.newTokenKey(), user.personId(), now));
        store.replaceAgenda(user.tenantId(), id, clean.agenda());
        store.putMember(user.tenantId(), id, user.personId(), TeamRole.HOST);
        EventView created = view(user.tenantId(), store.find(user.tenantId(), id).orElseThrow());
        audit.record(user.tenantId(), "LIVE_EVENT_CREATED", ENTITY, id, created.title(), null,
                Map.of("title", created.title(), "start", created.start().toString(), "end", created.end().toString(),
                        "joinPolicy", created.joinPolicy().name()));
        events.publishEvent(new EventCreated(user.tenantId(), id, created.title()));
        return created;
    }

    /**
     * Changes an event's details and agenda (host and co-hosts).
     *
     * @throws ConflictException when it changed since {@code version}
     */
    @Transactional
    public EventView update(CurrentUser user, UUID eventId, EventDetails details, long version) {
        EventView before = requireTeam(user, eventId, true);
        Clean clean = clean(details);
        if (!store.update(user.tenantId(), eventId, version, clean.title(), clean.description(), clean.start(),
                clean.end(), clean.joinPolicy(), clean.qaMode(), clean.blogPosting(), clean.blockedWords(),
                clock.instant())) {
            throw new ConflictException("live.event.changed");
        }
        store.replaceAgenda(user.tenantId(), eventId, clean.agenda());
        EventView after = event(user, eventId);
        audit.record(user.tenantId(), "LIVE_EVENT_CHANGED", ENTITY, eventId, after.title(), summary(before),
                summary(after));
        changed(user.tenantId(), eventId);
        return after;
    }

    /** Cancels an event: nobody joins it any more; those who joined see that it is cancelled. */
    @Transactional
    public EventView cancel(CurrentUser user, UUID eventId, long version) {
        requireTeam(user, eventId, true);
        if (!store.cancel(user.tenantId(), eventId, version, clock.instant())) {
            throw new ConflictException("live.event.changed");
        }
        EventView after = event(user, eventId);
        audit.record(user.tenantId(), "LIVE_EVENT_CANCELLED", ENTITY, eventId, after.title(), null,
                Map.of("cancelled", true));
        changed(user.tenantId(), eventId);
        return after;
    }

    /** An event its team member reads; 404 for anybody else. */
    @Transactional(readOnly = true)
    public EventView event(CurrentUser user, UUID eventId) {
        requireRole(user, eventId);
        return view(user.tenantId(), store.find(user.tenantId(), eventId).orElseThrow(() -> new NotFoundException(ENTITY)));
    }

    /** The events the user is on the team of, the latest first. */
    @Transactional(readOnly = true)
    public List<EventView> myEvents(CurrentUser user) {
        return store.ofMember(user.tenantId(), user.personId()).stream().map(row -> view(user.tenantId(), row)).toList();
    }

    /** The user's part in running the event; 404 if they have none. */
    @Transactional(readOnly = true)
    public TeamRole requireRole(CurrentUser user, UUID eventId) {
        return store.role(user.tenantId(), eventId, user.personId()).orElseThrow(() -> new NotFoundException(ENTITY));
    }

    /**
     * The event, if the user is on its team: with {@code runs}, as host or co-host (a moderator gets 403);
     * else in any role. 404 for anybody not on the team.
     */
    @Transactional(readOnly = true)
    public EventView requireTeam(CurrentUser user, UUID eventId, boolean runs) {
        TeamRole role = requireRole(user, eventId);
        if (runs && !role.runs()) {
            throw new AccessDeniedException("Moderators do not run the event");
        }
        return view(user.tenantId(), store.find(user.tenantId(), eventId).orElseThrow(() -> new NotFoundException(ENTITY)));
    }

    /** Puts a person of the municipality on the team as co-host or moderator (the host only). */
    @Transactional
    public EventView putMember(CurrentUser user, UUID eventId, UUID personId, TeamRole role) {
        if (requireRole(user, eventId) != TeamRole.HOST) {
            throw new AccessDeniedException("Only the host changes the team");
        }
        if (role == TeamRole.HOST) {
            throw new InvalidInputException("role", "live.team.role.invalid");
        }
        if (personId.equals(user.personId())) {
            throw new ConflictException("live.team.self");
        }
        PersonView person = people.peopleOfTenant(user.tenantId(), List.of(personId)).get(personId);
        if (person == null || !person.enabled()) {
            throw new InvalidInputException("personId", "live.team.person.unknown");
        }
        Optional<TeamRole> before = store.role(user.tenantId(), eventId, personId);
        store.putMember(user.tenantId(), eventId, personId, role);
        audit.record(user.tenantId(), "LIVE_TEAM_CHANGED", ENTITY, eventId, person.displayName(),
                before.map(old -> Map.of("role", old.name())).orElse(null), Map.of("person", person.displayName(),
                        "role", role.name()));
        changed(user.tenantId(), eventId);
        return event(user, eventId);
    }

    /** Takes a co-host or moderator off the team (the host only). */
    @Transactional
    public EventView removeMember(CurrentUser user, UUID eventId, UUID personId) {
        if (requireRole(user, eventId) != TeamRole.HOST) {
            throw new AccessDeniedException("Only the host changes the team");
        }
        if (!store.removeMember(user.tenantId(), eventId, personId)) {
            throw new NotFoundException("TeamMember");
        }
        audit.record(user.tenantId(), "LIVE_TEAM_CHANGED", ENTITY, eventId, personId.toString(),
                Map.of("person", personId.toString()), null);
        changed(user.tenantId(), eventId);
        return event(user, eventId);
    }

    /**
     * Joins an event by its code. Anonymous unless a name is given (an event may require one); with the
     * policy {@code CITY_ACCOUNTS} only a signed-in account of the event's municipality joins, and a
     * person is the same participant however often they join.
     *
     * @param user the signed-in account, if any: then the participant is that person
     * @throws NotFoundException for a code that names no event
     * @throws ConflictException when the event is cancelled or over
     * @throws AccessDeniedException when the event wants a city account and there is none
     */
    @Transactional
    public Joined join(@Nullable String code, @Nullable String displayName, @Nullable CurrentUser user) {
        return participation.join(code, displayName, user);
    }

    /** The participant a token proves, if it is genuine and has not expired. */
    public Optional<Participant> participant(@Nullable String token) {
        return tokens.verify(token, clock.instant()).flatMap(this::participant);
    }

    private Optional<Participant> participant(Claims claims) {
        return participation.participant(claims);
    }

    /** The event a participant joined, as participants see it. */
    @Transactional(readOnly = true)
    public EventView eventOf(Participant participant) {
        return TenantScope.call(participant.tenantId(), () -> view(participant.tenantId(),
                store.find(participant.tenantId(), participant.eventId()).orElseThrow(() -> new NotFoundException(ENTITY))));
    }

    /** How many joined the event (the team sees it on the console). */
    @Transactional(readOnly = true)
    public long participantCount(CurrentUser user, UUID eventId) {
        requireRole(user, eventId);
        return store.participantCount(user.tenantId(), eventId);
    }

    private void changed(UUID tenantId, UUID eventId) {
        streams.toEveryone(eventId, "status", Map.of("eventId", eventId.toString()));
        events.publishEvent(new EventChanged(tenantId, eventId));
    }

    private EventView view(UUID tenantId, EventRow row) {
        List<EventStore.MemberRow> members = store.team(tenantId, row.id());
        Map<UUID, PersonView> names = people.peopleOfTenant(tenantId, members.stream().map(EventStore.MemberRow::personId)
                .toList());
        List<TeamMember> team = members.stream().map(member -> new TeamMember(member.personId(),
                Optional.ofNullable(names.get(member.personId())).map(PersonView::displayName).orElse("–"),
                member.role())).toList();
        return new EventView(row.id(), row.tenantId(), row.title(), row.description(), row.start(), row.end(),
                row.joinCode(), row.joinPolicy(), row.qaMode(), row.blogPosting(), row.blockedWords(), row.cancelled(),
                store.agenda(tenantId, row.id()), team, row.version());
    }

    private static Map<String, Object> summary(EventView event) {
        return Map.of("title", event.title(), "start", event.start().toString(), "end", event.end().toString(),
                "joinPolicy", event.joinPolicy().name(), "qaMode", event.qaMode().name(),
                "blogPosting", event.blogPosting().name(), "agenda", event.agenda().size());
    }

    private record Clean(String title, @Nullable String description, Instant start, Instant end, JoinPolicy joinPolicy,
            QaMode qaMode, BlogPosting blogPosting, List<String> blockedWords, List<AgendaItem> agenda) {
    }

    private static Clean clean(EventDetails details) {
        String title = text(details.title(), "title", 200, true);
        String description = text(details.description(), "description", 5000, false);
        if (details.start() == null) {
            throw new InvalidInputException("start", "live.text.required");
        }
        if (details.end() == null) {
            throw new InvalidInputException("end", "live.text.required");
        }
        if (!details.end().isAfter(details.start())) {
            throw new InvalidInputException("end", "live.event.end.before-start");
        }
        if (details.agenda().size() > MAX_AGENDA) {
            throw new InvalidInputException("agenda", "live.agenda.too-long");
        }
        List<AgendaItem> agenda = new ArrayList<>();
        for (AgendaItem item : details.agenda()) {
            if (item == null) {
                throw new InvalidInputException("agenda", "validation.malformed");
            }
            String itemTitle = text(item.title(), "agenda", 200, true);
            String speaker = text(item.speaker(), "agenda", 200, false);
            if (item.start() != null && item.end() != null && item.end().isBefore(item.start())) {
                throw new InvalidInputException("agenda", "live.agenda.end.before-start");
            }
            agenda.add(new AgendaItem(item.kind() == null ? AgendaKind.TALK : item.kind(), itemTitle, speaker,
                    item.start(), item.end()));
        }
        Set<String> words = new LinkedHashSet<>();
        for (String word : details.blockedWords()) {
            if (word == null) {
                continue;
            }
            String clean = word.strip().toLowerCase(Locale.GERMAN);
            if (clean.length() > 100) {
                throw new InvalidInputException("blockedWords", "live.blocked-words.too-long");
            }
            if (!clean.isEmpty()) {
                words.add(clean);
            }
        }
        if (words.size() > MAX_BLOCKED_WORDS) {
            throw new InvalidInputException("blockedWords", "live.blocked-words.too-many");
        }
        return new Clean(title, description, details.start(), details.end(),
                details.joinPolicy() == null ? JoinPolicy.ANONYMOUS : details.joinPolicy(),
                details.qaMode() == null ? QaMode.MODERATED : details.qaMode(),
                details.blogPosting() == null ? BlogPosting.PARTICIPANTS : details.blogPosting(), List.copyOf(words),
                agenda);
    }

    @SuppressWarnings("NullAway")
    private static String text(@Nullable String value, String field, int max, boolean required) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            if (required) {
                throw new InvalidInputException(field, "live.text.required");
            }
            return null;
        }
        if (clean.length() > max) {
            throw new InvalidInputException(field, "live.text.too-long");
        }
        return clean;
    }
}
