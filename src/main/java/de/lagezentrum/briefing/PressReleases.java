package de.lagezentrum.briefing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.lagezentrum.briefing.briefings.BriefingAccess;
import de.lagezentrum.briefing.briefings.BriefingRepository;
import de.lagezentrum.briefing.press.PressReleaseStore;
import de.lagezentrum.briefing.press.PressReleaseStore.StoredPressRelease;
import de.lagezentrum.briefing.press.PressRules;
import de.lagezentrum.briefing.press.PublicReads;
import de.lagezentrum.platform.audit.AuditLog;
import de.lagezentrum.platform.documents.Markdown;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.security.PublicPageChanged;
import de.lagezentrum.platform.web.ConflictException;
import de.lagezentrum.platform.web.InvalidInputException;
import de.lagezentrum.platform.web.NotFoundException;

/**
 * Press releases (Pressemitteilungen): the press office writes a draft (title, Markdown text, optionally
 * the briefing it belongs to), previews it as the public will see it, publishes it, corrects it, and
 * withdraws it with a reason. Only published ones are public; every step is in the audit log.
 */
@Service
public class PressReleases {

    /** The most the press office's list shows. */
    public static final int LIST_LIMIT = 200;

    private final BriefingAccess access;
    private final BriefingRepository briefings;
    private final PressReleaseStore store;
    private final PublicReads reads;
    private final Markdown markdown;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PressReleases(BriefingAccess access, BriefingRepository briefings, PressReleaseStore store, PublicReads reads,
            Markdown markdown, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.briefings = briefings;
        this.store = store;
        this.reads = reads;
        this.markdown = markdown;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A new draft; the press office only.
     *
     * @throws InvalidInputException for a missing or too long title or text, or a briefing it does not know
     */
    @Transactional
    public PressReleaseView draft(CurrentUser user, NewPressRelease command) {
        access.requirePressOffice(user);
        Text text = text(user, command);
        UUID id = UUID.randomUUID();
        store.insert(user.tenantId(), id, text.title(), text.body(), command.briefingId(), clock.instant());
        audit.record(user.tenantId(), "PRESS_RELEASE_DRAFTED", "PressRelease", id, text.title(), null,
                Map.of("title", text.title(), "body", text.body()));
        return release(user, id);
    }

    /**
     * New text; a published release changes in public at once (a correction). The press office only.
     *
     * @throws ConflictException when it changed since {@code command.version()}
     */
    @Transactional
    public PressReleaseView revise(CurrentUser user, UUID id, NewPressRelease command) {
        PressReleaseView before = release(user, id);
        Text text = text(user, command);
        if (!store.revise(user.tenantId(), id, text.title(), text.body(), command.briefingId(), command.version(),
                clock.instant())) {
            throw new ConflictException("problem.concurrent-change");
        }
        audit.record(user.tenantId(), "PRESS_RELEASE_CHANGED", "PressRelease", id, text.title(),
                Map.of("title", before.title(), "body", before.body()), Map.of("title", text.title(), "body", text.body()));
        if (before.isPublic()) {
            events.publishEvent(new PublicPageChanged(BriefingSeriesManagement.PRESS_PAGES));
        }
        return release(user, id);
    }

    /** Makes it public (again); publishing a public one changes nothing. The press office only. */
    @Transactional
    public PressReleaseView publish(CurrentUser user, UUID id) {
        PressReleaseView before = release(user, id);
        if (store.publish(user.tenantId(), id, clock.instant())) {
            audit.record(user.tenantId(), "PRESS_RELEASE_PUBLISHED", "PressRelease", id, before.title(),
                    Map.of("status", before.status().name()), Map.of("status", PressReleaseStatus.PUBLISHED.name()));
            events.publishEvent(new PressReleasePublished(user.tenantId(), id));
            events.publishEvent(new PublicPageChanged(BriefingSeriesManagement.PRESS_PAGES));
        }
        return release(user, id);
    }

    /**
     * Takes a public release back with a reason; the press office only.
     *
     * @throws ConflictException when it is not public
     */
    @Transactional
    public PressReleaseView withdraw(CurrentUser user, UUID id, @Nullable String reason) {
        PressReleaseView before = release(user, id);
        String why = PressRules.required("reason", reason, PressRules.REASON);
        if (!store.withdraw(user.tenantId(), id, why, clock.instant())) {
            throw new ConflictException("press.withdraw.not-published");
        }
        audit.record(user.tenantId(), "PRESS_RELEASE_WITHDRAWN", "PressRelease", id, before.title(),
                Map.of("status", before.status().name()),
                Map.of("status", PressReleaseStatus.WITHDRAWN.name(), "reason", why));
        events.publishEvent(new PressReleaseWithdrawn(user.tenantId(), id, why));
        events.publishEvent(new PublicPageChanged(BriefingSeriesManagement.PRESS_PAGES));
        return release(user, id);
    }

    /** Refuses (403) anybody but the press office, e.g. before showing the form for a new release. */
    public void requireWriter(CurrentUser user) {
        access.requirePressOffice(user);
    }

    /** One release, whatever its status; the press office only. */
    @Transactional(readOnly = true)
    public PressReleaseView release(CurrentUser user, UUID id) {
        access.requirePressOffice(user);
        return store.find(user.tenantId(), id).map(this::view).orElseThrow(() -> new NotFoundException("PressRelease"));
    }

    /** Every release of the municipality, last changed first; the press office only. */
    @Transactional(readOnly = true)
    public List<PressReleaseView> releases(CurrentUser user) {
        access.requirePressOffice(user);
        return store.all(user.tenantId(), LIST_LIMIT).stream().map(this::view).toList();
    }

    /**
     * A published release of the municipality that answers anonymous visitors.
     *
     * @throws NotFoundException when there is none, or it is not public
     */
    public PressReleaseView publicRelease(UUID id) {
        return reads.read(tenantId -> store.find(tenantId, id).filter(found -> found.status() == PressReleaseStatus.PUBLISHED)
                .map(this::view)).orElseThrow(() -> new NotFoundException("PressRelease"));
    }

    PressReleaseView view(StoredPressRelease stored) {
        return new PressReleaseView(stored.id(), stored.title(), stored.body(), markdown.html(stored.body()),
                stored.briefingId(), stored.status(), stored.publishedAt(), stored.withdrawnAt(), stored.withdrawReason(),
                stored.changedAt(), stored.version());
    }

    private Text text(CurrentUser user, NewPressRelease command) {
        String title = PressRules.required("title", command.title(), PressRules.TITLE);
        String body = PressRules.required("body", command.body(), PressRules.BODY);
        if (command.briefingId() != null && briefings.findByIdAndTenantId(command.briefingId(), user.tenantId()).isEmpty()) {
            throw new InvalidInputException("briefingId", "press.release.briefing.unknown");
        }
        return new Text(title, body);
    }

    private record Text(String title, String body) {
    }
}
