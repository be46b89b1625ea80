package de.lagezentrum.organisation;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import de.lagezentrum.platform.database.TenantScope;
import de.lagezentrum.platform.security.CurrentUser;

/**
 * Creates isolated municipalities with accounts for tests, so tests never depend on each other's
 * data or on the demo city. Usernames are unique per test JVM.
 */
@Component
public class TestOrganisation {

    /** Password of every account made here. */
    public static final String PASSWORD = "Test-Passwort-2026!";

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final TenantRepository tenants;
    private final PeopleManagement people;
    private final AccountRepository accounts;
    private final AccountDirectory directory;
    private final TransactionTemplate transaction;

    TestOrganisation(TenantRepository tenants, PeopleManagement people, AccountRepository accounts,
            AccountDirectory directory, TransactionTemplate transaction) {
        this.tenants = tenants;
        this.people = people;
        this.accounts = accounts;
        this.directory = directory;
        this.transaction = transaction;
    }

    /** A new municipality with an admin account. */
    public TestTenant newTenant(String name) {
        Tenant created = Tenant.create(name, Instant.now());
        return TenantScope.call(created.id(), () -> transaction.execute(status -> {
            Tenant tenant = tenants.save(created);
            var testTenant = new TestTenant(tenant.id(), name, this);
            testTenant.admin = testTenant.user("Admin " + name, Role.ADMIN, Role.EMPLOYEE);
            return testTenant;
        }));
    }

    CurrentUser createUser(UUID tenantId, String displayName, Set<Role> roles) {
        String username = "t" + COUNTER.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
        return TenantScope.call(tenantId, () -> transaction.execute(status -> {
            PersonView person = people.create(tenantId,
                    new NewPerson(new PersonDetails(displayName, username + "@test.example", null, null, null), roles,
                            username, PASSWORD));
            return directory.currentUser(accounts.findByPersonId(person.id()).orElseThrow());
        }));
    }

    /** A municipality made for one test. */
    public static final class TestTenant {

        private final UUID id;
        private final String name;
        private final TestOrganisation organisation;
        private CurrentUser admin;

        TestTenant(UUID id, String name, TestOrganisation organisation) {
            this.id = id;
            this.name = name;
            this.organisation = organisation;
        }

        public UUID id() {
            return id;
        }

        public String name() {
            return name;
        }

        /** The tenant's admin; password {@link TestOrganisation#PASSWORD}. */
        public CurrentUser admin() {
            return admin;
        }

        /** A new account with these roles; password {@link TestOrganisation#PASSWORD}. */
        public CurrentUser user(String displayName, Role... roles) {
            return organisation.createUser(id, displayName, Set.of(roles));
        }
    }
}
