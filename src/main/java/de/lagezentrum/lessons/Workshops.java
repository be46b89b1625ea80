package de.lagezentrum.lessons;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.lagezentrum.lessons.workshops.WorkshopStore;
import de.lagezentrum.platform.realtime.LiveHub;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.ConflictException;
import de.lagezentrum.platform.web.InvalidInputException;
import de.lagezentrum.platform.web.NotFoundException;

/**
 * The lessons module's facade for reflection workshops: a facilitator (role {@code FACILITATOR}) plans a
 * workshop, which starts in the phase {@link WorkshopPhase#REVIEW}, and moves it through its phases; the
 * workshop's participants (city accounts) read it. For anybody else, and for another municipality, a
 * workshop does not exist (404).
 */
@Service
public class Workshops {

    private static final String ENTITY = "Workshop";
    private static final String FACILITATOR = "FACILITATOR";
    private static final int MAX_TITLE = 200;
    private static final int MAX_MUNICIPALITIES = 50;

    private final WorkshopStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final LiveHub hub;

    Workshops(WorkshopStore store, ApplicationEventPublisher events, Clock clock, LiveHub hub) {
        this.store = store;
        this.events = events;
        this.clock = clock;
        this.hub = hub;
    }

    /**
     * Plans a workshop.
     *
     * @throws AccessDeniedException without the role {@code FACILITATOR}
     * @throws InvalidInputException for a missing or too long title, missing times, an end not after the start
     */
    @Transactional
    public WorkshopView create(CurrentUser user, NewWorkshop workshop) {
        if (!user.hasRole(FACILITATOR)) {
            throw new AccessDeniedException("Only facilitators plan workshops");
        }
        String title = text(workshop.title(), "title", true);
        String place = text(workshop.place(), "place", false);
        if (workshop.start() == null) {
            throw new InvalidInputException("start", "lessons.text.required");
        }
        if (workshop.end() == null) {
            throw new InvalidInputException("end", "lessons.text.required");
        }
        if (!workshop.end().isAfter(workshop.start())) {
            throw new InvalidInputException("end", "lessons.workshop.end.before-start");
        }
        if (workshop.municipalities().size() > MAX_MUNICIPALITIES) {
            throw new InvalidInputException("municipalities", "lessons.workshop.municipalities.too-many");
        }
        List<String> municipalities = new ArrayList<>();
        for (String municipality : workshop.municipalities()) {
            String name = text(municipality, "municipalities", false);
            if (name != null && !municipalities.contains(name)) {
                municipalities.add(name);
            }
        }
        UUID id = UUID.randomUUID();
        store.insert(user.tenantId(), id, title, workshop.start(), workshop.end(), place, municipalities,
                user.personId(), clock.instant());
        return store.find(user.tenantId(), id).orElseThrow();
    }

    /** A workshop of the user's municipality, for its facilitators and the workshop's participants. */
    @Transactional(readOnly = true)
    public WorkshopView workshop(CurrentUser user, UUID id) {
        if (!user.hasRole(FACILITATOR) && !store.participates(user.tenantId(), id, user.personId())) {
            throw new NotFoundException(ENTITY);
        }
        return store.find(user.tenantId(), id).orElseThrow(() -> new NotFoundException(ENTITY));
    }

    /**
     * The city account as a member of a workshop: a facilitator of the municipality or a listed participant.
     *
     * @throws NotFoundException for anybody else, and for another municipality's workshop
     */
    @Transactional(readOnly = true)
    public WorkshopMember member(CurrentUser user, UUID workshopId) {
        WorkshopView workshop = workshop(user, workshopId);
        return new WorkshopMember(user.tenantId(), workshop.id(), user.personId(), user.displayName(), false,
                user.hasRole(FACILITATOR));
    }

    /**
     * Moves a workshop to a phase (facilitators); publishes {@link WorkshopPhaseChanged} and the stream's
     * {@code phase} if it changed. The change is conditional on the phase read: of two facilitators moving it
     * at once only one publishes; the other gets the workshop as it is if it is already in the phase asked
     * for, and a conflict otherwise.
     *
     * @throws ConflictException when another facilitator moved it to another phase meanwhile
     */
    @Transactional
    public WorkshopView changePhase(CurrentUser user, UUID id, WorkshopPhase phase) {
        if (!user.hasRole(FACILITATOR)) {
            throw new NotFoundException(ENTITY);
        }
        WorkshopView before = workshop(user, id);
        if (before.phase() == phase) {
            return before;
        }
        Instant now = clock.instant();
        if (!store.phase(user.tenantId(), id, before.phase(), phase, now)) {
            WorkshopView current = store.find(user.tenantId(), id).orElseThrow(() -> new NotFoundException(ENTITY));
            if (current.phase() == phase) {
                return current;
            }
            throw new ConflictException("lessons.workshop.phase.changed");
        }
        events.publishEvent(new WorkshopPhaseChanged(user.tenantId(), id, before.phase(), phase));
        hub.publish(topic(id), "phase", Map.of("workshopId", id.toString(), "from", before.phase().name(),
                "phase", phase.name()));
        return store.find(user.tenantId(), id).orElseThrow();
    }

    /** The topic of a workshop's stream ({@code phase}, {@code observation}, {@code proposal}). */
    public static String topic(UUID workshopId) {
        return "workshop:" + workshopId;
    }

    private static @Nullable String text(@Nullable String value, String field, boolean required) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            if (required) {
                throw new InvalidInputException(field, "lessons.text.required");
            }
            return null;
        }
        if (clean.length() > MAX_TITLE) {
            throw new InvalidInputException(field, "lessons.text.too-long");
        }
        return clean;
    }
}
