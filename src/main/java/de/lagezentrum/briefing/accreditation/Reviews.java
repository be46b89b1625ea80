package de.lagezentrum.briefing.accreditation;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import de.lagezentrum.briefing.AccreditationStatus;
import de.lagezentrum.briefing.JournalistAccredited;
import de.lagezentrum.briefing.accreditation.AccreditationMailDue.Mail;
import de.lagezentrum.organisation.PeopleManagement;
import de.lagezentrum.organisation.PersonView;
import de.lagezentrum.platform.files.FileContent;
import de.lagezentrum.platform.files.FileId;
import de.lagezentrum.platform.files.FileStore;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.ConflictException;
import de.lagezentrum.platform.web.NotFoundException;

/**
 * The press office's decisions on accreditations of its municipality, in the caller's transaction. A
 * decision needs an open accreditation (confirmed, not yet approved or rejected); otherwise it is a
 * conflict and changes nothing.
 */
@Component
public class Reviews {

    private static final List<AccreditationStatus> OPEN =
            List.of(AccreditationStatus.PENDING, AccreditationStatus.MORE_INFORMATION_REQUESTED);

    private final AccreditationStore store;
    private final AccreditationSteps steps;
    private final PeopleManagement people;
    private final FileStore files;
    private final ApplicationEventPublisher events;

    Reviews(AccreditationStore store, AccreditationSteps steps, PeopleManagement people, FileStore files,
            ApplicationEventPublisher events) {
        this.store = store;
        this.steps = steps;
        this.people = people;
        this.files = files;
        this.events = events;
    }

    /** The accreditation of the caller's municipality; another municipality's is not found. */
    public StoredAccreditation find(CurrentUser actor, UUID id) {
        return store.find(actor.tenantId(), id).orElseThrow(() -> new NotFoundException(AccreditationSteps.ENTITY));
    }

    /** Approves: the journalist gets a {@code JOURNALIST} account, with a set-password link by mail. */
    public StoredAccreditation approve(CurrentUser actor, UUID id) {
        StoredAccreditation accreditation = decide(actor, id, AccreditationStatus.APPROVED, null);
        PersonView journalist = people.createJournalist(actor, accreditation.name(), accreditation.email(),
                accreditation.outlet());
        store.approved(actor.tenantId(), id, journalist.id());
        events.publishEvent(new JournalistAccredited(actor.tenantId(), id, journalist.id()));
        return find(actor, id);
    }

    /** Asks the journalist for more; they get the question with a link to answer it. */
    public StoredAccreditation requestInformation(CurrentUser actor, UUID id, String message) {
        StoredAccreditation accreditation = decide(actor, id, AccreditationStatus.MORE_INFORMATION_REQUESTED, message);
        events.publishEvent(new AccreditationMailDue(actor.tenantId(), id, Mail.INFORMATION_REQUESTED,
                accreditation.language(), actor.tenantName()));
        return find(actor, id);
    }

    /** Rejects; the journalist gets the reason. */
    public StoredAccreditation reject(CurrentUser actor, UUID id, String reason) {
        StoredAccreditation accreditation = decide(actor, id, AccreditationStatus.REJECTED, reason);
        events.publishEvent(new AccreditationMailDue(actor.tenantId(), id, Mail.REJECTED, accreditation.language(),
                actor.tenantName()));
        return find(actor, id);
    }

    /** The uploaded proof; not found when there is none. */
    public FileContent proof(CurrentUser actor, UUID id) {
        StoredAccreditation accreditation = find(actor, id);
        if (accreditation.proofFileId() == null) {
            throw new NotFoundException("Proof");
        }
        return files.open(actor.tenantId(), new FileId(accreditation.proofFileId()));
    }

    private StoredAccreditation decide(CurrentUser actor, UUID id, AccreditationStatus to, @Nullable String note) {
        StoredAccreditation before = find(actor, id);
        if (!steps.move(before, OPEN, null, to, actor, note == null ? null : note.strip())) {
            throw new ConflictException("accreditation.conflict.decided");
        }
        return before;
    }
}
