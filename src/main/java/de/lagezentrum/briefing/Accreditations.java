package de.lagezentrum.briefing;

import java.time.Clock;
import java.time.Instant;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.lagezentrum.briefing.accreditation.AccreditationMails;
import de.lagezentrum.briefing.accreditation.AccreditationStore;
import de.lagezentrum.briefing.accreditation.ConfirmationLinks;
import de.lagezentrum.organisation.PeopleManagement;
import de.lagezentrum.organisation.PersonView;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.platform.TenantDirectory;
import de.lagezentrum.platform.audit.AuditLog;
import de.lagezentrum.platform.database.TenantScope;
import de.lagezentrum.platform.notification.Notifications;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.ConflictException;
import de.lagezentrum.platform.web.NotFoundException;
import de.lagezentrum.platform.web.PageRequest;
import de.lagezentrum.platform.web.PageResult;

/**
 * The briefing module's facade for accreditations: journalists register publicly and confirm their
 * address by a signed link; the press office reviews (approve, ask for more, reject). Every step is
 * kept in the accreditation's history and in the audit log. Registration answers the same whatever is
 * known about the address: what differs is only the mail that address receives.
 */
@Service
public class Accreditations {

    private static final Logger log = LoggerFactory.getLogger(Accreditations.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm");
    private static final List<AccreditationStatus> OPEN =
            List.of(AccreditationStatus.PENDING, AccreditationStatus.MORE_INFO);
    private static final String ENTITY = "Accreditation";

    private final AccreditationStore store;
    private final ConfirmationLinks links;
    private final AccreditationMails mails;
    private final PeopleManagement people;
    private final Notifications notifications;
    private final AuditLog audit;
    private final TenantDirectory tenants;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Accreditations(AccreditationStore store, ConfirmationLinks links, AccreditationMails mails,
            PeopleManagement people, Notifications notifications, AuditLog audit, TenantDirectory tenants,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.links = links;
        this.mails = mails;
        this.people = people;
        this.notifications = notifications;
        this.audit = audit;
        this.tenants = tenants;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Registers a journalist and mails the confirmation link. Public: the registration belongs to the
     * caller's municipality, or for anonymous callers to the one that answers anonymous visitors. For an
     * address already registered nothing new is stored: an unconfirmed one gets a fresh link, a pending
     * or accredited one a notice. With the honeypot filled in, nothing is stored or mailed.
     */
    @Transactional
    public void register(@Nullable UUID tenantId, NewAccreditation registration, Locale locale) {
        if (registration.website() != null && !registration.website().isBlank()) {
            log.info("Accreditation with the honeypot filled in ignored");
            return;
        }
        UUID tenant = tenantId != null ? tenantId : tenants.defaultTenantId();
        String name = registration.name().strip();
        String outlet = registration.outlet().strip();
        String email = registration.email().strip();
        TenantScope.run(tenant, () -> {
            Instant now = clock.instant();
            UUID id = UUID.randomUUID();
            if (store.insert(tenant, id, name, outlet, email, now)) {
                store.history(tenant, id, now, null, name, null, AccreditationStatus.UNCONFIRMED, null);
                audit.record(tenant, "REGISTERED", ENTITY, id, name + " (" + outlet + ")", null, null);
                mailLink(tenant, id, name, email, locale);
                return;
            }
            AccreditationView known = store.openByEmail(tenant, email).orElseThrow();
            if (known.status() == AccreditationStatus.UNCONFIRMED) {
                mailLink(tenant, known.id(), known.name(), known.email(), locale);
            }
            else {
                mails.afterCommit(known.email(), "accreditation.mail.known", locale, known.name(),
                        mails.link("/presse/akkreditierung"));
            }
        });
    }

    private void mailLink(UUID tenant, UUID id, String name, String email, Locale locale) {
        String token = links.issue(tenant, id);
        String until = WHEN.format(clock.instant().plus(ConfirmationLinks.LIFETIME).atZone(tenants.timeZone(tenant)));
        mails.afterCommit(email, "accreditation.mail.confirm", locale, name,
                mails.link("/presse/akkreditierung/bestaetigen?token=" + token), until);
    }

    /**
     * Confirms an address by its link: the registration then waits for the press office, whose people
     * are notified. Public. A forged, expired or used link changes nothing.
     */
    @Transactional
    public ConfirmationResult confirm(String token) {
        var verified = links.verify(token);
        if (verified.isEmpty()) {
            return ConfirmationResult.INVALID;
        }
        var link = verified.get();
        if (links.expired(link)) {
            return ConfirmationResult.EXPIRED;
        }
        UUID tenant = link.tenantId();
        return TenantScope.call(tenant, () -> {
            Instant now = clock.instant();
            var found = store.find(tenant, link.accreditationId());
            if (found.isEmpty() || !store.move(tenant, link.accreditationId(),
                    List.of(AccreditationStatus.UNCONFIRMED), AccreditationStatus.PENDING, now)) {
                return ConfirmationResult.INVALID;
            }
            AccreditationView accreditation = found.get();
            store.history(tenant, accreditation.id(), now, null, accreditation.name(),
                    AccreditationStatus.UNCONFIRMED, AccreditationStatus.PENDING, null);
            audit.record(tenant, "CONFIRMED", ENTITY, accreditation.id(), summary(accreditation), null, null);
            notifications.send(tenant, people.peopleWithRole(tenant, Role.PRESS_OFFICE),
                    "notification.accreditation.pending", List.of(accreditation.name(), accreditation.outlet()),
                    "/presse/akkreditierungen/" + accreditation.id());
            return ConfirmationResult.CONFIRMED;
        });
    }

    /** One page of the municipality's accreditations in a status, oldest first. Press office only. */
    @Transactional(readOnly = true)
    public PageResult<AccreditationView> list(CurrentUser actor, AccreditationStatus status, PageRequest page) {
        requirePressOffice(actor);
        return new PageResult<>(store.withStatus(actor.tenantId(), status, page.offset(), page.size()), page.page(),
                page.size(), store.countWithStatus(actor.tenantId(), status));
    }

    /** An accreditation with its history. Press office only; another municipality's is not found. */
    @Transactional(readOnly = true)
    public AccreditationDetails details(CurrentUser actor, UUID id) {
        requirePressOffice(actor);
        AccreditationView accreditation = find(actor, id);
        return new AccreditationDetails(accreditation, store.historyOf(actor.tenantId(), id));
    }

    /**
     * Approves a pending accreditation: the journalist gets a {@code JOURNALIST} account and, by mail, a
     * set-password link. Press office only; 409 ({@link ConflictException}) once decided.
     */
    @Transactional
    public AccreditationView approve(CurrentUser actor, UUID id) {
        requirePressOffice(actor);
        AccreditationView before = find(actor, id);
        decide(actor, before, AccreditationStatus.APPROVED, null);
        PersonView journalist = people.createJournalist(actor, before.name(), before.email(), before.outlet());
        store.approved(actor.tenantId(), id, journalist.id());
        events.publishEvent(new JournalistAccredited(actor.tenantId(), id, journalist.id()));
        mails.afterCommit(before.email(), "accreditation.mail.approved", Locale.GERMAN, before.name());
        return find(actor, id);
    }

    /** Asks the journalist for more information (mailed). Press office only; 409 once decided. */
    @Transactional
    public AccreditationView askForMore(CurrentUser actor, UUID id, ReviewNote question) {
        requirePressOffice(actor);
        AccreditationView before = find(actor, id);
        decide(actor, before, AccreditationStatus.MORE_INFO, question.text().strip());
        mails.afterCommit(before.email(), "accreditation.mail.more-info", Locale.GERMAN, before.name(),
                question.text().strip(), actor.tenantName());
        return find(actor, id);
    }

    /** Rejects an accreditation with a reason (mailed). Press office only; 409 once decided. */
    @Transactional
    public AccreditationView reject(CurrentUser actor, UUID id, ReviewNote reason) {
        requirePressOffice(actor);
        AccreditationView before = find(actor, id);
        decide(actor, before, AccreditationStatus.REJECTED, reason.text().strip());
        mails.afterCommit(before.email(), "accreditation.mail.rejected", Locale.GERMAN, before.name(),
                reason.text().strip(), actor.tenantName());
        return find(actor, id);
    }

    private void decide(CurrentUser actor, AccreditationView before, AccreditationStatus to, @Nullable String reason) {
        Instant now = clock.instant();
        if (!store.move(actor.tenantId(), before.id(), OPEN, to, now)) {
            throw new ConflictException("accreditation.conflict.decided");
        }
        store.history(actor.tenantId(), before.id(), now, actor.personId(), actor.displayName(), before.status(), to,
                reason);
        audit.record(actor.tenantId(), to.name(), ENTITY, before.id(), summary(before),
                Map.of("status", before.status().name()),
                reason == null ? Map.of("status", to.name())
                        : Map.of("status", to.name(), "reason", reason));
    }

    private AccreditationView find(CurrentUser actor, UUID id) {
        return store.find(actor.tenantId(), id).orElseThrow(() -> new NotFoundException(ENTITY));
    }

    private static String summary(AccreditationView accreditation) {
        return accreditation.name() + " (" + accreditation.outlet() + ")";
    }

    private static void requirePressOffice(CurrentUser actor) {
        if (!actor.hasRole(Role.PRESS_OFFICE.name())) {
            throw new AccessDeniedException("Accreditations are the press office's");
        }
    }
}
