package de.lagezentrum.organisation;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Municipalities. */
interface TenantRepository extends ListCrudRepository<Tenant, UUID> {

    @Query("SELECT * FROM organisation.tenant ORDER BY created_at, id LIMIT 1")
    Optional<Tenant> findFirst();
}
