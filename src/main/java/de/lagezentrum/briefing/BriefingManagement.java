package de.lagezentrum.briefing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.lagezentrum.briefing.briefings.Briefing;
import de.lagezentrum.briefing.briefings.BriefingAccess;
import de.lagezentrum.briefing.briefings.BriefingCalendar;
import de.lagezentrum.briefing.briefings.BriefingQueries;
import de.lagezentrum.briefing.briefings.BriefingRepository;
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
import de.lagezentrum.platform.web.NotFoundException;
import de.lagezentrum.platform.web.PageRequest;
import de.lagezentrum.platform.web.PageResult;

/**
 * The briefing module's facade for briefings: single ones and the dates of weekly series
 * ({@link BriefingSeriesManagement}), each with chair, panel and guests. The press office plans, changes
 * and cancels them; admins read them; chair and panel read theirs and see them on their dashboard;
 * journalists of the municipality reach the join page. Every change is in the audit log and refreshes the
 * public calendar. A briefing is never deleted: it is cancelled, and stays visible as cancelled.
 */
@Service
public class BriefingManagement {

    /** Longest period one request may list. */
    static final int MAX_DAYS = 400;

    private final BriefingAccess access;
    private final BriefingRepository briefings;
    private final BriefingQueries queries;
    private final Occurrences occurrences;
    private final BriefingSeriesManagement series;
    private final ContentRules rules;
    private final BriefingViews views;
    private final BriefingCalendar calendar;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final DateFormats dates;
    private final Clock clock;

    BriefingManagement(BriefingAccess access, BriefingRepository briefings, BriefingQueries queries,
            Occurrences occurrences, BriefingSeriesManagement series, ContentRules rules, BriefingViews views,
            BriefingCalendar calendar, AuditLog audit, ApplicationEventPublisher events, DateFormats dates,
            Clock clock) {
        this.access = access;
        this.briefings = briefings;
        this.queries = queries;
        this.occurrences = occurrences;
        this.series = series;
        this.rules = rules;
        this.views = views;
        this.calendar = calendar;
        this.audit = audit;
        this.events = events;
        this.dates = dates;
        this.clock = clock;
    }

    /**
     * Plans a single briefing; the press office only.
     *
     * @throws InvalidInputException for times out of order, an unknown chair or panel member, a video link
     *         that is not https
     */
    @Transactional
    public BriefingView plan(CurrentUser user, NewBriefing command) {
        access.requirePressOffice(user);
        rules.times(command.start(), command.end());
        Content content = content(user, command);
        Instant now = clock.instant();
        Briefing saved = briefings.save(Briefing.single(user.tenantId(), content, command.start(), command.end(), now));
        audit.record(user.tenantId(), "BRIEFING_PLANNED", "Briefing", saved.id(), saved.title(), null,
                saved.auditState());
        events.publishEvent(new BriefingPlanned(user.tenantId(), saved.id(), null));
        events.publishEvent(new PublicPageChanged(BriefingSeriesManagement.PRESS_PAGES));
        return views.of(saved);
    }

    /** One briefing: for the press office, admins, its chair and panel; 403 for others of the municipality. */
    @Transactional(readOnly = true)
    public BriefingView briefing(CurrentUser user, UUID id) {
        return views.of(access.readable(user, id));
    }

    /**
     * One page of the briefings between two days (inclusive, in the municipality's time zone), single ones
     * and the dates of every series, by start; without an end, the 90 days from the start. The press office
     * and admins.
     *
     * @throws InvalidInputException for a period out of order or longer than 400 days
     */
    @Transactional
    public PageResult<BriefingView> briefings(CurrentUser user, LocalDate from, @Nullable LocalDate to,
            PageRequest page) {
        access.requireReader(user);
        LocalDate until = to != null ? to : from.plusDays(90);
        rules.day("from", from);
        rules.day("to", until);
        if (until.isBefore(from)) {
            throw new InvalidInputException("to", "sessions.range.order");
        }
        if (ChronoUnit.DAYS.between(from, until) > MAX_DAYS) {
            throw new InvalidInputException("to", "sessions.range.too-long");
        }
        occurrences.materialiseAll(user.tenantId(), from, until, clock.instant());
        ZoneId zone = dates.zone(user.tenantId());
        PageResult<Briefing> result = queries.between(user.tenantId(), from.atStartOfDay(zone).toInstant(),
                until.plusDays(1).atStartOfDay(zone).toInstant(), page);
        return new PageResult<>(views.of(user.tenantId(), result.items()), result.page(), result.size(),
                result.total());
    }

    /**
     * New contents and time of a briefing; the press office only. A date of a series moves as an exception
     * of its series.
     *
     * @throws ConflictException when it changed since {@code command.version()}, or its time changes while
     *         it is cancelled
     */
    @Transactional
    public BriefingView revise(CurrentUser user, UUID id, NewBriefing command) {
        access.requirePressOffice(user);
        Briefing found = access.find(user, id);
        if (!found.hasVersion(command.version())) {
            throw new ConflictException("problem.concurrent-change");
        }
        rules.times(command.start(), command.end());
        Content content = content(user, command);
        boolean moved = !command.start().equals(found.startsAt()) || !command.end().equals(found.endsAt());
        if (moved && found.status() == BriefingStatus.CANCELLED) {
            throw new ConflictException("briefing.cancelled.reinstate-first");
        }
        Map<String, Object> before = found.auditState();
        Instant now = clock.instant();
        if (moved && found.inSeries()) {
            series.except(user, found, command.start(), command.end());
            found = access.find(user, id);
        }
        else if (moved) {
            found.reschedule(command.start(), command.end(), now);
            events.publishEvent(new BriefingRescheduled(user.tenantId(), id, command.start(), command.end()));
        }
        Briefing saved = briefings.save(found.revise(content, now));
        audit.record(user.tenantId(), "BRIEFING_CHANGED", "Briefing", id, saved.title(), before, saved.auditState());
        events.publishEvent(new PublicPageChanged(BriefingSeriesManagement.PRESS_PAGES));
        return views.of(saved);
    }

    /**
     * Calls a briefing off, with a reason journalists see (may be null); the press office only. A date of a
     * series is cancelled as an exception of its series. Calling it off again only changes the reason.
     */
    @Transactional
    public BriefingView cancel(CurrentUser user, UUID id, @Nullable String reason) {
        access.requirePressOffice(user);
        Briefing found = access.find(user, id);
        String why = rules.reason(reason);
        Map<String, Object> before = found.auditState();
        boolean wasPlanned = found.status() == BriefingStatus.PLANNED;
        if (found.inSeries() && wasPlanned) {
            series.except(user, found, null, null);
            found = access.find(user, id);
        }
        else if (wasPlanned) {
            events.publishEvent(new BriefingCancelled(user.tenantId(), id));
        }
        Briefing saved = briefings.save(found.cancel(why, clock.instant()));
        audit.record(user.tenantId(), "BRIEFING_CANCELLED", "Briefing", id, saved.title(), before, saved.auditState());
        events.publishEvent(new PublicPageChanged(BriefingSeriesManagement.PRESS_PAGES));
        return views.of(saved);
    }

    /**
     * A cancelled briefing takes place after all (a date of a series at the time its series says); the
     * press office only.
     *
     * @throws ConflictException for a date of a series that ended before it
     */
    @Transactional
    public BriefingView reinstate(CurrentUser user, UUID id) {
        access.requirePressOffice(user);
        Briefing found = access.find(user, id);
        if (found.status() == BriefingStatus.PLANNED) {
            return views.of(found);
        }
        Map<String, Object> before = found.auditState();
        if (found.inSeries()) {
            series.restore(user, found);
            found = access.find(user, id);
        }
        else {
            found = briefings.save(found.reinstate(clock.instant()));
        }
        audit.record(user.tenantId(), "BRIEFING_REINSTATED", "Briefing", id, found.title(), before,
                found.auditState());
        events.publishEvent(new PublicPageChanged(BriefingSeriesManagement.PRESS_PAGES));
        return views.of(found);
    }

    /**
     * The briefings the user chairs or sits on the panel of that have not ended, within the next days,
     * cancelled ones included (for the dashboard).
     */
    @Transactional
    public List<BriefingView> mine(CurrentUser user, int days) {
        List<UUID> seriesIds = queries.seriesInvolving(user.tenantId(), user.personId());
        LocalDate today = dates.today(user.tenantId(), clock);
        Instant now = clock.instant();
        if (!seriesIds.isEmpty()) {
            occurrences.materialiseInvolving(user.tenantId(), seriesIds, today, today.plusDays(days), now);
        }
        return views.of(user.tenantId(), queries.involving(user.tenantId(), user.personId(), now,
                now.plus(Duration.ofDays(days))));
    }

    /** The next briefings of the municipality that have not ended, at most {@code limit}; press office and admins. */
    @Transactional
    public List<BriefingView> upcoming(CurrentUser user, int limit) {
        access.requireReader(user);
        LocalDate today = dates.today(user.tenantId(), clock);
        Instant now = clock.instant();
        occurrences.materialiseAll(user.tenantId(), today, today.plusDays(28), now);
        return views.of(user.tenantId(), queries.between(user.tenantId(), now, now.plus(Duration.ofDays(28)),
                new PageRequest(0, limit)).items());
    }

    /**
     * A briefing whose room the user may join: journalists of the municipality, the press office, its chair
     * and panel. For anybody else it does not exist.
     */
    @Transactional(readOnly = true)
    public BriefingView joinable(CurrentUser user, UUID id) {
        return views.of(access.joinable(user, id));
    }

    /** The people of the municipality who may chair or sit on a panel (not journalists); the press office. */
    @Transactional(readOnly = true)
    public List<BriefingPerson> candidates(CurrentUser user) {
        access.requirePressOffice(user);
        return rules.candidates(user);
    }

    /**
     * The public calendar (iCalendar, RFC 5545) of the municipality that answers anonymous visitors: each
     * series with its rule, cancelled dates as EXDATE and moved ones as their own events, and the single
     * briefings, cancelled ones with {@code STATUS:CANCELLED}. No video links: those go to journalists only.
     */
    public String publicCalendar() {
        return calendar.feed();
    }

    /**
     * One briefing of that municipality as iCalendar.
     *
     * @throws NotFoundException for a briefing it does not have
     */
    public String publicCalendar(UUID id) {
        return calendar.single(id).orElseThrow(() -> new NotFoundException("Briefing"));
    }

    private Content content(CurrentUser user, NewBriefing command) {
        return rules.content(user.tenantId(), command.title(), command.topic(), command.chairId(), true,
                command.panel(), command.guests(), command.videoUrl());
    }
}
