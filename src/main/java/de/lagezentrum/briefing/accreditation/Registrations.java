package de.lagezentrum.briefing.accreditation;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import de.lagezentrum.briefing.AccreditationConfirmed;
import de.lagezentrum.briefing.AccreditationStatus;
import de.lagezentrum.briefing.AdditionalInformation;
import de.lagezentrum.briefing.LinkState;
import de.lagezentrum.briefing.NewAccreditation;
import de.lagezentrum.briefing.OpenQuestion;
import de.lagezentrum.briefing.ProofDocument;
import de.lagezentrum.briefing.accreditation.AccreditationLinks.Checked;
import de.lagezentrum.briefing.accreditation.AccreditationLinks.Purpose;
import de.lagezentrum.briefing.accreditation.AccreditationMailDue.Mail;
import de.lagezentrum.platform.database.TenantScope;
import de.lagezentrum.platform.files.AcceptedTypes;
import de.lagezentrum.platform.files.FileId;
import de.lagezentrum.platform.files.FileStore;
import de.lagezentrum.platform.files.UploadInterruptedException;

/**
 * The journalist's steps, all without an account: registering, confirming the address and answering
 * the press office's question through the mailed links. Runs in the caller's transaction.
 */
@Component
public class Registrations {

    /** The largest proof (press card, assignment) a registration may carry. */
    public static final DataSize PROOF_MAX = DataSize.ofMegabytes(10);

    /** What a proof may be, told by its content: PDF or a picture. */
    public static final AcceptedTypes PROOF_TYPES = AcceptedTypes.DOCUMENTS_AND_IMAGES;

    private final AccreditationStore store;
    private final AccreditationSteps steps;
    private final AccreditationLinks links;
    private final FileStore files;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Registrations(AccreditationStore store, AccreditationSteps steps, AccreditationLinks links, FileStore files,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.steps = steps;
        this.links = links;
        this.files = files;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Stores a new registration with its proof and has the confirmation link mailed; for an address that
     * has a registration already, stores nothing (the proof is deleted again) and has the mail sent that
     * its state calls for. Either way exactly one mail is due, after the commit.
     */
    public void register(UUID tenantId, NewAccreditation registration, @Nullable ProofDocument proof, Locale locale) {
        String language = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "en" : "de";
        NewAccreditation clean = new NewAccreditation(registration.name().strip(), registration.outlet().strip(),
                registration.email().strip());
        TenantScope.run(tenantId, () -> {
            FileId proofId = proof == null ? null : store(tenantId, proof);
            UUID id = UUID.randomUUID();
            if (store.insert(tenantId, id, clean, language, clock.instant())) {
                if (proofId != null) {
                    store.attachProof(tenantId, id, proofId.value());
                }
                steps.registered(store.find(tenantId, id).orElseThrow());
                events.publishEvent(new AccreditationMailDue(tenantId, id, Mail.CONFIRM, language, ""));
                return;
            }
            if (proofId != null) {
                files.delete(tenantId, proofId);
            }
            store.openByEmail(tenantId, clean.email()).ifPresent(known -> events.publishEvent(
                    new AccreditationMailDue(tenantId, known.id(), mailFor(known.status()), language, "")));
        });
    }

    private static Mail mailFor(AccreditationStatus status) {
        return switch (status) {
            case PENDING_CONFIRMATION -> Mail.CONFIRM;
            case APPROVED -> Mail.ALREADY_ACCREDITED;
            default -> Mail.ALREADY_REGISTERED;
        };
    }

    private FileId store(UUID tenantId, ProofDocument proof) {
        try (InputStream content = proof.content().getInputStream()) {
            return files.store(tenantId, content, proof.name(), PROOF_MAX.toBytes(), PROOF_TYPES).id();
        }
        catch (IOException e) {
            throw new UploadInterruptedException(e);
        }
    }

    /** Whether a confirmation link still works, without using it. */
    public LinkState checkConfirmation(String token) {
        return resolve(Purpose.CONFIRM, token, AccreditationStatus.PENDING_CONFIRMATION).state();
    }

    /** Confirms the address: the accreditation then waits for the press office, who are notified. */
    public LinkState confirm(String token) {
        return moveToPending(resolve(Purpose.CONFIRM, token, AccreditationStatus.PENDING_CONFIRMATION), null);
    }

    /** The press office's question an answer link leads to, if the link still works. */
    public OpenQuestion question(String token) {
        Resolved resolved = resolve(Purpose.ANSWER, token, AccreditationStatus.MORE_INFORMATION_REQUESTED);
        StoredAccreditation found = resolved.accreditation();
        if (found == null) {
            return OpenQuestion.closed(resolved.state());
        }
        return TenantScope.call(found.tenantId(), () -> new OpenQuestion(LinkState.OPEN, found.name(),
                store.latestNote(found.tenantId(), found.id(), AccreditationStatus.MORE_INFORMATION_REQUESTED)
                        .orElse("")));
    }

    /** Adds the journalist's answer: the accreditation waits for the press office again, who are notified. */
    public LinkState answer(String token, AdditionalInformation information) {
        return moveToPending(resolve(Purpose.ANSWER, token, AccreditationStatus.MORE_INFORMATION_REQUESTED),
                information.text().strip());
    }

    /** The journalist's step back to the press office: from the status the link was sent in, in its version. */
    private LinkState moveToPending(Resolved resolved, @Nullable String answer) {
        StoredAccreditation found = resolved.accreditation();
        if (found == null) {
            return resolved.state();
        }
        return TenantScope.call(found.tenantId(), () -> {
            if (!steps.move(found, List.of(found.status()), found.version(), AccreditationStatus.PENDING, null,
                    answer)) {
                return LinkState.USED;
            }
            events.publishEvent(new AccreditationConfirmed(found.tenantId(), found.id(), answer != null));
            return LinkState.DONE;
        });
    }

    /**
     * Checks the link and, within its municipality, that its accreditation is still where the link was sent
     * from: in the expected status and the link's version. A used link finds it moved on.
     */
    private Resolved resolve(Purpose purpose, String token, AccreditationStatus expected) {
        Checked checked = links.check(purpose, token);
        AccreditationLinks.Link link = checked.link();
        if (link == null) {
            return new Resolved(checked.state(), null);
        }
        return TenantScope.call(link.tenantId(), () -> store.find(link.tenantId(), link.accreditationId())
                .map(found -> found.status() == expected && found.version() == link.version()
                        ? new Resolved(LinkState.OPEN, found) : new Resolved(LinkState.USED, null))
                .orElse(new Resolved(LinkState.INVALID, null)));
    }

    /** A link's state, with its accreditation when it is open. */
    private record Resolved(LinkState state, @Nullable StoredAccreditation accreditation) {
    }
}
