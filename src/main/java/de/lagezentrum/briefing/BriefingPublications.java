package de.lagezentrum.briefing;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.lagezentrum.briefing.briefings.Briefing;
import de.lagezentrum.briefing.briefings.BriefingAccess;
import de.lagezentrum.briefing.briefings.BriefingRepository;
import de.lagezentrum.briefing.briefings.BriefingViews;
import de.lagezentrum.briefing.press.PressRules;
import de.lagezentrum.briefing.press.PublicReads;
import de.lagezentrum.briefing.press.PublicationStore;
import de.lagezentrum.briefing.press.PublicationStore.StoredPublication;
import de.lagezentrum.platform.audit.AuditLog;
import de.lagezentrum.platform.documents.Markdown;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.security.PublicPageChanged;
import de.lagezentrum.platform.web.ConflictException;
import de.lagezentrum.platform.web.NotFoundException;

/**
 * Publishing briefings: the press office publishes a held briefing with a summary (Markdown), revises the
 * summary, and withdraws it with a reason. Only a briefing that has ended and was not cancelled can be
 * published: its page reports what was said, which is not known before. Publishing makes its page in the
 * press area and its feed entry public; the other slices' material (answers, recordings, O-Töne, press
 * kit) asks {@link #isPublished(UUID, UUID)} before it answers the public, so an unpublished or withdrawn briefing's
 * files answer 404 too, also under guessed addresses.
 */
@Service
public class BriefingPublications {

    private final BriefingAccess access;
    private final BriefingRepository briefings;
    private final BriefingViews views;
    private final PublicationStore store;
    private final PublicReads reads;
    private final Markdown markdown;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BriefingPublications(BriefingAccess access, BriefingRepository briefings, BriefingViews views,
            PublicationStore store, PublicReads reads, Markdown markdown, AuditLog audit,
            ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.briefings = briefings;
        this.views = views;
        this.store = store;
        this.reads = reads;
        this.markdown = markdown;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Publishes a held briefing with its summary, or revises the summary of a published one; a withdrawn one
     * is published again. The press office only.
     *
     * @throws de.lagezentrum.platform.web.InvalidInputException for a missing or too long summary
     * @throws ConflictException for a cancelled briefing or one that has not ended
     * @throws NotFoundException for a briefing of another municipality
     */
    @Transactional
    public BriefingPublication publish(CurrentUser user, UUID briefingId, @Nullable String summary) {
        access.requirePressOffice(user);
        Briefing briefing = access.find(user, briefingId);
        String text = PressRules.required("summary", summary, PressRules.SUMMARY);
        Instant now = clock.instant();
        if (briefing.status() == BriefingStatus.CANCELLED) {
            throw new ConflictException("press.publish.cancelled");
        }
        if (briefing.endsAt().isAfter(now)) {
            throw new ConflictException("press.publish.not-held");
        }
        Optional<StoredPublication> before = store.find(user.tenantId(), briefingId);
        Instant publishedAt = store.publish(user.tenantId(), briefingId, text, user.personId(), now);
        audit.record(user.tenantId(), "BRIEFING_PUBLISHED", "Briefing", briefingId, briefing.title(),
                before.map(BriefingPublications::auditState).orElse(null),
                Map.of("summary", text, "public", true));
        events.publishEvent(new BriefingPublished(user.tenantId(), briefingId, publishedAt));
        events.publishEvent(new PublicPageChanged(BriefingSeriesManagement.PRESS_PAGES));
        return view(store.find(user.tenantId(), briefingId).orElseThrow());
    }

    /**
     * Takes a published briefing back, with a reason the press office keeps; the press office only.
     *
     * @throws ConflictException when it is not published
     */
    @Transactional
    public BriefingPublication withdraw(CurrentUser user, UUID briefingId, @Nullable String reason) {
        access.requirePressOffice(user);
        Briefing briefing = access.find(user, briefingId);
        String why = PressRules.required("reason", reason, PressRules.REASON);
        StoredPublication before = store.find(user.tenantId(), briefingId)
                .orElseThrow(() -> new ConflictException("press.withdraw.not-published"));
        if (!store.withdraw(user.tenantId(), briefingId, why, clock.instant())) {
            throw new ConflictException("press.withdraw.not-published");
        }
        audit.record(user.tenantId(), "BRIEFING_WITHDRAWN", "Briefing", briefingId, briefing.title(),
                auditState(before), Map.of("public", false, "reason", why));
        events.publishEvent(new BriefingWithdrawn(user.tenantId(), briefingId, why));
        events.publishEvent(new PublicPageChanged(BriefingSeriesManagement.PRESS_PAGES));
        return view(store.find(user.tenantId(), briefingId).orElseThrow());
    }

    /** The briefing's publication, public or withdrawn; empty if never published. The press office and admins. */
    @Transactional(readOnly = true)
    public Optional<BriefingPublication> publication(CurrentUser user, UUID briefingId) {
        access.requireReader(user);
        access.find(user, briefingId);
        return store.find(user.tenantId(), briefingId).map(this::view);
    }

    /**
     * Whether the briefing of that municipality is published now. For the public addresses of the other
     * slices' material: answer 404 unless it is.
     */
    public boolean isPublished(UUID tenantId, UUID briefingId) {
        return reads.readAs(tenantId, tenant -> store.isPublic(tenant, briefingId));
    }

    /** Whether the briefing of the municipality that answers anonymous visitors is published now. */
    public boolean isPublished(UUID briefingId) {
        return reads.read(tenant -> store.isPublic(tenant, briefingId));
    }

    /**
     * A published briefing of the municipality that answers anonymous visitors, without its video link.
     *
     * @throws NotFoundException when there is none, or it is not published
     */
    public PublishedBriefing publicBriefing(UUID briefingId) {
        return reads.read(tenantId -> store.find(tenantId, briefingId)
                .filter(found -> found.withdrawnAt() == null)
                .flatMap(found -> briefings.findByIdAndTenantId(briefingId, tenantId)
                        .map(briefing -> new PublishedBriefing(forPublic(views.of(briefing)), view(found)))))
                .orElseThrow(() -> new NotFoundException("Briefing"));
    }

    BriefingPublication view(StoredPublication stored) {
        return new BriefingPublication(stored.briefingId(), stored.summary(), markdown.html(stored.summary()),
                stored.publishedAt(), stored.changedAt(), stored.withdrawnAt(), stored.withdrawReason());
    }

    /** The briefing as the public sees it: no video link, which goes to accredited journalists only. */
    static BriefingView forPublic(BriefingView view) {
        return new BriefingView(view.id(), view.seriesId(), view.occurrenceDate(), view.title(), view.topic(),
                view.start(), view.end(), view.chairId(), view.chair(), view.panel(), view.panelMembers(), view.guests(),
                null, view.status(), view.cancelReason(), view.publishedAt(), view.version());
    }

    private static Map<String, Object> auditState(StoredPublication publication) {
        return Map.of("summary", publication.summary(), "public", publication.withdrawnAt() == null);
    }
}
