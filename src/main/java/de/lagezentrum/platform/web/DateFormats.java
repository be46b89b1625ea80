package de.lagezentrum.platform.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import de.lagezentrum.platform.TenantDirectory;
import de.lagezentrum.platform.security.CurrentUser;

/**
 * The municipality's time zone and instants formatted in it for pages and PDFs
 * ({@code ${@dates.dateTime(x)}} in templates). Times are stored in UTC; they are shown and entered in
 * the zone of the signed-in user's municipality, for anonymous visitors in that of the first one.
 */
@Component("dates")
public class DateFormats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    private final TenantDirectory tenants;

    DateFormats(TenantDirectory tenants) {
        this.tenants = tenants;
    }

    /** The zone of the signed-in user's municipality; without one, that of the default municipality. */
    public ZoneId zone() {
        return zone(CurrentUser.current().map(CurrentUser::tenantId).orElseGet(tenants::defaultTenantId));
    }

    /**
     * The zone of a municipality, for work done without a request (event listeners, demo data): sessions,
     * due dates, "overdue" and every shown time are reckoned in it.
     */
    public ZoneId zone(UUID tenantId) {
        return tenants.timeZone(tenantId);
    }

    /** Today's date in a municipality. */
    public LocalDate today(UUID tenantId, Clock clock) {
        return LocalDate.now(clock.withZone(zone(tenantId)));
    }

    /** Day and minute, e.g. {@code 04.03.2026 10:00}; empty for null. */
    public String dateTime(@Nullable Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone()));
    }

    /** Day and second, for logs. */
    public String dateTimeSeconds(@Nullable Instant instant) {
        return instant == null ? "" : DATE_TIME_SECONDS.format(instant.atZone(zone()));
    }
}
