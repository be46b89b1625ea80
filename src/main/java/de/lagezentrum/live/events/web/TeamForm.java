package de.lagezentrum.live.events.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import de.lagezentrum.live.TeamRole;

/** The host's form to put a person of the municipality on the event's team. */
public class TeamForm {

    private @Nullable UUID personId;
    private TeamRole role = TeamRole.CO_HOST;

    public @Nullable UUID getPersonId() {
        return personId;
    }

    public void setPersonId(@Nullable UUID personId) {
        this.personId = personId;
    }

    public TeamRole getRole() {
        return role;
    }

    public void setRole(TeamRole role) {
        this.role = role;
    }
}
