package de.lagezentrum.briefing;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import de.lagezentrum.briefing.demo.HeldBriefingDemo;
import de.lagezentrum.organisation.DemoCityLoaded;
import de.lagezentrum.organisation.PeopleManagement;
import de.lagezentrum.organisation.PersonView;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.DateFormats;
import de.lagezentrum.platform.web.PageRequest;

/**
 * Musterstadt's media briefings (seed 000 §2): every Thursday at 11:00 the "Pressebriefing zur Lage",
 * led by the mayor with the department heads of the crisis, planned by the press office since a few
 * weeks; last Thursday's one held and published with its recording ({@link HeldBriefingDemo}); and one
 * upcoming special briefing with an external guest, to which the demo journalist has sent two questions.
 * Written through the facades, as the press office and the journalist would.
 */
@Component
class BriefingDemoData {

    static final String SERIES_TITLE = "Pressebriefing zur Lage";

    private final BriefingSeriesManagement series;
    private final BriefingManagement briefings;
    private final BriefingQuestions questions;
    private final PeopleManagement people;
    private final HeldBriefingDemo held;
    private final DateFormats dates;
    private final Clock clock;

    BriefingDemoData(BriefingSeriesManagement series, BriefingManagement briefings, BriefingQuestions questions,
            HeldBriefingDemo held, PeopleManagement people, DateFormats dates, Clock clock) {
        this.series = series;
        this.briefings = briefings;
        this.questions = questions;
        this.held = held;
        this.people = people;
        this.dates = dates;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(DemoCityLoaded event) {
        CurrentUser press = people.actingAs(event.tenantId(), "presse").orElse(null);
        if (press == null) {
            return;
        }
        UUID mayor = person(press, "Julia Berger");
        UUID social = person(press, "Beate Sommer");
        UUID health = person(press, "Petra Lang");
        UUID foreigners = person(press, "Ali Karimi");
        UUID fire = person(press, "Markus Schmitt");
        if (mayor == null || social == null || health == null || foreigners == null || fire == null) {
            return;
        }
        // Loaded once: a redelivered event finds the series and leaves the briefings alone; the held
        // briefing has its own mark.
        BriefingSeriesView weekly = series.allSeries(press).stream()
                .filter(each -> each.title().equals(SERIES_TITLE)).findFirst()
                .orElseGet(() -> planWeeklyAndSpecial(event, press, mayor, social, health, foreigners, fire));
        held.load(press, weekly.id(), new HeldBriefingDemo.Speakers(mayor, social));
    }

    private BriefingSeriesView planWeeklyAndSpecial(DemoCityLoaded event, CurrentUser press, UUID mayor,
            UUID social, UUID health, UUID foreigners, UUID fire) {
        LocalDate today = dates.today(event.tenantId(), clock);
        BriefingSeriesView weekly = series.create(press, new NewBriefingSeries(DayOfWeek.THURSDAY,
                LocalTime.of(11, 0), 60, SERIES_TITLE, today.minusWeeks(3), null,
                "Unterbringung, Registrierung und Versorgung der Geflüchteten", mayor,
                List.of(social, foreigners, health), List.of(), "https://meet.musterstadt.example/pressebriefing"));
        ZoneId zone = dates.zone(event.tenantId());
        LocalDate special = today.plusDays(5).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        BriefingView upcoming = briefings.plan(press, new NewBriefing("Sonderbriefing: Notunterkunft Messehalle",
                "Belegung, Sanitätsdienst und Ehrenamt in der Notunterkunft",
                special.atTime(14, 0).atZone(zone).toInstant(), special.atTime(14, 45).atZone(zone).toInstant(),
                social, List.of(fire, health),
                List.of(new BriefingGuest("Dr. Hannah Kurz", "Deutsches Rotes Kreuz, Kreisverband Musterstadt")),
                "https://meet.musterstadt.example/sonderbriefing", null));
        // The demo journalist has asked ahead: the press office's queue has pending questions.
        people.actingAs(event.tenantId(), "journalist").ifPresent(journalist -> {
            questions.ask(journalist, upcoming.id(),
                    "Wie viele Plätze hat die Notunterkunft in der Messehalle, und wie viele sind schon belegt?");
            questions.ask(journalist, upcoming.id(),
                    "Wer koordiniert die Ehrenamtlichen, und wo können sich Helfende melden?");
        });
        return weekly;
    }

    private @Nullable UUID person(CurrentUser press, String name) {
        return people.people(press, name, null, new PageRequest(0, 5)).items().stream()
                .filter(person -> person.displayName().endsWith(name)).map(PersonView::id).filter(Objects::nonNull)
                .findFirst().orElse(null);
    }
}
