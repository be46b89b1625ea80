package de.lagezentrum.briefing.briefings;

import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.NotFoundException;

/**
 * Who may do what with briefings, in one place: the press office plans and changes them, admins read
 * them, the chair and the panel read theirs. Another municipality's briefing does not exist (404); one of
 * the own municipality is public anyway (its calendar), so others get 403.
 */
@Component
public class BriefingAccess {

    static final String PRESS_OFFICE = "PRESS_OFFICE";
    static final String ADMIN = "ADMIN";
    static final String JOURNALIST = "JOURNALIST";

    private final BriefingRepository briefings;
    private final BriefingSeriesRepository series;

    BriefingAccess(BriefingRepository briefings, BriefingSeriesRepository series) {
        this.briefings = briefings;
        this.series = series;
    }

    /** The press office only; everybody else gets 403. */
    public void requirePressOffice(CurrentUser user) {
        if (!user.hasRole(PRESS_OFFICE)) {
            throw new AccessDeniedException("Only the press office plans briefings");
        }
    }

    /** The press office and admins read every briefing; everybody else gets 403. */
    public void requireReader(CurrentUser user) {
        if (!mayReadAll(user)) {
            throw new AccessDeniedException("Only the press office and admins list briefings");
        }
    }

    public boolean mayReadAll(CurrentUser user) {
        return user.hasRole(PRESS_OFFICE) || user.hasRole(ADMIN);
    }

    /** A briefing of the user's municipality; 404 otherwise. */
    public Briefing find(CurrentUser user, UUID id) {
        return briefings.findByIdAndTenantId(id, user.tenantId()).orElseThrow(() -> new NotFoundException("Briefing"));
    }

    /** A series of the user's municipality; 404 otherwise. */
    public BriefingSeries findSeries(CurrentUser user, UUID id) {
        return series.findByIdAndTenantId(id, user.tenantId()).orElseThrow(() -> new NotFoundException("Series"));
    }

    /** A briefing the user may read: the press office's, an admin's, its chair's and panel's; 403 for others. */
    public Briefing readable(CurrentUser user, UUID id) {
        Briefing briefing = find(user, id);
        if (!mayReadAll(user) && !involves(briefing, user.personId())) {
            throw new AccessDeniedException("Not a briefing of this user");
        }
        return briefing;
    }

    /**
     * A briefing whose room the user may join: journalists of the municipality, the press office, its chair
     * and panel. For everybody else it does not exist (404), as the join page promises nothing to them.
     */
    public Briefing joinable(CurrentUser user, UUID id) {
        Briefing briefing = find(user, id);
        if (!user.hasRole(JOURNALIST) && !user.hasRole(PRESS_OFFICE) && !involves(briefing, user.personId())) {
            throw new NotFoundException("Briefing");
        }
        return briefing;
    }

    static boolean involves(Briefing briefing, UUID personId) {
        return personId.equals(briefing.chairId()) || briefing.panel().contains(personId);
    }
}
