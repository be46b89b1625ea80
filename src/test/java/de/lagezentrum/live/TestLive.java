package de.lagezentrum.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.organisation.TestOrganisation.TestTenant;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.DateFormats;

/**
 * A municipality with an event host, a co-host, a moderator and an employee, and events created through
 * the facade at times relative to the clock, for the live module's tests.
 */
@Component
public class TestLive {

    private final TestOrganisation organisation;
    private final LiveEvents events;
    private final Clock clock;
    private final DateFormats dates;

    TestLive(TestOrganisation organisation, LiveEvents events, Clock clock, DateFormats dates) {
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
        this.dates = dates;
    }

    /** A new municipality with the people an event needs; the co-host and moderator are not on a team yet. */
    public Hosts hosts(String city) {
        TestTenant tenant = organisation.newTenant(city + " " + UUID.randomUUID());
        return new Hosts(tenant, tenant.user("Hanna Host", Role.EVENT_HOST, Role.EMPLOYEE),
                tenant.user("Cem Cohost", Role.EMPLOYEE), tenant.user("Mia Moderation", Role.EMPLOYEE),
                tenant.user("Erik Beschäftigt", Role.EMPLOYEE));
    }

    /**
     * An event of the host that started up to an hour ago and runs for up to eight hours, within the local
     * day (in its last minute, 23:59 to midnight, it has already ended), with a keynote on the agenda, the
     * co-host and the moderator on its team, and the given join policy.
     */
    public EventView running(Hosts hosts, String title, JoinPolicy policy) {
        // Within one local day, as the event form (one date, a start and an end time) can only show it:
        // an event from 17:10 to 01:10 came back from the form as "end before start" in the evening.
        ZoneId zone = dates.zone(hosts.host().tenantId());
        Instant now = clock.instant();
        LocalDate today = now.atZone(zone).toLocalDate();
        Instant dayStart = today.atStartOfDay(zone).toInstant();
        Instant dayEnd = ZonedDateTime.of(today, LocalTime.of(23, 59), zone).toInstant();
        Instant start = max(now.minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MINUTES), dayStart);
        Instant end = min(start.plus(Duration.ofHours(8)), dayEnd);
        EventView event = events.create(hosts.host(), new EventDetails(title, null, start,
                end, policy, QaMode.MODERATED, BlogPosting.PARTICIPANTS, List.of(),
                List.of(new AgendaItem(AgendaKind.KEYNOTE, "Die Verwaltung von morgen", "Dr. Eva Beispiel", start,
                        start.plus(Duration.ofMinutes(45))))));
        events.putMember(hosts.host(), event.id(), hosts.coHost().personId(), TeamRole.CO_HOST);
        events.putMember(hosts.host(), event.id(), hosts.moderator().personId(), TeamRole.MODERATOR);
        return events.event(hosts.host(), event.id());
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** An anonymous (no name) or named participant of the event. */
    public Joined join(EventView event, @Nullable String name) {
        return events.join(event.joinCode(), name, null);
    }

    /** The people of a municipality's event. */
    public record Hosts(TestTenant tenant, CurrentUser host, CurrentUser coHost, CurrentUser moderator,
            CurrentUser employee) {
    }
}
