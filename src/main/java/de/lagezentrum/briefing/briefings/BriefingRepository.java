package de.lagezentrum.briefing.briefings;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** Briefings; every lookup is scoped by tenant. */
public interface BriefingRepository extends ListCrudRepository<Briefing, UUID> {

    Optional<Briefing> findByIdAndTenantId(UUID id, UUID tenantId);
}
