package de.lagezentrum.briefing.briefings;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** Briefing series; every lookup is scoped by tenant. */
public interface BriefingSeriesRepository extends ListCrudRepository<BriefingSeries, UUID> {

    List<BriefingSeries> findByTenantIdOrderByCreatedAt(UUID tenantId);

    Optional<BriefingSeries> findByIdAndTenantId(UUID id, UUID tenantId);
}
