package de.lagezentrum.staff.staffs;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Staffs; every lookup is scoped by tenant. */
public interface StaffRepository extends ListCrudRepository<Staff, UUID> {

    Optional<Staff> findByIdAndTenantId(UUID id, UUID tenantId);

    @Query("""
            SELECT s.* FROM staff.staff s
             WHERE s.tenant_id = :tenantId
               AND EXISTS (SELECT 1 FROM staff.staff_member m WHERE m.staff_id = s.id AND m.person_id = :personId)
             ORDER BY lower(s.name)""")
    List<Staff> findAllWithMember(UUID tenantId, UUID personId);

    /** One indexed lookup, without loading the aggregate (checked on every journal append). */
    @Query("""
            SELECT count(*) > 0 FROM staff.staff_member m JOIN staff.staff s ON s.id = m.staff_id
             WHERE s.tenant_id = :tenantId AND m.staff_id = :staffId AND m.person_id = :personId""")
    boolean isMember(UUID tenantId, UUID staffId, UUID personId);

    @Query("SELECT count(*) > 0 FROM staff.staff WHERE tenant_id = :tenantId AND lower(name) = lower(:name)")
    boolean nameTaken(UUID tenantId, String name);
}
