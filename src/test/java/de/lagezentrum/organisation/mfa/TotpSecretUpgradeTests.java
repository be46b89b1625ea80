package de.lagezentrum.organisation.mfa;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import de.lagezentrum.Administrator;
import de.lagezentrum.IntegrationTest;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.organisation.TestOrganisation.TestTenant;
import de.lagezentrum.platform.database.TenantScope;
import de.lagezentrum.platform.security.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;

/** Secrets an earlier version stored as they were are encrypted at the next start, and still check codes. */
@IntegrationTest
class TotpSecretUpgradeTests {

    @Autowired
    TestOrganisation organisation;

    @Autowired
    TotpSecretUpgrade upgrade;

    @Autowired
    TotpFactors factors;

    @Autowired
    TotpSecretCipher cipher;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    @Administrator
    JdbcClient administrator;

    @Test
    void anInstanceWithAnotherKeyRefusesToStart() {
        byte[] other = new byte[32];
        java.util.Arrays.fill(other, (byte) 7);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> upgrade.requireSameKey(new TotpSecretCipher(other)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("LAGEZENTRUM_MFA_SECRET_KEY");
        assertThat(administrator.sql("SELECT count(*) FROM organisation.mfa_key_check").query(Long.class).single())
                .as("the first instance's value stays").isEqualTo(1);
        upgrade.requireSameKey(cipher);
    }

    @Test
    void aPlainSecretIsEncryptedAtStartAndReadsAsBefore() {
        TestTenant tenant = organisation.newTenant("Altbestandstadt " + UUID.randomUUID());
        CurrentUser user = tenant.user("Otto Altmann", Role.EMPLOYEE);
        String plain = Totp.newSecret();
        administrator.sql("""
                INSERT INTO organisation.totp_factor (account_id, tenant_id, secret, created_at, confirmed_at)
                VALUES (?, ?, ?, now(), now())""").params(user.accountId(), tenant.id(), plain).update();

        upgrade.run(null);

        String stored = administrator.sql("SELECT secret FROM organisation.totp_factor WHERE account_id = ?")
                .param(user.accountId()).query(String.class).single();
        assertThat(stored).startsWith("v1.").doesNotContain(plain);
        java.util.Optional<String> read = TenantScope.call(tenant.id(),
                () -> transaction.execute(status -> factors.confirmedSecret(user.accountId())));
        assertThat(read).contains(plain);

        upgrade.run(null);
        assertThat(administrator.sql("SELECT secret FROM organisation.totp_factor WHERE account_id = ?")
                .param(user.accountId()).query(String.class).single()).as("a second start changes nothing")
                .isEqualTo(stored);
    }
}
