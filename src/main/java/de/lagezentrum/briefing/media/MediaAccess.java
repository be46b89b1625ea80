package de.lagezentrum.briefing.media;

import java.util.UUID;

import org.springframework.stereotype.Component;

import de.lagezentrum.briefing.briefings.Briefing;
import de.lagezentrum.briefing.briefings.BriefingAccess;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.NotFoundException;

/**
 * Who may do what with a briefing's media: the press office uploads and defines O-Töne; the press office,
 * admins, the briefing's chair and panel and the municipality's accredited journalists listen and download.
 * Another municipality's ids are not found (404); others of the municipality get 403, as for the briefing.
 */
@Component
public class MediaAccess {

    static final String JOURNALIST = "JOURNALIST";

    private final BriefingAccess briefings;
    private final MediaStore store;

    MediaAccess(BriefingAccess briefings, MediaStore store) {
        this.briefings = briefings;
        this.store = store;
    }

    /** The briefing, for the press office to add media to. */
    public Briefing forPressOffice(CurrentUser user, UUID briefingId) {
        briefings.requirePressOffice(user);
        return briefings.find(user, briefingId);
    }

    /** A medium of the municipality, for the press office to change. */
    public StoredMedium mediumForPressOffice(CurrentUser user, UUID id) {
        StoredMedium medium = find(user, id);
        briefings.requirePressOffice(user);
        return medium;
    }

    /** The briefing, for those who may listen to its media. */
    public Briefing forListener(CurrentUser user, UUID briefingId) {
        if (user.hasRole(JOURNALIST)) {
            return briefings.find(user, briefingId);
        }
        return briefings.readable(user, briefingId);
    }

    /** A medium, for those who may listen to its briefing's media. */
    public StoredMedium mediumForListener(CurrentUser user, UUID id) {
        StoredMedium medium = find(user, id);
        forListener(user, medium.briefingId());
        return medium;
    }

    private StoredMedium find(CurrentUser user, UUID id) {
        return store.find(user.tenantId(), id).orElseThrow(() -> new NotFoundException("Medium"));
    }
}
