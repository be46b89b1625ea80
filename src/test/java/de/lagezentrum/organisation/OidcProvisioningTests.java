package de.lagezentrum.organisation;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;

import de.lagezentrum.Administrator;
import de.lagezentrum.IntegrationTest;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.security.OidcAccountProvisioner;
import de.lagezentrum.platform.security.OidcAccountProvisioner.OidcIdentity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How identities confirmed by the OpenID Connect provider become accounts (the browser flow is in OidcLoginTests). */
@IntegrationTest
class OidcProvisioningTests {

    @Autowired
    OidcAccountProvisioner provisioner;

    @Autowired
    TestOrganisation organisation;

    @Autowired
    @Administrator
    JdbcClient jdbc;

    @Test
    void aProviderUserNamedLikeALocalAccountDoesNotTakeItOver() {
        var tenant = organisation.newTenant("Übernahmestadt " + UUID.randomUUID());
        String localAdmin = tenant.admin().username();

        assertThatThrownBy(() -> provisioner.provision(new OidcIdentity(localAdmin, "Eindringling", null,
                Set.of("ADMIN")))).isInstanceOf(BadCredentialsException.class);
        assertThat(jdbc.sql("SELECT display_name FROM organisation.person WHERE id = ?")
                .param(tenant.admin().personId()).query(String.class).single()).startsWith("Admin ");
    }

    @Test
    void nameAndEmailFollowTheProviderOnEveryLogin() {
        String username = "sso-" + UUID.randomUUID().toString().substring(0, 8);
        CurrentUser first = provisioner.provision(new OidcIdentity(username, "Karl Alt", "alt@example.org",
                Set.of("EMPLOYEE")));

        CurrentUser second = provisioner.provision(new OidcIdentity(username, "Karla Neu", "neu@example.org",
                Set.of("EMPLOYEE", "STAFF_MEMBER")));

        assertThat(second.accountId()).isEqualTo(first.accountId());
        assertThat(second.displayName()).isEqualTo("Karla Neu");
        assertThat(second.roles()).containsExactlyInAnyOrder("EMPLOYEE", "STAFF_MEMBER");
        assertThat(jdbc.sql("SELECT email FROM organisation.person WHERE id = ?").param(second.personId())
                .query(String.class).single()).isEqualTo("neu@example.org");
        assertThat(jdbc.sql("SELECT external AND password_hash IS NULL FROM organisation.account WHERE id = ?")
                .param(second.accountId()).query(Boolean.class).single()).isTrue();
    }

    @Test
    void aProviderCannotMakeAnyoneAnOperator() {
        String username = "sso-" + UUID.randomUUID().toString().substring(0, 8);

        CurrentUser user = provisioner.provision(new OidcIdentity(username, "Olga Operator", null,
                Set.of("EMPLOYEE", "OPERATOR")));

        assertThat(user.roles()).containsExactly("EMPLOYEE");
        assertThat(jdbc.sql("SELECT count(*) FROM organisation.account_role WHERE account_id = ? AND role = 'OPERATOR'")
                .param(user.accountId()).query(Long.class).single()).isZero();
    }
}
