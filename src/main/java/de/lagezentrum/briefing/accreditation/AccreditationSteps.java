package de.lagezentrum.briefing.accreditation;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import de.lagezentrum.briefing.AccreditationStatus;
import de.lagezentrum.platform.audit.AuditLog;
import de.lagezentrum.platform.security.CurrentUser;

/**
 * Every change of an accreditation's status, made the one way: moved in one guarded statement, then
 * kept in the accreditation's history (who, when, from, to, why) and in the platform's audit log, all in
 * the caller's transaction.
 */
@Component
public class AccreditationSteps {

    /** The entity type in the audit log. */
    public static final String ENTITY = "Accreditation";

    private final AccreditationStore store;
    private final AuditLog audit;
    private final Clock clock;

    AccreditationSteps(AccreditationStore store, AuditLog audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Moves the accreditation to {@code to} if it is in one of the {@code from} statuses (and, if given,
     * still in the version a link was made for), and records the step.
     *
     * @param actor the press office member; null for the journalist's own steps
     * @param note the question, reason or answer; may be null
     * @return false, changing nothing, when the accreditation was not in such a status or version
     */
    public boolean move(StoredAccreditation accreditation, Collection<AccreditationStatus> from,
            @Nullable Long version, AccreditationStatus to, @Nullable CurrentUser actor, @Nullable String note) {
        Instant now = clock.instant();
        if (!store.move(accreditation.tenantId(), accreditation.id(), from, version, to, now)) {
            return false;
        }
        store.history(accreditation.tenantId(), accreditation.id(), now, actor == null ? null : actor.personId(),
                actor == null ? accreditation.name() : actor.displayName(), accreditation.status(), to, note);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", to.name());
        if (note != null) {
            after.put("note", note);
        }
        audit.record(accreditation.tenantId(), "ACCREDITATION_" + to.name(), ENTITY, accreditation.id(),
                accreditation.summary(), Map.of("status", accreditation.status().name()), after);
        return true;
    }

    /** Records a new registration, awaiting confirmation. */
    public void registered(StoredAccreditation accreditation) {
        store.history(accreditation.tenantId(), accreditation.id(), accreditation.createdAt(), null,
                accreditation.name(), null, AccreditationStatus.PENDING_CONFIRMATION, null);
        audit.record(accreditation.tenantId(), "ACCREDITATION_REGISTERED", ENTITY, accreditation.id(),
                accreditation.summary(), null, Map.of("status", AccreditationStatus.PENDING_CONFIRMATION.name(),
                        "name", accreditation.name(), "outlet", accreditation.outlet(), "email", accreditation.email(),
                        "proof", accreditation.proofFileId() != null));
    }
}
