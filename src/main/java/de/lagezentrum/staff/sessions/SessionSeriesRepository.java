package de.lagezentrum.staff.sessions;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** Session series; every lookup is scoped by tenant. */
public interface SessionSeriesRepository extends ListCrudRepository<SessionSeries, UUID> {

    List<SessionSeries> findByTenantIdAndStaffId(UUID tenantId, UUID staffId);

    Optional<SessionSeries> findByIdAndTenantIdAndStaffId(UUID id, UUID tenantId, UUID staffId);
}
