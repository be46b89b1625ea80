package de.lagezentrum.lessons.demo;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.lagezentrum.IntegrationTest;
import de.lagezentrum.lessons.KnowledgePlatform;
import de.lagezentrum.lessons.LessonStatus;
import de.lagezentrum.lessons.LessonView;
import de.lagezentrum.lessons.Lessons;
import de.lagezentrum.lessons.ResilienceFactors;
import de.lagezentrum.organisation.PeopleManagement;
import de.lagezentrum.platform.TenantDirectory;
import de.lagezentrum.platform.security.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Musterstadt's reflection demo (issue 11, point 8): a debriefing and an innovation workshop, two lessons (one
 * learned, one whose action for the staff lead is overdue) and three resilience factors published on /wissen by
 * a second facilitator.
 */
@IntegrationTest
class LessonsDemoDataTests {

    @Autowired
    Lessons lessons;

    @Autowired
    ResilienceFactors factors;

    @Autowired
    KnowledgePlatform platform;

    @Autowired
    PeopleManagement people;

    @Autowired
    TenantDirectory tenants;

    @Test
    void musterstadtLearnedOneLessonHasAnOverdueActionAndPublishedThreeFactors() {
        CurrentUser facilitator = people.actingAs(tenants.defaultTenantId(), "moderation").orElseThrow();
        await().atMost(Duration.ofSeconds(30)).until(() -> factors.factors(facilitator).size() >= 3);

        assertThat(platform.factor("verantwortung-in-der-flaeche").title()).isEqualTo("Verantwortung in der Fläche");
        assertThat(platform.search("Personalpool")).isNotEmpty();
        assertThat(lessons.lessons(facilitator, LessonStatus.LEARNED)).extracting(LessonView::title)
                .contains("Ansprechpersonen in den Ämtern sind nicht verbindlich benannt");
        assertThat(lessons.lessons(facilitator, LessonStatus.IDENTIFIED)).extracting(LessonView::title)
                .contains("Personal für die Lage fehlt in den ersten Wochen");
        CurrentUser lead = people.actingAs(tenants.defaultTenantId(), "stabsleitung").orElseThrow();
        assertThat(lessons.overdue(lead)).anySatisfy(action ->
                assertThat(action.text()).startsWith("Internen Personalpool ausschreiben"));
    }
}
