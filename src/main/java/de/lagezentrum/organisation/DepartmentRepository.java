package de.lagezentrum.organisation;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Departments; every lookup is scoped by tenant. */
interface DepartmentRepository extends ListCrudRepository<Department, UUID> {

    Optional<Department> findByIdAndTenantId(UUID id, UUID tenantId);

    @Query("""
            SELECT count(*) > 0 FROM organisation.department
             WHERE tenant_id = :tenantId AND id <> :exceptId
               AND (lower(name) = lower(:name) OR lower(short_name) = lower(:shortName))""")
    boolean nameTaken(UUID tenantId, UUID exceptId, String name, String shortName);

    @Query("SELECT count(*) FROM organisation.person WHERE department_id = :id")
    long memberCount(UUID id);
}
