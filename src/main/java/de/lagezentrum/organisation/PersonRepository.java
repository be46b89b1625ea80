package de.lagezentrum.organisation;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** People; every lookup is scoped by tenant. */
interface PersonRepository extends ListCrudRepository<Person, UUID> {

    Optional<Person> findByIdAndTenantId(UUID id, UUID tenantId);
}
