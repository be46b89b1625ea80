package de.lagezentrum.lessons;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.lagezentrum.Administrator;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.organisation.TestOrganisation.TestTenant;
import de.lagezentrum.platform.security.CurrentUser;

/**
 * Workshops for tests and benchmarks: a new municipality with a facilitator and a workshop starting
 * tomorrow, and optionally {@code n} observations on its board, written in one statement (a 2,000-observation
 * board takes a fraction of a second), spread over the three kinds and the six suggested themes.
 */
@Component
public class TestWorkshops {

    private static final List<String> THEMES = List.of("Krisenmanagement", "Krisenkommunikation",
            "vulnerable Gruppen", "Personal", "Recht und Information", "interkommunale Zusammenarbeit");

    private final TestOrganisation organisation;
    private final Workshops workshops;
    private final JdbcClient jdbc;
    private final Clock clock;

    TestWorkshops(TestOrganisation organisation, Workshops workshops, @Administrator JdbcClient jdbc, Clock clock) {
        this.organisation = organisation;
        this.workshops = workshops;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A workshop of a new municipality, its facilitator and (for a benchmark) its tenant. */
    public record Board(TestTenant tenant, CurrentUser facilitator, WorkshopView workshop) {
    }

    /** A workshop in the review phase with {@code observations} observations of its facilitator. */
    public Board board(String municipality, int observations) {
        TestTenant tenant = organisation.newTenant(municipality + " " + UUID.randomUUID());
        CurrentUser facilitator = tenant.user("Clara Moderation", Role.FACILITATOR, Role.EMPLOYEE);
        Instant start = clock.instant().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES);
        WorkshopView workshop = workshops.create(facilitator,
                new NewWorkshop("Rückschau " + municipality, start, start.plus(Duration.ofHours(3)), null, List.of()));
        observations(tenant.id(), workshop.id(), facilitator.personId(), observations);
        return new Board(tenant, facilitator, workshop);
    }

    /** Adds {@code n} observations by {@code personId} to the workshop's board, in one statement. */
    public void observations(UUID tenantId, UUID workshopId, UUID personId, int n) {
        if (n <= 0) {
            return;
        }
        jdbc.sql("""
                INSERT INTO lessons.observation (id, tenant_id, workshop_id, phase, kind, theme, text, author_person_id,
                    author_name, created_at)
                SELECT gen_random_uuid(), ?, ?, 'REVIEW', (ARRAY['WENT_WELL', 'WENT_BADLY', 'CHALLENGE'])[1 + i % 3],
                    (?::text[])[1 + i % 6], 'Beobachtung ' || i || ': der Krisenstab tagte früh und informierte die Ämter',
                    ?, 'Clara Moderation', ?::timestamptz + i * interval '1 millisecond'
                FROM generate_series(1, ?) AS i""")
                .params(tenantId, workshopId, THEMES.toArray(String[]::new), personId,
                        Timestamp.from(clock.instant()), n)
                .update();
    }
}
