package de.lagezentrum.organisation;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.lagezentrum.platform.audit.AuditLog;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.ConflictException;
import de.lagezentrum.platform.web.InvalidInputException;
import de.lagezentrum.platform.web.NotFoundException;
import de.lagezentrum.platform.web.PageRequest;
import de.lagezentrum.platform.web.PageResult;

/**
 * The organisation module's facade for departments: every signed-in user reads them, admins change
 * them. All access is scoped to the caller's municipality; ids of another one are not found.
 */
@Service
public class OrganisationManagement {

    private final DepartmentRepository departments;
    private final OrganisationQueries queries;
    private final AuditLog audit;
    private final Clock clock;

    OrganisationManagement(DepartmentRepository departments, OrganisationQueries queries, AuditLog audit,
            Clock clock) {
        this.departments = departments;
        this.queries = queries;
        this.audit = audit;
        this.clock = clock;
    }

    /** One page of the municipality's departments, by name. */
    @Transactional(readOnly = true)
    public PageResult<DepartmentView> departments(CurrentUser user, PageRequest page) {
        return queries.departments(user.tenantId(), page);
    }

    /** All departments of the municipality, by name (for choosers). */
    @Transactional(readOnly = true)
    public List<DepartmentView> allDepartments(CurrentUser user) {
        return queries.departments(user.tenantId(), new PageRequest(0, PageResult.MAX_SIZE)).items();
    }

    /** A department of the caller's municipality. */
    @Transactional(readOnly = true)
    public DepartmentView department(CurrentUser user, UUID id) {
        return find(user, id).view();
    }

    /** Creates a department; names and abbreviations are unique within the municipality. */
    @Transactional
    public DepartmentView createDepartment(CurrentUser actor, DepartmentCommand command) {
        requireAdmin(actor);
        checkUnique(actor.tenantId(), new UUID(0, 0), command);
        Department created = departments.save(
                Department.create(actor.tenantId(), command.name(), command.shortName(), clock.instant()));
        audit.record(actor.tenantId(), "CREATED", "Department", created.id(), command.name(), null, snapshot(command));
        return created.view();
    }

    /** Renames a department as of the version the admin edited; a newer version answers 409. */
    @Transactional
    public DepartmentView updateDepartment(CurrentUser actor, UUID id, DepartmentCommand command, long version) {
        requireAdmin(actor);
        Department department = find(actor, id);
        DepartmentView before = department.view();
        if (before.version() != version) {
            throw new ConflictException("problem.concurrent-change");
        }
        checkUnique(actor.tenantId(), id, command);
        Department saved = departments.save(department.rename(command.name(), command.shortName(), version));
        audit.record(actor.tenantId(), "UPDATED", "Department", id, command.name(),
                snapshot(new DepartmentCommand(before.name(), before.shortName())), snapshot(command));
        return saved.view();
    }

    /** Deletes a department that nobody belongs to any more. */
    @Transactional
    public void deleteDepartment(CurrentUser actor, UUID id) {
        requireAdmin(actor);
        Department department = find(actor, id);
        if (departments.memberCount(id) > 0) {
            throw new ConflictException("department.delete.has-members");
        }
        DepartmentView before = department.view();
        departments.delete(department);
        audit.record(actor.tenantId(), "DELETED", "Department", id, before.name(),
                snapshot(new DepartmentCommand(before.name(), before.shortName())), null);
    }

    /** Refuses (403) anyone without the role {@code ADMIN}. */
    public static void requireAdmin(CurrentUser actor) {
        if (!actor.hasRole(Role.ADMIN.name())) {
            throw new AccessDeniedException("Admins only");
        }
    }

    private Department find(CurrentUser user, UUID id) {
        return departments.findByIdAndTenantId(id, user.tenantId())
                .orElseThrow(() -> new NotFoundException("Department"));
    }

    private void checkUnique(UUID tenantId, UUID exceptId, DepartmentCommand command) {
        if (departments.nameTaken(tenantId, exceptId, command.name().strip(), command.shortName().strip())) {
            throw new InvalidInputException("name", "department.name.taken");
        }
    }

    private static Map<String, Object> snapshot(DepartmentCommand command) {
        return Map.of("name", command.name().strip(), "shortName", command.shortName().strip());
    }
}
