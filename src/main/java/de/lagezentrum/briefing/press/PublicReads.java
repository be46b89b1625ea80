package de.lagezentrum.briefing.press;

import java.util.UUID;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import de.lagezentrum.platform.TenantDirectory;
import de.lagezentrum.platform.database.TenantScope;

/**
 * Transactions of the public press area, which answers for the installation's first municipality (as the
 * public calendar and the accreditation do), or of a named one when another slice asks whether a
 * briefing is published.
 */
@Component
public class PublicReads {

    private final TenantDirectory tenants;
    private final TransactionTemplate reads;
    private final TransactionTemplate writes;

    PublicReads(TenantDirectory tenants, PlatformTransactionManager transactions) {
        this.tenants = tenants;
        this.reads = new TransactionTemplate(transactions);
        reads.setReadOnly(true);
        this.writes = new TransactionTemplate(transactions);
    }

    /** Reads as the municipality of anonymous visitors. */
    public <T> T read(Function<UUID, T> work) {
        return readAs(tenants.defaultTenantId(), work);
    }

    /** Reads as the given municipality. */
    public <T> T readAs(UUID tenantId, Function<UUID, T> work) {
        return TenantScope.call(tenantId, () -> reads.execute(status -> work.apply(tenantId)));
    }

    /**
     * Works as the municipality of anonymous visitors in a transaction that may write: the dates of a
     * series are stored as briefings when first listed.
     */
    public <T> T write(Function<UUID, T> work) {
        UUID tenantId = tenants.defaultTenantId();
        return TenantScope.call(tenantId, () -> writes.execute(status -> work.apply(tenantId)));
    }
}
