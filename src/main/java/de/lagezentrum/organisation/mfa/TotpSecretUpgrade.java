package de.lagezentrum.organisation.mfa;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import de.lagezentrum.organisation.TenantManagement;
import de.lagezentrum.platform.database.TenantScope;

/**
 * At start, encrypts the TOTP secrets that an earlier version stored as they were, municipality by
 * municipality; once all are encrypted it finds nothing to do.
 */
@Component
class TotpSecretUpgrade implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TotpSecretUpgrade.class);

    private final TenantManagement tenants;
    private final TotpFactors factors;
    private final TransactionTemplate transaction;

    TotpSecretUpgrade(TenantManagement tenants, TotpFactors factors, TransactionTemplate transaction) {
        this.tenants = tenants;
        this.factors = factors;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
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
