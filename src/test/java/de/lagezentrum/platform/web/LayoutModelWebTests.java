package de.lagezentrum.platform.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import de.lagezentrum.IntegrationTest;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.platform.notification.Notifications;
import de.lagezentrum.platform.security.CurrentUser;

import static de.lagezentrum.WebTestSupport.login;
import static org.assertj.core.api.Assertions.assertThat;

/** The header counts the user's unread notifications when the page shows it, and counts them afresh. */
@IntegrationTest
class LayoutModelWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisation organisation;

    @Autowired
    Notifications notifications;

    @Test
    void theHeaderShowsTheUnreadCountOfThisRequest() {
        CurrentUser user = organisation.newTenant("Zählstadt " + UUID.randomUUID()).user("Zora Zähler", Role.EMPLOYEE);
        Cookie session = login(mvc, user.username(), TestOrganisation.PASSWORD);
        assertThat(mvc.get().uri("/profile").cookie(session)).hasStatusOk().bodyText()
                .doesNotContain("class=\"counter\"");

        notifications.send(user.tenantId(), List.of(user.personId(), user.personId()), "notification.extraordinary-session",
                List.of("Stab", "Sitzung"), null);

        assertThat(mvc.get().uri("/profile").cookie(session)).hasStatusOk().bodyText()
                .containsPattern("class=\"counter\"\\s*>2</span>");

        // The count is kept for a few seconds, but what this instance changes shows at once.
        notifications.send(user.tenantId(), List.of(user.personId()), "notification.extraordinary-session",
                List.of("Stab", "Sitzung"), null);
        assertThat(mvc.get().uri("/profile").cookie(session)).hasStatusOk().bodyText()
                .containsPattern("class=\"counter\"\\s*>3</span>");
        notifications.markAllRead(user);
        assertThat(mvc.get().uri("/profile").cookie(session)).hasStatusOk().bodyText()
                .doesNotContain("class=\"counter\"");
    }
}
