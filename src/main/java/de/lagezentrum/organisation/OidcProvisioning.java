package de.lagezentrum.organisation;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.lagezentrum.platform.audit.AuditLog;
import de.lagezentrum.platform.database.TenantScope;
import de.lagezentrum.platform.database.TenantScope.Purpose;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.security.OidcAccountProvisioner;
import de.lagezentrum.platform.web.InvalidInputException;

/**
 * Single sign-on accounts: created in the first municipality on first login; roles, name and e-mail
 * taken from the provider on every login. A local account (with password) of the same username is
 * never taken over: such a login is refused, so a provider user named like a local admin cannot
 * become that admin.
 */
@Component
class OidcProvisioning implements OidcAccountProvisioner {

    private final AccountRepository accounts;
    private final PersonRepository people;
    private final AccountDirectory directory;
    private final AuditLog audit;
    private final Clock clock;

    OidcProvisioning(AccountRepository accounts, PersonRepository people, AccountDirectory directory, AuditLog audit,
            Clock clock) {
        this.accounts = accounts;
        this.people = people;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public CurrentUser provision(OidcIdentity identity) {
        // OPERATOR runs the whole installation: only an operator grants it, never a municipality's provider.
        Set<Role> roles = identity.roles().stream().map(Role::valueOf).filter(role -> role != Role.OPERATOR)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        // Whose account this is cannot be known before it is found: the one read across municipalities.
        Account account = TenantScope.call(Purpose.SIGN_IN, () -> accounts.findByUsername(identity.username()))
                .orElseGet(() -> create(identity, roles));
        return TenantScope.call(account.tenantId(), () -> signIn(account, identity, roles));
    }

    private CurrentUser signIn(Account account, OidcIdentity identity, Set<Role> roles) {
        if (!account.external()) {
            throw new BadCredentialsException("Username belongs to a local account");
        }
        if (!account.enabled()) {
            throw new DisabledException("Account disabled");
        }
        refreshPerson(account.personId(), identity);
        if (!account.roles().equals(roles)) {
            audit.record(account.tenantId(), "ROLES_CHANGED", AuditLog.SECURITY, account.id(), account.username(), null,
                    Map.of("before", SecurityAudit.roleNames(account.roles()), "after", SecurityAudit.roleNames(roles),
                            "source", "sso"));
            account.changeRoles(roles);
        }
        return directory.currentUser(accounts.save(account.loggedIn(clock.instant())));
    }

    /** The provider is the source of the person's name and e-mail for single sign-on accounts. */
    private void refreshPerson(UUID personId, OidcIdentity identity) {
        Person person = people.findById(personId).orElseThrow();
        PersonDetails current = person.details();
        PersonDetails fromProvider = new PersonDetails(displayName(identity),
                identity.email() != null ? identity.email() : current.email(), current.phone(), current.jobTitle(),
                current.departmentId());
        if (!fromProvider.equals(current)) {
            people.save(person.update(fromProvider));
        }
    }

    private static String displayName(OidcIdentity identity) {
        return identity.displayName() == null || identity.displayName().isBlank() ? identity.username()
                : identity.displayName().strip();
    }

    private Account create(OidcIdentity identity, Set<Role> roles) {
        var tenantId = directory.defaultTenantId();
        return TenantScope.call(tenantId, () -> create(tenantId, identity, roles));
    }

    private Account create(UUID tenantId, OidcIdentity identity, Set<Role> roles) {
        String name = displayName(identity);
        if (identity.username().isBlank() || identity.username().length() > 64) {
            throw new InvalidInputException("username", "validation.username.pattern");
        }
        Person person = people.save(Person.create(tenantId,
                new PersonDetails(name, identity.email(), null, null, null), clock.instant()));
        Account account = accounts.save(Account.create(tenantId, person.id(), identity.username(), null, roles, true,
                clock.instant()));
        audit.record(tenantId, "CREATED_BY_SSO", "Account", account.id(), identity.username(), null,
                Map.of("displayName", name, "roles", roles));
        return account;
    }
}
