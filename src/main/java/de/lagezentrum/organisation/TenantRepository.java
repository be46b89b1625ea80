package de.lagezentrum.organisation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * Municipalities. The methods whose names end in {@code AcrossTenants} (and {@link #findFirst()})
 * read every municipality of the installation, without a signed-in user's tenant: the operator's
 * list, the installation-wide name check and the municipality of anonymous visitors.
 */
interface TenantRepository extends ListCrudRepository<Tenant, UUID> {

    @Query("SELECT * FROM organisation.tenant ORDER BY created_at, id LIMIT 1")
    Optional<Tenant> findFirst();

    @Query("SELECT * FROM organisation.tenant ORDER BY lower(name), id LIMIT :limit OFFSET :offset")
    List<Tenant> pageAcrossTenants(int limit, long offset);

    @Query("SELECT count(*) FROM organisation.tenant")
    long countAcrossTenants();

    @Query("SELECT count(*) > 0 FROM organisation.tenant WHERE lower(name) = lower(:name) AND id <> :exceptId")
    boolean nameTakenAcrossTenants(String name, UUID exceptId);
}
