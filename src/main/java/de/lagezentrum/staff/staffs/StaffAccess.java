package de.lagezentrum.staff.staffs;

import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.NotFoundException;
import de.lagezentrum.staff.SessionView;
import de.lagezentrum.staff.sessions.SessionSchedule;

/** The staff rule in one place: members see everything, the lead changes things, others find nothing. */
@Component
public class StaffAccess {

    private final StaffRepository staffs;
    private final SessionSchedule schedule;

    StaffAccess(StaffRepository staffs, SessionSchedule schedule) {
        this.staffs = staffs;
        this.schedule = schedule;
    }

    /** A session of a staff the user belongs to; otherwise "not found". */
    public SessionView memberSession(CurrentUser user, UUID sessionId) {
        SessionView session = schedule.session(user.tenantId(), sessionId)
                .orElseThrow(() -> new NotFoundException("Session"));
        membersOnly(user, session.staffId());
        return session;
    }

    /** The staff if the user belongs to it; otherwise "not found", as if it did not exist. */
    public Staff membersOnly(CurrentUser user, UUID staffId) {
        return staffs.findByIdAndTenantId(staffId, user.tenantId())
                .filter(staff -> staff.hasMember(user.personId()))
                .orElseThrow(() -> new NotFoundException("Staff"));
    }

    /** The staff if the user leads it; members get 403, others 404. */
    public Staff leadOnly(CurrentUser user, UUID staffId) {
        Staff staff = membersOnly(user, staffId);
        if (!staff.isLead(user.personId())) {
            throw new AccessDeniedException("Only the staff lead may do this");
        }
        return staff;
    }
}
