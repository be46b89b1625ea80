package de.lagezentrum.live;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Who reads or writes an event's blog: a participant (by their token) or a member of the team (by their
 * account). Only {@link LiveBlog} makes one, after checking the token or the team, so holding one proves it.
 */
public final class BlogActor {

    private final EventView event;
    private final @Nullable UUID participantId;
    private final @Nullable UUID personId;
    private final @Nullable String name;
    private final boolean team;

    BlogActor(EventView event, @Nullable UUID participantId, @Nullable UUID personId, @Nullable String name,
            boolean team) {
        this.event = event;
        this.participantId = participantId;
        this.personId = personId;
        this.name = name;
        this.team = team;
    }

    /** The event, as it was when the actor was made. */
    public EventView event() {
        return event;
    }

    public UUID tenantId() {
        return event.tenantId();
    }

    public UUID eventId() {
        return event.id();
    }

    /** The participant, or null for a team member acting by their account. */
    public @Nullable UUID participantId() {
        return participantId;
    }

    /** The team member's person, or null for a participant. */
    public @Nullable UUID personId() {
        return personId;
    }

    /** The name the actor writes under; null for an anonymous participant. */
    public @Nullable String name() {
        return name;
    }

    /** Whether the actor is on the event's team (sees hidden content, moderates). */
    public boolean team() {
        return team;
    }

    /** Whether the actor wrote something by these authors. */
    public boolean wrote(@Nullable UUID authorParticipantId, @Nullable UUID authorPersonId) {
        return participantId != null && participantId.equals(authorParticipantId)
                || personId != null && personId.equals(authorPersonId);
    }
}
