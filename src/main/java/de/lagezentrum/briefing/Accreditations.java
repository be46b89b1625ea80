package de.lagezentrum.briefing;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.lagezentrum.briefing.accreditation.AccreditationStore;
import de.lagezentrum.briefing.accreditation.Registrations;
import de.lagezentrum.briefing.accreditation.Reviews;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.platform.TenantDirectory;
import de.lagezentrum.platform.files.FileContent;
import de.lagezentrum.platform.files.FileRefusedException;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.ConflictException;
import de.lagezentrum.platform.web.NotFoundException;
import de.lagezentrum.platform.web.PageRequest;
import de.lagezentrum.platform.web.PageResult;

/**
 * The briefing module's facade for accreditations. Journalists register publicly, confirm their address
 * by a signed, expiring link and answer the press office's questions by another; the press office
 * ({@code PRESS_OFFICE} only) reviews: approves (the journalist gets a {@code JOURNALIST} account),
 * asks for more, or rejects. Every step is kept in the accreditation's history and in the audit log.
 *
 * <p>Registration answers the same whatever is known about the address; only the mail that address
 * receives differs, and mails leave after the commit on another thread.
 */
@Service
public class Accreditations {

    private final Registrations registrations;
    private final Reviews reviews;
    private final AccreditationStore store;
    private final TenantDirectory tenants;

    Accreditations(Registrations registrations, Reviews reviews, AccreditationStore store, TenantDirectory tenants) {
        this.registrations = registrations;
        this.reviews = reviews;
        this.store = store;
        this.tenants = tenants;
    }

    /**
     * Registers a journalist; the confirmation link follows by mail. Public: the registration belongs to
     * the signed-in caller's municipality, or, for anonymous callers, to the one that answers anonymous
     * visitors. An address that is registered already gets a mail saying so (or, unconfirmed, a new link)
     * and nothing is stored.
     *
     * @param proof a press card or assignment (PDF or image); may be null
     * @param locale the language of the journalist's mails
     * @throws FileRefusedException for a proof that is too large or of another type; nothing is stored
     */
    @Transactional
    public void register(@Nullable CurrentUser caller, NewAccreditation registration, @Nullable ProofDocument proof,
            Locale locale) {
        registrations.register(caller != null ? caller.tenantId() : tenants.defaultTenantId(), registration, proof,
                locale);
    }

    /** Whether a confirmation link works ({@link LinkState#OPEN}), without using it. Public. */
    @Transactional(readOnly = true)
    public LinkState checkConfirmation(String token) {
        return registrations.checkConfirmation(token);
    }

    /**
     * Confirms the address of a link's registration ({@link LinkState#DONE}); it then waits for the press
     * office, who are notified. Public. A forged, expired or used link changes nothing.
     */
    @Transactional
    public LinkState confirm(String token) {
        return registrations.confirm(token);
    }

    /** The press office's question an answer link leads to, if the link works. Public. */
    @Transactional(readOnly = true)
    public OpenQuestion question(String token) {
        return registrations.question(token);
    }

    /**
     * Adds the journalist's answer through the link ({@link LinkState#DONE}); the accreditation waits for
     * the press office again. Public. A forged, expired or used link changes nothing.
     */
    @Transactional
    public LinkState answer(String token, AdditionalInformation information) {
        return registrations.answer(token, information);
    }

    /** One page of the municipality's accreditations in a status, oldest registration first. */
    @Transactional(readOnly = true)
    public PageResult<AccreditationView> list(CurrentUser actor, AccreditationStatus status, PageRequest page) {
        requirePressOffice(actor);
        return new PageResult<>(store.withStatus(actor.tenantId(), status, page.offset(), page.size()), page.page(),
                page.size(), store.counts(actor.tenantId()).get(status));
    }

    /** How many accreditations of the municipality each status has, zero included. */
    @Transactional(readOnly = true)
    public Map<AccreditationStatus, Long> counts(CurrentUser actor) {
        requirePressOffice(actor);
        return store.counts(actor.tenantId());
    }

    /**
     * An accreditation with its history.
     *
     * @throws NotFoundException for an unknown id or another municipality's
     */
    @Transactional(readOnly = true)
    public AccreditationDetails details(CurrentUser actor, UUID id) {
        requirePressOffice(actor);
        return new AccreditationDetails(reviews.find(actor, id).view(), store.historyOf(actor.tenantId(), id));
    }

    /**
     * Approves an accreditation: the journalist gets a {@code JOURNALIST} account (its person is in the
     * answer's {@code personId}) and by mail a link to set its password.
     *
     * @throws ConflictException when it is not open for a decision (unconfirmed, approved, rejected)
     * @throws NotFoundException for an unknown id or another municipality's
     */
    @Transactional
    public AccreditationView approve(CurrentUser actor, UUID id) {
        requirePressOffice(actor);
        return reviews.approve(actor, id).view();
    }

    /**
     * Asks the journalist for more information; the question is mailed with a link to answer it.
     *
     * @throws ConflictException when it is not open for a decision
     * @throws NotFoundException for an unknown id or another municipality's
     */
    @Transactional
    public AccreditationView requestInformation(CurrentUser actor, UUID id, RequestForInformation request) {
        requirePressOffice(actor);
        return reviews.requestInformation(actor, id, request.message()).view();
    }

    /**
     * Rejects an accreditation; the reason is mailed to the journalist.
     *
     * @throws ConflictException when it is not open for a decision
     * @throws NotFoundException for an unknown id or another municipality's
     */
    @Transactional
    public AccreditationView reject(CurrentUser actor, UUID id, Rejection rejection) {
        requirePressOffice(actor);
        return reviews.reject(actor, id, rejection.reason()).view();
    }

    /**
     * The proof uploaded with the registration, to be served with {@code FileResponses}.
     *
     * @throws NotFoundException when there is none, or for another municipality's accreditation
     */
    @Transactional(readOnly = true)
    public FileContent proof(CurrentUser actor, UUID id) {
        requirePressOffice(actor);
        return reviews.proof(actor, id);
    }

    /** Accreditations are the press office's work; admins manage accounts, not the press's admission. */
    private static void requirePressOffice(CurrentUser actor) {
        if (!actor.hasRole(Role.PRESS_OFFICE.name())) {
            throw new AccessDeniedException("Accreditations are the press office's");
        }
    }
}
