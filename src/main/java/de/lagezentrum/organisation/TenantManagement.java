package de.lagezentrum.organisation;

import java.time.Clock;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.lagezentrum.platform.audit.AuditLog;
import de.lagezentrum.platform.database.TenantScope;
import de.lagezentrum.platform.database.TenantScope.Purpose;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.InvalidInputException;
import de.lagezentrum.platform.web.NotFoundException;
import de.lagezentrum.platform.web.PageRequest;
import de.lagezentrum.platform.web.PageResult;

/**
 * The operator's facade: lists the municipalities of the installation and adds new ones, each with
 * its first admin, who gets a set-password link by mail. These are the only operations that work
 * across municipalities; they show no municipality's business data.
 */
@Service
public class TenantManagement {

    private static final Set<Role> FIRST_ADMIN_ROLES = EnumSet.of(Role.ADMIN, Role.EMPLOYEE);
    private static final String FIRST_ADMIN_NAME = "Administration";

    private final TenantRepository tenants;
    private final PeopleManagement people;
    private final AccountRepository accounts;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TenantManagement(TenantRepository tenants, PeopleManagement people, AccountRepository accounts, AuditLog audit,
            ApplicationEventPublisher events, Clock clock) {
        this.tenants = tenants;
        this.people = people;
        this.accounts = accounts;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** One page of all municipalities of the installation, by name. Operators only. */
    @Transactional(readOnly = true)
    public PageResult<TenantView> listAllTenants(CurrentUser operator, PageRequest page) {
        requireOperator(operator);
        return TenantScope.call(Purpose.OPERATOR, () -> new PageResult<>(
                tenants.pageAcrossTenants(page.size(), page.offset()).stream().map(Tenant::view).toList(),
                page.page(), page.size(), tenants.countAcrossTenants()));
    }

    /**
     * The ids of every municipality of the installation, oldest first, for work the installation does for
     * each of them without a signed-in user (scheduled jobs such as briefing reminders). Ids only: what a
     * job then reads, it reads as that municipality.
     */
    @Transactional(readOnly = true)
    public List<UUID> allTenantIds() {
        return TenantScope.call(Purpose.OPERATOR, () -> tenants.findAll().stream()
                .map(Tenant::view).sorted(Comparator.comparing(TenantView::createdAt).thenComparing(TenantView::id))
                .map(TenantView::id).toList());
    }

    /** Any municipality of the installation. Operators only. */
    @Transactional(readOnly = true)
    public TenantView tenantAcrossTenants(CurrentUser operator, UUID id) {
        requireOperator(operator);
        return TenantScope.call(Purpose.OPERATOR, () -> tenants.findById(id).map(Tenant::view))
                .orElseThrow(() -> new NotFoundException("Tenant"));
    }

    /**
     * Adds a municipality and its first admin (an account with {@link Role#ADMIN} and no password yet),
     * all or nothing; the admin's set-password link goes out by mail after the commit. Operators only.
     * Writes rows of the new municipality, not of the operator's own.
     */
    @Transactional
    public TenantView createTenantWithAdmin(CurrentUser operator, NewTenant command) {
        requireOperator(operator);
        String name = command.name().strip();
        String username = command.adminUsername().strip();
        if (TenantScope.call(Purpose.OPERATOR, () -> tenants.nameTakenAcrossTenants(name, new UUID(0, 0)))) {
            throw new InvalidInputException("name", "tenant.name.taken");
        }
        people.checkUsername("adminUsername", username);
        Tenant created = Tenant.create(name, clock.instant());
        // The new municipality's rows are written as that municipality, not as the operator's.
        TenantCreated event = TenantScope.call(created.id(), () -> {
            Tenant tenant = tenants.save(created);
            PersonView admin = people.createAwaitingPassword(tenant.id(),
                    new PersonDetails(FIRST_ADMIN_NAME, command.adminEmail().strip(), null, null, null),
                    FIRST_ADMIN_ROLES, username);
            audit.record(tenant.id(), "TENANT_CREATED", "Security", tenant.id(), name, null,
                    Map.of("name", name, "timeZone", tenant.timeZone(), "adminUsername", username));
            return new TenantCreated(tenant.id(), accounts.findByPersonId(admin.id()).orElseThrow().id());
        });
        events.publishEvent(event);
        return TenantScope.call(Purpose.OPERATOR, () -> tenants.findById(created.id())).orElseThrow().view();
    }

    static void requireOperator(CurrentUser actor) {
        if (!actor.hasRole(Role.OPERATOR.name())) {
            throw new AccessDeniedException("Operators only");
        }
    }
}
