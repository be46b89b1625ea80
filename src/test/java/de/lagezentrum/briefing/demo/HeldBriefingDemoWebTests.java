package de.lagezentrum.briefing.demo;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.lagezentrum.IntegrationTest;
import de.lagezentrum.briefing.PressReleaseView;
import de.lagezentrum.briefing.PressReleases;
import de.lagezentrum.organisation.PeopleManagement;
import de.lagezentrum.platform.TenantDirectory;
import de.lagezentrum.platform.security.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Musterstadt's held briefing in the public press area, read without a session: the front page lists it
 * with its press release, and its page shows the summary.
 */
@IntegrationTest
class HeldBriefingDemoWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    PressReleases releases;

    @Autowired
    PeopleManagement people;

    @Autowired
    TenantDirectory tenants;

    @Test
    void thePressAreaListsLastThursdaysBriefingAndItsPageShowsTheSummary() throws Exception {
        CurrentUser press = people.actingAs(tenants.defaultTenantId(), "presse").orElseThrow();
        PressReleaseView release = await().atMost(Duration.ofSeconds(30)).until(() -> releases.releases(press).stream()
                .filter(each -> each.title().equals(HeldBriefingDemo.RELEASE_TITLE)).findFirst(), Optional::isPresent)
                .orElseThrow();
        UUID held = release.briefingId();
        String page = "/presse/briefings/" + held;

        MvcTestResult area = mvc.get().uri("/presse").exchange();
        assertThat(area).hasStatusOk();
        assertThat(area.getResponse().getContentAsString()).contains("href=\"" + page + "\"",
                HeldBriefingDemo.RELEASE_TITLE);

        MvcTestResult briefing = mvc.get().uri(page).exchange();
        assertThat(briefing).hasStatusOk();
        assertThat(briefing.getResponse().getContentAsString()).contains("id=\"summary\"",
                "<strong>Unterbringung:</strong>", "Bürgeramt Mitte");

        MvcTestResult releasePage = mvc.get().uri("/presse/mitteilungen/" + release.id()).exchange();
        assertThat(releasePage).hasStatusOk();
        assertThat(releasePage.getResponse().getContentAsString()).contains("href=\"" + page + "\"");
    }
}
