package de.lagezentrum.briefing.accreditation;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import de.lagezentrum.briefing.AccreditationConfirmed;
import de.lagezentrum.organisation.PeopleManagement;
import de.lagezentrum.organisation.PersonView;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.platform.notification.Notifications;

/**
 * Tells the press office in the app when an accreditation waits for its review: after the journalist
 * confirmed the address or answered a question. After the commit, and again after a crash.
 */
@Component
class ReviewNotifications {

    /** Where the notification leads: the accreditation's review page. */
    static final String REVIEW_PATH = "/pressestelle/akkreditierungen/";

    private final AccreditationStore store;
    private final PeopleManagement people;
    private final Notifications notifications;

    ReviewNotifications(AccreditationStore store, PeopleManagement people, Notifications notifications) {
        this.store = store;
        this.people = people;
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(AccreditationConfirmed confirmed) {
        StoredAccreditation accreditation = store.find(confirmed.tenantId(), confirmed.accreditationId())
                .orElseThrow();
        notifications.send(confirmed.tenantId(), people.activePeopleWithRole(confirmed.tenantId(), Role.PRESS_OFFICE).stream()
                .map(PersonView::id).toList(),
                confirmed.answered() ? "notification.accreditation.answered" : "notification.accreditation.pending",
                List.of(accreditation.name(), accreditation.outlet()), REVIEW_PATH + accreditation.id());
    }
}
