package de.lagezentrum.platform.web;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import de.lagezentrum.IntegrationTest;
import de.lagezentrum.WebTestSupport;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.platform.security.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** "Angemeldet bleiben": signed-in pages carry the session's length; the keep-alive needs a session and CSRF. */
@IntegrationTest
class SessionKeepAliveWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisation organisation;

    @Test
    void signedInPagesKnowTheTimeoutAndTheKeepAliveRenewsOnlyAValidSession() {
        CurrentUser user = organisation.newTenant("Zeitstadt " + java.util.UUID.randomUUID())
                .user("Zora Zeit", Role.EMPLOYEE);
        Cookie session = WebTestSupport.login(mvc, user.username(), TestOrganisation.PASSWORD);

        assertThat(mvc.get().uri("/").cookie(session)).hasStatusOk().bodyText()
                .contains("<meta name=\"session-timeout\" content=\"28800\">", "id=\"session-warning\"");
        assertThat(mvc.post().uri("/session/keep-alive").cookie(session).with(csrf())).hasStatus(204);
        assertThat(mvc.post().uri("/session/keep-alive").cookie(session)).hasStatus(403);
        // Without a session the answer is the way to the login (the page then says the session has ended).
        assertThat(mvc.post().uri("/session/keep-alive").with(csrf())).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/login")).hasStatusOk().bodyText().doesNotContain("session-timeout");
    }
}
