package de.lagezentrum.platform.security;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import de.lagezentrum.IntegrationTest;
import de.lagezentrum.organisation.ApiTokens;
import de.lagezentrum.organisation.PeopleManagement;
import de.lagezentrum.organisation.PersonChange;
import de.lagezentrum.organisation.PersonDetails;
import de.lagezentrum.organisation.PersonView;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.organisation.TestOrganisation.TestTenant;

import static de.lagezentrum.ApiTestSupport.bearer;
import static de.lagezentrum.WebTestSupport.login;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signed-in requests are cheap, but nothing about who may do what is remembered between them: a revoked
 * token, a disabled account or a withdrawn role counts from the very next request, after several
 * successful ones that would have filled any cache.
 */
@IntegrationTest
class RevocationWebTests {

    /** Requests that succeed first, so that whatever could be cached is. */
    private static final int WARM_UP = 5;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisation organisation;

    @Autowired
    ApiTokens tokens;

    @Autowired
    PeopleManagement people;

    TestTenant tenant;

    @BeforeEach
    void tenant() {
        tenant = organisation.newTenant("Widerrufstadt " + UUID.randomUUID());
    }

    @Test
    void aRevokedTokenIsRefusedOnTheVeryNextRequest() {
        CurrentUser user = tenant.user("Rita Widerruf", Role.EMPLOYEE);
        String token = bearer(mvc, user.username(), TestOrganisation.PASSWORD);
        warmUp(token);

        tokens.revoke(user, tokens.activeTokens(user).get(0).id());

        assertThat(mvc.get().uri("/api/v1/me").header("Authorization", token)).hasStatus(401);
    }

    @Test
    void aDisabledAccountsTokenAndSessionAreRefusedOnTheNextRequest() {
        CurrentUser user = tenant.user("Dieter Deaktiviert", Role.EMPLOYEE);
        String token = bearer(mvc, user.username(), TestOrganisation.PASSWORD);
        Cookie session = login(mvc, user.username(), TestOrganisation.PASSWORD);
        warmUp(token);
        for (int i = 0; i < WARM_UP; i++) {
            assertThat(mvc.get().uri("/tasks").cookie(session)).hasStatusOk();
        }

        change(user, Set.of(Role.EMPLOYEE), false);

        assertThat(mvc.get().uri("/api/v1/me").header("Authorization", token)).hasStatus(401);
        assertThat(mvc.get().uri("/tasks").cookie(session)).hasStatus3xxRedirection().redirectedUrl()
                .endsWith("/login");
    }

    @Test
    void aWithdrawnRoleCountsOnTheNextRequest() {
        CurrentUser user = tenant.user("Anke Admin", Role.ADMIN, Role.EMPLOYEE);
        String token = bearer(mvc, user.username(), TestOrganisation.PASSWORD);
        Cookie session = login(mvc, user.username(), TestOrganisation.PASSWORD);
        for (int i = 0; i < WARM_UP; i++) {
            assertThat(mvc.get().uri("/admin/people").cookie(session)).hasStatusOk();
            assertThat(mvc.get().uri("/api/v1/me").header("Authorization", token)).hasStatusOk()
                    .bodyJson().extractingPath("$.roles").asArray().contains("ADMIN");
        }

        change(user, EnumSet.of(Role.EMPLOYEE), true);

        assertThat(mvc.get().uri("/api/v1/me").header("Authorization", token)).hasStatusOk()
                .bodyJson().extractingPath("$.roles").asArray().containsExactly("EMPLOYEE");
        // The session carried the roles of its login: it ends, and a new one has the new roles.
        assertThat(mvc.get().uri("/admin/people").cookie(session)).hasStatus3xxRedirection();
        Cookie again = login(mvc, user.username(), TestOrganisation.PASSWORD);
        assertThat(mvc.get().uri("/admin/people").cookie(again)).hasStatus(403);
    }

    private void warmUp(String token) {
        for (int i = 0; i < WARM_UP; i++) {
            assertThat(mvc.get().uri("/api/v1/me").header("Authorization", token)).hasStatusOk();
        }
    }

    /** The admin of the municipality changes the account's roles and whether it may sign in. */
    private void change(CurrentUser user, Set<Role> roles, boolean enabled) {
        PersonView person = people.person(tenant.admin(), user.personId());
        people.updatePerson(tenant.admin(), user.personId(), new PersonChange(new PersonDetails(person.displayName(),
                person.email(), person.phone(), person.jobTitle(), person.departmentId()), roles, enabled, null,
                person.version()));
    }
}
