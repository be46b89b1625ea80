package de.lagezentrum.briefing.briefings;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import de.lagezentrum.briefing.BriefingStatus;
import de.lagezentrum.organisation.PersonView;
import de.lagezentrum.platform.LagezentrumProperties;
import de.lagezentrum.platform.TenantDirectory;
import de.lagezentrum.platform.database.TenantScope;
import de.lagezentrum.platform.web.DateFormats;

/**
 * The public briefing calendar (iCalendar, RFC 5545) of the municipality that answers anonymous visitors.
 * Each series is one event with RRULE in its time zone (with VTIMEZONE): cancelled dates as EXDATE, moved
 * dates as overriding events with RECURRENCE-ID. Single briefings are events of their own, a cancelled one
 * with {@code STATUS:CANCELLED}, so that subscribers see it called off instead of silently gone.
 *
 * <p>The output depends on the stored briefings alone (DTSTAMP is the last change, SEQUENCE the version):
 * rendered twice it is the same bytes, so its ETag holds and caches answer 304.
 */
@Component
public class BriefingCalendar {

    /** How long past briefings stay in the calendar. */
    static final Duration KEPT = Duration.ofDays(90);

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private final TenantDirectory tenants;
    private final BriefingSeriesRepository series;
    private final BriefingRepository briefings;
    private final BriefingQueries queries;
    private final BriefingViews views;
    private final CalendarTexts texts;
    private final LagezentrumProperties properties;
    private final DateFormats dates;
    private final Clock clock;
    private final TransactionTemplate reads;

    BriefingCalendar(TenantDirectory tenants, BriefingSeriesRepository series, BriefingRepository briefings,
            BriefingQueries queries, BriefingViews views, CalendarTexts texts, LagezentrumProperties properties,
            DateFormats dates, Clock clock, PlatformTransactionManager transactions) {
        this.tenants = tenants;
        this.series = series;
        this.briefings = briefings;
        this.queries = queries;
        this.views = views;
        this.texts = texts;
        this.properties = properties;
        this.dates = dates;
        this.clock = clock;
        this.reads = new TransactionTemplate(transactions);
        reads.setReadOnly(true);
    }

    /** Every series and the single briefings of the last 90 days and the future. */
    public String feed() {
        return asPublic(tenantId -> {
            Instant since = clock.instant().minus(KEPT);
            LocalDate sinceDay = LocalDate.ofInstant(since, dates.zone(tenantId));
            List<BriefingSeries> current = series.findByTenantIdOrderByCreatedAt(tenantId).stream()
                    .filter(each -> each.validUntil() == null || !each.validUntil().isBefore(sinceDay)).toList();
            return write(tenantId, current, queries.singlesEndingAfter(tenantId, since));
        });
    }

    /** One briefing (a single one or a date of a series) as a calendar of its own; empty if there is none. */
    public Optional<String> single(UUID id) {
        return Optional.ofNullable(asPublic(tenantId -> briefings.findByIdAndTenantId(id, tenantId)
                .map(briefing -> write(tenantId, List.of(), List.of(briefing))).orElse(null)));
    }

    private <T> T asPublic(Function<UUID, T> work) {
        UUID tenantId = tenants.defaultTenantId();
        Supplier<T> read = () -> reads.execute(status -> work.apply(tenantId));
        return TenantScope.call(tenantId, read);
    }

    private String write(UUID tenantId, List<BriefingSeries> allSeries, List<Briefing> singles) {
        Set<UUID> ids = new LinkedHashSet<>();
        allSeries.forEach(each -> ids.addAll(announced(each.content())));
        singles.forEach(each -> ids.addAll(announced(each.content())));
        Map<UUID, PersonView> people = views.peopleOf(tenantId, ids);
        ZoneId municipality = dates.zone(tenantId);
        Set<String> zones = new LinkedHashSet<>();
        List<VEvent> events = new ArrayList<>();
        for (BriefingSeries each : allSeries) {
            zones.add(each.zone());
            events.addAll(seriesEvents(each, people));
        }
        for (Briefing single : singles) {
            zones.add(municipality.getId());
            events.add(singleEvent(single, municipality, people));
        }
        Calendar calendar = new Calendar().withProdId("-//Lagezentrum//Medienbriefings//DE").withDefaults()
                .getFluentTarget();
        zones.forEach(zone -> calendar.add(ZONES.getTimeZone(zone).getVTimeZone()));
        events.forEach(calendar::add);
        try (StringWriter out = new StringWriter()) {
            new CalendarOutputter(false).output(calendar, out);
            return out.toString();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<VEvent> seriesEvents(BriefingSeries each, Map<UUID, PersonView> people) {
        ZoneId zone = ZoneId.of(each.zone());
        ZonedDateTime start = each.startOn(each.firstDate());
        VEvent event = new VEvent(start, start.plusMinutes(each.durationMinutes()), each.title());
        String uid = "briefing-series-" + each.id() + "@lagezentrum";
        event.add(new Uid(uid));
        var recur = new Recur.Builder<ZonedDateTime>().frequency(Frequency.WEEKLY)
                .dayList(WeekDay.getWeekDay(each.weekday()));
        if (each.validUntil() != null) {
            // With a TZID start, RFC 5545 wants UNTIL in UTC: the end of the last day.
            recur.until(each.validUntil().atTime(LocalTime.MAX).atZone(zone).withZoneSameInstant(ZoneOffset.UTC)
                    .withNano(0));
        }
        event.add(new RRule<>(recur.build()));
        decorate(event, each.content(), people, each.changedAt(), each.version());
        List<VEvent> events = new ArrayList<>();
        events.add(event);
        List<ZonedDateTime> cancelled = new ArrayList<>();
        for (SeriesException exception : each.exceptionsByDate()) {
            ZonedDateTime original = each.startOn(exception.originalDate());
            if (!exception.moved()) {
                cancelled.add(original);
                continue;
            }
            VEvent moved = new VEvent(exception.movedStart().atZone(zone), exception.movedEnd().atZone(zone),
                    each.title());
            moved.add(new Uid(uid));
            moved.add(new RecurrenceId<>(original));
            decorate(moved, each.content(), people, each.changedAt(), each.version());
            events.add(moved);
        }
        if (!cancelled.isEmpty()) {
            event.add(new ExDate<>(new DateList<>(cancelled)));
        }
        return events;
    }

    private VEvent singleEvent(Briefing briefing, ZoneId zone, Map<UUID, PersonView> people) {
        VEvent event = new VEvent(briefing.startsAt().atZone(zone), briefing.endsAt().atZone(zone), briefing.title());
        event.add(new Uid("briefing-" + briefing.id() + "@lagezentrum"));
        event.add(new Url(URI.create(properties.baseUrl().replaceAll("/+$", "") + "/briefings/" + briefing.id()
                + "/join")));
        if (briefing.status() == BriefingStatus.CANCELLED) {
            event.add(new Status(Status.VALUE_CANCELLED));
        }
        decorate(event, briefing.content(), people, briefing.changedAt(), briefing.version());
        event.replace(texts.description(briefing.content(), people, briefing.cancelReason()));
        return event;
    }

    private void decorate(VEvent event, Content content, Map<UUID, PersonView> people, Instant changedAt,
            long version) {
        event.replace(new DtStamp(changedAt.truncatedTo(ChronoUnit.SECONDS)));
        event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, version)));
        event.add(texts.location());
        event.add(texts.description(content, people, null));
    }

    private static List<UUID> announced(Content content) {
        List<UUID> ids = new ArrayList<>(content.panel());
        if (content.chairId() != null) {
            ids.add(content.chairId());
        }
        return ids;
    }
}
