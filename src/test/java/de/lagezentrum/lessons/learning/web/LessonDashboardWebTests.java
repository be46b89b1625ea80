package de.lagezentrum.lessons.learning.web;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import de.lagezentrum.Administrator;
import de.lagezentrum.IntegrationTest;
import de.lagezentrum.WebTestSupport;
import de.lagezentrum.lessons.Lessons;
import de.lagezentrum.lessons.NewLesson;
import de.lagezentrum.lessons.NewLessonAction;
import de.lagezentrum.lessons.NewWorkshop;
import de.lagezentrum.lessons.TestObservations;
import de.lagezentrum.lessons.Workshops;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.organisation.TestOrganisation.TestTenant;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.DateFormats;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard shows the user's overdue lesson actions (due before today), escaped; nobody else's. */
@IntegrationTest
class LessonDashboardWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisation organisation;

    @Autowired
    @Administrator
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    DateFormats dates;

    @Autowired
    Workshops workshops;

    @Autowired
    Lessons lessons;

    @Test
    void theDashboardShowsTheOwnersOverdueActionsOnly() throws Exception {
        TestTenant tenant = organisation.newTenant("Fristenstadt " + UUID.randomUUID());
        CurrentUser facilitator = tenant.user("Clara Moderation", Role.FACILITATOR, Role.EMPLOYEE);
        CurrentUser owner = tenant.user("Otto Verantwortlich", Role.EMPLOYEE);
        UUID workshopId = workshops.create(facilitator, new NewWorkshop("Nachbereitung",
                clock.instant().minus(Duration.ofHours(1)), clock.instant().plus(Duration.ofHours(1)), null, List.of()))
                .id();
        UUID observation = TestObservations.observation(jdbc, clock, tenant.id(), workshopId, "Zuständigkeit unklar");
        UUID lesson = lessons.create(facilitator, new NewLesson("Zuständigkeiten", List.of(observation), null)).id();
        LocalDate today = dates.today(tenant.id(), clock);
        lessons.addAction(facilitator, lesson, new NewLessonAction("<b>Beauftragte</b> benennen", owner.personId(), null,
                today.minusDays(2)));
        lessons.addAction(facilitator, lesson, new NewLessonAction("Übung planen", owner.personId(), null, today));

        String page = mvc.get().uri("/")
                .cookie(WebTestSupport.login(mvc, owner.username(), TestOrganisation.PASSWORD)).exchange()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("Überfällige Maßnahmen aus Lessons", "&lt;b&gt;Beauftragte&lt;/b&gt; benennen")
                .doesNotContain("Übung planen");

        String other = mvc.get().uri("/")
                .cookie(WebTestSupport.login(mvc, facilitator.username(), TestOrganisation.PASSWORD)).exchange()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(other).doesNotContain("Überfällige Maßnahmen aus Lessons");
    }
}
