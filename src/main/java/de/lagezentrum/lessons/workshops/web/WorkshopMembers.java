package de.lagezentrum.lessons.workshops.web;

import java.util.UUID;

import org.springframework.stereotype.Component;

import de.lagezentrum.lessons.WorkshopMember;
import de.lagezentrum.lessons.Workshops;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.NotFoundException;

/**
 * The one place that says who a request is on a workshop's board: the signed-in city account as a member
 * ({@link Workshops#member}). For anybody else, and another municipality's workshop, the workshop does not
 * exist (404).
 */
// merge: guests (invitation cookie, issue 11 point 5) are to be resolved here as well; not done yet.
@Component
public class WorkshopMembers {

    private final Workshops workshops;

    WorkshopMembers(Workshops workshops) {
        this.workshops = workshops;
    }

    /** The member of the request for the workshop. */
    public WorkshopMember member(UUID workshopId) {
        return workshops.member(CurrentUser.current().orElseThrow(() -> new NotFoundException("Workshop")),
                workshopId);
    }
}
