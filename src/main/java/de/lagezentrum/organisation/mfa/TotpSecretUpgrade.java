package de.lagezentrum.organisation.mfa;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import de.lagezentrum.organisation.TenantManagement;
import de.lagezentrum.platform.database.TenantScope;

/**
 * At start, checks that this instance has the same key for TOTP secrets as the others on the database, and
 * encrypts the secrets that an earlier version stored as they were, municipality by municipality; once all
 * are encrypted it finds nothing to do.
 */
@Component
class TotpSecretUpgrade implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TotpSecretUpgrade.class);

    private final TenantManagement tenants;
    private final TotpFactors factors;
    private final TotpSecretCipher cipher;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    TotpSecretUpgrade(TenantManagement tenants, TotpFactors factors, TotpSecretCipher cipher, JdbcClient jdbc,
            TransactionTemplate transaction) {
        this.tenants = tenants;
        this.factors = factors;
        this.cipher = cipher;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /**
     * The first instance records its key's check value; one started with another key (say, its own key file
     * in its own data directory beside the others') stops here with a clear message, rather than answering
     * every second sign-in of a factor enrolled elsewhere with a 500.
     */
    void requireSameKey(TotpSecretCipher key) {
        String recorded = transaction.execute(status -> {
            jdbc.sql("INSERT INTO organisation.mfa_key_check (id, check_value) VALUES (1, ?) ON CONFLICT (id) DO NOTHING")
                    .param(key.checkValue()).update();
            return jdbc.sql("SELECT check_value FROM organisation.mfa_key_check WHERE id = 1").query(String.class).single();
        });
        if (!key.checkValue().equals(recorded)) {
            throw new IllegalStateException("This instance encrypts TOTP secrets with another key than the database's "
                    + "other instances: set LAGEZENTRUM_MFA_SECRET_KEY on every instance to the same key (the first "
                    + "instance's is in its data directory, " + TotpSecretCipher.KEY_FILE + ")");
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        requireSameKey(cipher);
        int encrypted = 0;
        for (var tenant : tenants.allTenantIds()) {
            Integer count = TenantScope.call(tenant, () -> transaction.execute(status -> factors.encryptPlainSecrets()));
            encrypted += count == null ? 0 : count;
        }
        if (encrypted > 0) {
            log.info("Encrypted {} TOTP secrets stored before secrets were kept encrypted", encrypted);
        }
    }
}
