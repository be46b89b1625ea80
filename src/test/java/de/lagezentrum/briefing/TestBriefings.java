package de.lagezentrum.briefing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.organisation.TestOrganisation.TestTenant;
import de.lagezentrum.platform.security.CurrentUser;

/**
 * A municipality with a press office, a chair and two panel members, and briefings planned through the
 * facade at times relative to the clock, for the briefing tests.
 */
@Component
public class TestBriefings {

    private final TestOrganisation organisation;
    private final BriefingManagement briefings;
    private final Clock clock;

    TestBriefings(TestOrganisation organisation, BriefingManagement briefings, Clock clock) {
        this.organisation = organisation;
        this.briefings = briefings;
        this.clock = clock;
    }

    /** A new municipality with its press office and the people a briefing needs. */
    public PressOffice pressOffice(String city) {
        TestTenant tenant = organisation.newTenant(city + " " + UUID.randomUUID());
        return new PressOffice(tenant, tenant.user("Miriam Presse", Role.PRESS_OFFICE, Role.EMPLOYEE),
                tenant.user("Julia Leitung", Role.EMPLOYEE), tenant.user("Petra Podium", Role.EMPLOYEE),
                tenant.user("Ali Podium", Role.EMPLOYEE));
    }

    /** A single briefing of the press office, starting {@code fromNow} from now (whole minutes), an hour long. */
    public BriefingView plan(PressOffice office, String title, Duration fromNow) {
        Instant start = clock.instant().plus(fromNow).truncatedTo(ChronoUnit.MINUTES);
        return briefings.plan(office.press(), new NewBriefing(title, "Lage", start, start.plus(Duration.ofHours(1)),
                office.chair().personId(), List.of(office.panel().personId()),
                List.of(new BriefingGuest("Dr. Hannah Kurz", "Deutsches Rotes Kreuz")), "https://meet.example/briefing",
                null));
    }

    /** The people of a municipality's press work. */
    public record PressOffice(TestTenant tenant, CurrentUser press, CurrentUser chair, CurrentUser panel,
            CurrentUser otherPanel) {
    }
}
