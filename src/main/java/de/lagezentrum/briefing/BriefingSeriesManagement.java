package de.lagezentrum.briefing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.lagezentrum.briefing.briefings.Briefing;
import de.lagezentrum.briefing.briefings.BriefingAccess;
import de.lagezentrum.briefing.briefings.BriefingSeries;
import de.lagezentrum.briefing.briefings.BriefingSeriesRepository;
import de.lagezentrum.briefing.briefings.BriefingViews;
import de.lagezentrum.briefing.briefings.Content;
import de.lagezentrum.briefing.briefings.ContentRules;
import de.lagezentrum.briefing.briefings.Occurrences;
import de.lagezentrum.platform.audit.AuditLog;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.security.PublicPageChanged;
import de.lagezentrum.platform.web.ConflictException;
import de.lagezentrum.platform.web.DateFormats;
import de.lagezentrum.platform.web.InvalidInputException;

/**
 * The press office's weekly briefing series: a fixed weekday and local time in the municipality's time
 * zone, daylight-saving safe, with cancelled or moved dates. Each date is a briefing of its own
 * ({@link BriefingManagement}). The press office plans and changes series; admins read them.
 */
@Service
public class BriefingSeriesManagement {

    /** The public pages whose content a change of a series changes: the calendar, later the press area. */
    static final String PRESS_PAGES = "/presse/**";

    private final BriefingAccess access;
    private final BriefingSeriesRepository series;
    private final Occurrences occurrences;
    private final ContentRules rules;
    private final BriefingViews views;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final DateFormats dates;
    private final Clock clock;

    BriefingSeriesManagement(BriefingAccess access, BriefingSeriesRepository series, Occurrences occurrences,
            ContentRules rules, BriefingViews views, AuditLog audit, ApplicationEventPublisher events, DateFormats dates,
            Clock clock) {
        this.access = access;
        this.series = series;
        this.occurrences = occurrences;
        this.rules = rules;
        this.views = views;
        this.audit = audit;
        this.events = events;
        this.dates = dates;
        this.clock = clock;
    }

    /**
     * Sets up a weekly series in the municipality's time zone; the press office only.
     *
     * @throws InvalidInputException for a last date before the first, an unknown chair or panel member
     */
    @Transactional
    public BriefingSeriesView create(CurrentUser user, NewBriefingSeries command) {
        access.requirePressOffice(user);
        rules.dates(command.from(), command.until());
        Content content = rules.content(user.tenantId(), command.title(), command.topic(), command.chairId(), false,
                command.panel(), command.guests(), command.videoUrl());
        BriefingSeries created = series.save(BriefingSeries.create(user.tenantId(), content, command.weekday(),
                command.time(), command.durationMinutes(), dates.zone(user.tenantId()), command.from(),
                command.until(), clock.instant()));
        audit.record(user.tenantId(), "BRIEFING_SERIES_PLANNED", "BriefingSeries", created.id(), created.title(), null,
                created.auditState());
        events.publishEvent(new BriefingSeriesPlanned(user.tenantId(), created.id()));
        events.publishEvent(new PublicPageChanged(PRESS_PAGES));
        return views.of(created);
    }

    /** Every series of the municipality, oldest first; the press office and admins. */
    @Transactional(readOnly = true)
    public List<BriefingSeriesView> allSeries(CurrentUser user) {
        access.requireReader(user);
        return series.findByTenantIdOrderByCreatedAt(user.tenantId()).stream().map(views::of).toList();
    }

    /** One series; the press office and admins. */
    @Transactional(readOnly = true)
    public BriefingSeriesView series(CurrentUser user, UUID id) {
        access.requireReader(user);
        return views.of(access.findSeries(user, id));
    }

    /**
     * New contents of a series, for it and its dates that have not begun; dates after a new last date
     * are cancelled. The press office only.
     *
     * @throws ConflictException when the series changed since {@code change.version()}
     */
    @Transactional
    public BriefingSeriesView revise(CurrentUser user, UUID id, BriefingSeriesChange change) {
        access.requirePressOffice(user);
        BriefingSeries found = access.findSeries(user, id);
        if (!found.hasVersion(change.version())) {
            throw new ConflictException("problem.concurrent-change");
        }
        rules.dates(found.validFrom(), change.until());
        Content content = rules.content(user.tenantId(), change.title(), change.topic(), change.chairId(), false,
                change.panel(), change.guests(), change.videoUrl());
        Map<String, Object> before = found.auditState();
        Instant now = clock.instant();
        BriefingSeries saved = series.save(found.revise(content, change.until(), now));
        occurrences.applyToFuture(saved, now);
        audit.record(user.tenantId(), "BRIEFING_SERIES_CHANGED", "BriefingSeries", id, saved.title(), before,
                saved.auditState());
        events.publishEvent(new PublicPageChanged(PRESS_PAGES));
        return views.of(saved);
    }

    /**
     * Cancels one date of a series, or moves it when start and end are given; the press office only.
     *
     * @throws InvalidInputException for a date the series does not have ({@code date}) or bad times
     */
    @Transactional
    public BriefingSeriesView except(CurrentUser user, UUID id, LocalDate date, @Nullable Instant movedStart,
            @Nullable Instant movedEnd) {
        access.requirePressOffice(user);
        BriefingSeries found = access.findSeries(user, id);
        if (!found.occursOn(date)) {
            throw new InvalidInputException("date", "briefing.series.date.not-in-series");
        }
        if ((movedStart == null) != (movedEnd == null)) {
            throw new InvalidInputException(movedStart == null ? "movedStart" : "movedEnd", "NotNull");
        }
        if (movedStart != null) {
            rules.times(movedStart, movedEnd);
        }
        return views.of(except(user, found, date, movedStart, movedEnd));
    }

    /** Cancels or moves the date of a series briefing (for {@link BriefingManagement}). */
    void except(CurrentUser user, Briefing occurrence, @Nullable Instant movedStart, @Nullable Instant movedEnd) {
        except(user, access.findSeries(user, seriesOf(occurrence)), dateOf(occurrence), movedStart, movedEnd);
    }

    /**
     * The date of a series briefing takes place as the rule says again (for {@link BriefingManagement}).
     *
     * @throws ConflictException when the series no longer has the date (it ended before)
     */
    void restore(CurrentUser user, Briefing occurrence) {
        BriefingSeries found = access.findSeries(user, seriesOf(occurrence));
        LocalDate date = dateOf(occurrence);
        if (!found.occursOn(date)) {
            throw new ConflictException("briefing.series.ended");
        }
        Instant now = clock.instant();
        BriefingSeries saved = series.save(found.restore(date, now));
        occurrences.materialise(saved, date, now);
        audit.record(user.tenantId(), "BRIEFING_SERIES_DATE_RESTORED", "BriefingSeries", saved.id(), saved.title(),
                null, Map.of("date", date.toString()));
    }

    private BriefingSeries except(CurrentUser user, BriefingSeries found, LocalDate date, @Nullable Instant movedStart,
            @Nullable Instant movedEnd) {
        Instant now = clock.instant();
        BriefingSeries saved = series.save(found.except(date, movedStart, movedEnd, now));
        UUID briefingId = occurrences.materialise(saved, date, now);
        audit.record(user.tenantId(), movedStart == null ? "BRIEFING_SERIES_DATE_CANCELLED" : "BRIEFING_SERIES_DATE_MOVED",
                "BriefingSeries", saved.id(), saved.title(), null, movedStart == null ? Map.of("date", date.toString())
                        : Map.of("date", date.toString(), "start", movedStart.toString(), "end", movedEnd.toString()));
        events.publishEvent(movedStart == null ? new BriefingCancelled(user.tenantId(), briefingId)
                : new BriefingRescheduled(user.tenantId(), briefingId, movedStart, movedEnd));
        events.publishEvent(new PublicPageChanged(PRESS_PAGES));
        return saved;
    }

    private static UUID seriesOf(Briefing occurrence) {
        return Objects.requireNonNull(occurrence.seriesId());
    }

    private static LocalDate dateOf(Briefing occurrence) {
        return Objects.requireNonNull(occurrence.occurrenceDate());
    }
}
