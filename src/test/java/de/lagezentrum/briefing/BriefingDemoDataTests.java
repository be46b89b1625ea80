package de.lagezentrum.briefing;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import de.lagezentrum.Administrator;
import de.lagezentrum.IntegrationTest;
import de.lagezentrum.organisation.DemoCityLoaded;
import de.lagezentrum.organisation.PeopleManagement;
import de.lagezentrum.platform.TenantDirectory;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Musterstadt's briefings: the weekly "Pressebriefing zur Lage" on Thursdays at 11:00, led by the mayor
 * with department heads on the panel, and one upcoming special briefing; loaded once.
 */
@IntegrationTest
class BriefingDemoDataTests {

    @Autowired
    BriefingSeriesManagement series;

    @Autowired
    BriefingManagement briefings;

    @Autowired
    BriefingQuestions questions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    @Administrator
    JdbcClient jdbc;

    @Autowired
    PeopleManagement people;

    @Autowired
    TenantDirectory tenants;

    @Autowired
    Clock clock;

    @Test
    void musterstadtBriefsThePressEveryThursdayAtElevenAndOnceMoreSoon() {
        CurrentUser press = people.actingAs(tenants.defaultTenantId(), "presse").orElseThrow();
        await().atMost(Duration.ofSeconds(30)).until(() -> !weekly(press).isEmpty());

        BriefingSeriesView weekly = weekly(press).get(0);
        assertThat(weekly.weekday()).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(weekly.time()).isEqualTo(LocalTime.of(11, 0));
        assertThat(weekly.chair().displayName()).isEqualTo("Dr. Julia Berger");
        assertThat(weekly.panelMembers()).extracting(BriefingPerson::displayName)
                .contains("Beate Sommer", "Petra Lang", "Ali Karimi");
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
        List<BriefingView> coming = briefings.briefings(press, today, today.plusDays(14), new PageRequest(0, 50)).items();
        assertThat(coming).extracting(BriefingView::title).contains("Pressebriefing zur Lage",
                "Sonderbriefing: Notunterkunft Messehalle");
        // Other tests plan briefings in the first municipality too: the demo's is found by its title.
        assertThat(coming).filteredOn(BriefingDemoDataTests::special).singleElement().satisfies(special -> {
            assertThat(special.seriesId()).isNull();
            assertThat(special.guests()).isNotEmpty();
            assertThat(questions.queue(press, special.id())).hasSize(2).allSatisfy(question -> {
                assertThat(question.status()).isEqualTo(QuestionStatus.PENDING);
                assertThat(question.authorName()).isEqualTo("Tobias Klein");
            });
        });
        // The social affairs head sits on the panel: her dashboard shows the briefings.
        CurrentUser panel = people.actingAs(tenants.defaultTenantId(), "stabsleitung").orElseThrow();
        assertThat(briefings.mine(panel, 28)).isNotEmpty();

        // A redelivered event leaves the briefings as they are: once its listeners are done (the publication
        // registry marks each handled event complete), there is still one series and one special briefing.
        transaction.executeWithoutResult(status -> events.publishEvent(new DemoCityLoaded(tenants.defaultTenantId())));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "SELECT count(*) FROM platform.event_publication WHERE completion_date IS NULL").query(Long.class)
                .single() == 0);
        assertThat(weekly(press)).hasSize(1);
        assertThat(briefings.briefings(press, today, today.plusDays(14), new PageRequest(0, 50)).items())
                .filteredOn(BriefingDemoDataTests::special).hasSize(1);
    }

    private static boolean special(BriefingView briefing) {
        return briefing.title().equals("Sonderbriefing: Notunterkunft Messehalle");
    }

    private List<BriefingSeriesView> weekly(CurrentUser press) {
        return series.allSeries(press).stream().filter(each -> each.title().equals(BriefingDemoData.SERIES_TITLE))
                .toList();
    }
}
