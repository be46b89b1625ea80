package de.lagezentrum.briefing;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import de.lagezentrum.Administrator;
import de.lagezentrum.IntegrationTest;
import de.lagezentrum.briefing.TestBriefings.PressOffice;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.security.PublicPageChanged;
import de.lagezentrum.platform.web.ConflictException;
import de.lagezentrum.platform.web.InvalidInputException;
import de.lagezentrum.platform.web.NotFoundException;
import de.lagezentrum.platform.web.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The briefing facades against the real database: who may plan and read, what a briefing may announce,
 * the dates of a series as briefings with cancelled and moved dates, the audit trail and the events.
 */
@IntegrationTest
@RecordApplicationEvents
class BriefingFacadeTests {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    BriefingManagement briefings;

    @Autowired
    BriefingSeriesManagement series;

    @Autowired
    TestBriefings fixtures;

    @Autowired
    @Administrator
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    Clock clock;

    PressOffice office;

    @BeforeEach
    void pressOffice() {
        office = fixtures.pressOffice("Briefingstadt");
    }

    @Test
    void thePressOfficePlansABriefingWithChairPanelAndGuestsAndTheAuditLogKeepsIt() {
        BriefingView planned = fixtures.plan(office, "Pressebriefing zur Lage", Duration.ofDays(3));

        BriefingView read = briefings.briefing(office.press(), planned.id());
        assertThat(read.title()).isEqualTo("Pressebriefing zur Lage");
        assertThat(read.chair().displayName()).isEqualTo("Julia Leitung");
        assertThat(read.panel()).containsExactly(office.panel().personId());
        assertThat(read.panelMembers()).extracting(BriefingPerson::displayName).containsExactly("Petra Podium");
        assertThat(read.guests()).containsExactly(new BriefingGuest("Dr. Hannah Kurz", "Deutsches Rotes Kreuz"));
        assertThat(read.status()).isEqualTo(BriefingStatus.PLANNED);
        assertThat(read.seriesId()).isNull();
        assertThat(read.publishedAt()).isNull();
        assertThat(audit(planned.id())).containsExactly("BRIEFING_PLANNED");
        assertThat(events.stream(BriefingPlanned.class).filter(e -> e.briefingId().equals(planned.id()))).hasSize(1);
        assertThat(events.stream(PublicPageChanged.class)).anyMatch(e -> e.pattern().equals("/presse/**"));
    }

    @Test
    void onlyThePressOfficePlansAdminsReadChairAndPanelSeeTheirsAndAnotherMunicipalityNothing() {
        BriefingView planned = fixtures.plan(office, "Briefing", Duration.ofDays(2));
        CurrentUser employee = office.tenant().user("Erika Beschäftigt", Role.EMPLOYEE);
        CurrentUser admin = office.tenant().admin();
        CurrentUser stranger = fixtures.pressOffice("Nachbarstadt").press();

        assertThatThrownBy(() -> fixtures.plan(new PressOffice(office.tenant(), employee, office.chair(),
                office.panel(), office.otherPanel()), "Eigenes", Duration.ofDays(1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> briefings.cancel(admin, planned.id(), null)).isInstanceOf(AccessDeniedException.class);
        assertThat(briefings.briefing(admin, planned.id()).id()).isEqualTo(planned.id());
        assertThat(briefings.briefing(office.panel(), planned.id()).id()).isEqualTo(planned.id());
        assertThatThrownBy(() -> briefings.briefing(employee, planned.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> briefings.briefing(stranger, planned.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> briefings.cancel(stranger, planned.id(), null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> briefings.joinable(employee, planned.id())).isInstanceOf(NotFoundException.class);
        assertThat(briefings.joinable(office.chair(), planned.id()).videoUrl()).isEqualTo("https://meet.example/briefing");
    }

    @Test
    void chairAndPanelArePeopleOfTheCityAndNeitherJournalistsNorStrangers() {
        CurrentUser journalist = office.tenant().user("Tobias Presse", Role.JOURNALIST);
        CurrentUser stranger = fixtures.pressOffice("Fremdstadt").chair();
        Instant start = clock.instant().plus(Duration.ofDays(4));

        assertThatThrownBy(() -> plan(office.chair().personId(), List.of(journalist.personId()), start))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("panel"));
        assertThatThrownBy(() -> plan(stranger.personId(), List.of(), start))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("chairId"));
        assertThatThrownBy(() -> briefings.plan(office.press(), new NewBriefing("Briefing", null, start,
                start.minusSeconds(60), office.chair().personId(), null, null, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("end"));
        assertThatThrownBy(() -> briefings.plan(office.press(), new NewBriefing("Briefing", null, start,
                start.plus(Duration.ofHours(1)), office.chair().personId(), null, null, "http://meet.example/x", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("videoUrl"));
        // The chair is not repeated on the panel, and nobody sits there twice.
        BriefingView tidy = plan(office.chair().personId(), List.of(office.panel().personId(),
                office.chair().personId(), office.panel().personId()), start);
        assertThat(tidy.panel()).containsExactly(office.panel().personId());
        assertThat(jdbc.sql("SELECT count(*) FROM briefing.briefing WHERE tenant_id = ?").param(office.tenant().id())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aCancelledBriefingStaysWithItsReasonAndCanTakePlaceAgain() {
        BriefingView planned = fixtures.plan(office, "Briefing", Duration.ofDays(2));

        BriefingView cancelled = briefings.cancel(office.press(), planned.id(), "  Erkrankung der Leitung ");

        assertThat(cancelled.status()).isEqualTo(BriefingStatus.CANCELLED);
        assertThat(cancelled.cancelReason()).isEqualTo("Erkrankung der Leitung");
        assertThat(events.stream(BriefingCancelled.class).filter(e -> e.briefingId().equals(planned.id()))).hasSize(1);
        assertThatThrownBy(() -> briefings.revise(office.press(), planned.id(), new NewBriefing("Briefing", null,
                planned.start().plus(Duration.ofHours(2)), planned.end().plus(Duration.ofHours(2)),
                office.chair().personId(), null, null, null, null)))
                .isInstanceOf(ConflictException.class);
        BriefingView reinstated = briefings.reinstate(office.press(), planned.id());
        assertThat(reinstated.status()).isEqualTo(BriefingStatus.PLANNED);
        assertThat(reinstated.cancelReason()).isNull();
        assertThat(audit(planned.id())).containsExactly("BRIEFING_PLANNED", "BRIEFING_CANCELLED", "BRIEFING_REINSTATED");
    }

    @Test
    void aStaleEditIsRefusedAndAMoveIsAnnounced() {
        BriefingView planned = fixtures.plan(office, "Briefing", Duration.ofDays(2));
        Instant later = planned.start().plus(Duration.ofHours(3));

        BriefingView moved = briefings.revise(office.press(), planned.id(), new NewBriefing("Briefing verlegt", null,
                later, later.plus(Duration.ofHours(1)), office.otherPanel().personId(), null, null, null,
                planned.version()));

        assertThat(moved.start()).isEqualTo(later);
        assertThat(moved.chairId()).isEqualTo(office.otherPanel().personId());
        assertThat(moved.guests()).isEmpty();
        assertThat(events.stream(BriefingRescheduled.class).filter(e -> e.briefingId().equals(planned.id()))).hasSize(1);
        assertThatThrownBy(() -> briefings.revise(office.press(), planned.id(), new NewBriefing("Zu spät", null, later,
                later.plus(Duration.ofHours(1)), office.chair().personId(), null, null, null, planned.version())))
                .isInstanceOf(ConflictException.class);
        assertThat(briefings.briefing(office.press(), planned.id()).title()).isEqualTo("Briefing verlegt");
    }

    @Test
    void theDatesOfASeriesBecomeBriefingsWithCancelledAndMovedDates() {
        LocalDate today = LocalDate.now(clock.withZone(BERLIN));
        BriefingSeriesView weekly = series.create(office.press(), weekly(today, null));
        LocalDate first = today.with(TemporalAdjusters.next(DayOfWeek.THURSDAY));

        List<BriefingView> dates = list(first, first.plusWeeks(2));
        assertThat(dates).extracting(BriefingView::occurrenceDate)
                .containsExactly(first, first.plusWeeks(1), first.plusWeeks(2));
        assertThat(dates).allSatisfy(date -> {
            assertThat(date.seriesId()).isEqualTo(weekly.id());
            assertThat(date.start().atZone(BERLIN).toLocalTime()).isEqualTo(LocalTime.of(11, 0));
            assertThat(date.chairId()).isEqualTo(office.chair().personId());
            assertThat(date.panel()).containsExactly(office.panel().personId());
        });
        // Listing again keeps the same briefings (questions and rooms refer to their ids).
        assertThat(list(first, first.plusWeeks(2))).extracting(BriefingView::id)
                .containsExactlyElementsOf(dates.stream().map(BriefingView::id).toList());

        briefings.cancel(office.press(), dates.get(0).id(), "Feiertag");
        Instant moved = dates.get(1).start().plus(Duration.ofDays(1)).plus(Duration.ofHours(3));
        briefings.revise(office.press(), dates.get(1).id(), new NewBriefing("Verlegtes Briefing", null, moved,
                moved.plus(Duration.ofHours(1)), office.chair().personId(), null, null, null, null));

        BriefingSeriesView after = series.series(office.press(), weekly.id());
        assertThat(after.exceptions()).containsExactly(
                new BriefingSeriesView.ExceptionView(first, true, null, null),
                new BriefingSeriesView.ExceptionView(first.plusWeeks(1), false, moved, moved.plus(Duration.ofHours(1))));
        List<BriefingView> listed = list(first, first.plusWeeks(2));
        assertThat(listed.get(0).status()).isEqualTo(BriefingStatus.CANCELLED);
        assertThat(listed.get(0).cancelReason()).isEqualTo("Feiertag");
        assertThat(listed.get(1).start()).isEqualTo(moved);
        assertThat(listed.get(1).title()).isEqualTo("Verlegtes Briefing");
        assertThat(listed.get(2).status()).isEqualTo(BriefingStatus.PLANNED);

        // Taking place after all: back at the series' time, without the exception.
        BriefingView again = briefings.reinstate(office.press(), dates.get(0).id());
        assertThat(again.status()).isEqualTo(BriefingStatus.PLANNED);
        assertThat(again.cancelReason()).isNull();
        assertThat(series.series(office.press(), weekly.id()).exceptions()).hasSize(1);
    }

    @Test
    void aChangedSeriesHoldsForItsComingDatesAndANewLastDateCancelsTheLaterOnes() {
        LocalDate today = LocalDate.now(clock.withZone(BERLIN));
        BriefingSeriesView weekly = series.create(office.press(), weekly(today, null));
        LocalDate first = today.with(TemporalAdjusters.next(DayOfWeek.THURSDAY));
        List<BriefingView> dates = list(first, first.plusWeeks(3));

        series.revise(office.press(), weekly.id(), new BriefingSeriesChange("Bürgerbriefing", "Wärme",
                office.otherPanel().personId(), List.of(office.panel().personId()), null, null, first.plusWeeks(1),
                weekly.version()));

        List<BriefingView> after = list(first, first.plusWeeks(3));
        assertThat(after).extracting(BriefingView::title).containsOnly("Bürgerbriefing");
        assertThat(after).extracting(BriefingView::chairId).containsOnly(office.otherPanel().personId());
        assertThat(after).extracting(BriefingView::status).containsExactly(BriefingStatus.PLANNED,
                BriefingStatus.PLANNED, BriefingStatus.CANCELLED, BriefingStatus.CANCELLED);
        assertThat(after).extracting(BriefingView::id).containsExactlyElementsOf(dates.stream().map(BriefingView::id)
                .toList());
        assertThatThrownBy(() -> series.except(office.press(), weekly.id(), first.plusDays(1), null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("date"));
        assertThatThrownBy(() -> briefings.reinstate(office.press(), after.get(3).id()))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void chairAndPanelFindTheirComingBriefingsAndOthersNone() {
        LocalDate today = LocalDate.now(clock.withZone(BERLIN));
        series.create(office.press(), weekly(today, null));
        BriefingView single = fixtures.plan(office, "Sonderbriefing", Duration.ofDays(2));

        List<BriefingView> chairs = briefings.mine(office.chair(), 28);
        assertThat(chairs).extracting(BriefingView::title).contains("Sonderbriefing", "Wochenbriefing");
        assertThat(chairs).hasSizeGreaterThanOrEqualTo(5);
        assertThat(chairs).isSortedAccordingTo(java.util.Comparator.comparing(BriefingView::start));
        assertThat(briefings.mine(office.panel(), 28)).extracting(BriefingView::id).contains(single.id());
        assertThat(briefings.mine(office.otherPanel(), 28)).isEmpty();
        assertThat(briefings.mine(office.tenant().admin(), 28)).isEmpty();
    }

    private BriefingView plan(UUID chairId, List<UUID> panel, Instant start) {
        return briefings.plan(office.press(), new NewBriefing("Briefing", null, start, start.plus(Duration.ofHours(1)),
                chairId, panel, null, null, null));
    }

    private NewBriefingSeries weekly(LocalDate from, LocalDate until) {
        return new NewBriefingSeries(DayOfWeek.THURSDAY, LocalTime.of(11, 0), 60, "Wochenbriefing", from, until,
                "Lage", office.chair().personId(), List.of(office.panel().personId()), null, null);
    }

    private List<BriefingView> list(LocalDate from, LocalDate to) {
        return briefings.briefings(office.press(), from, to, new PageRequest(0, 50)).items();
    }

    private List<String> audit(UUID briefingId) {
        return jdbc.sql("SELECT action FROM platform.audit_entry WHERE entity_id = ? ORDER BY occurred_at, action")
                .param(briefingId).query(String.class).list();
    }
}
