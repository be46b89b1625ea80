package de.lagezentrum.organisation;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.lagezentrum.platform.audit.AuditLog;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.security.OidcAccountProvisioner;
import de.lagezentrum.platform.web.InvalidInputException;

/**
 * Single sign-on accounts: created in the first municipality on first login, roles taken from the
 * provider on every login. A local account with the same username is used, not duplicated.
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
        Set<Role> roles = identity.roles().stream().map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        Account account = accounts.findByUsername(identity.username())
                .orElseGet(() -> create(identity, roles));
        if (!account.enabled()) {
            throw new org.springframework.security.authentication.DisabledException("Account disabled");
        }
        if (!account.roles().equals(roles)) {
            audit.record(account.tenantId(), "ROLES_FROM_SSO", "Account", account.id(), account.username(),
                    java.util.Map.of("roles", account.roles()), java.util.Map.of("roles", roles));
            account.changeRoles(roles);
        }
        return directory.currentUser(accounts.save(account.loggedIn(clock.instant())));
    }

    private Account create(OidcIdentity identity, Set<Role> roles) {
        var tenantId = directory.defaultTenantId();
        String name = identity.displayName() == null || identity.displayName().isBlank() ? identity.username()
                : identity.displayName();
        if (identity.username().isBlank() || identity.username().length() > 64) {
            throw new InvalidInputException("username", "validation.username.pattern");
        }
        Person person = people.save(Person.create(tenantId,
                new PersonDetails(name, identity.email(), null, null, null), clock.instant()));
        Account account = accounts.save(Account.create(tenantId, person.id(), identity.username(), null, roles, true,
                clock.instant()));
        audit.record(tenantId, "CREATED_BY_SSO", "Account", account.id(), identity.username(), null,
                java.util.Map.of("displayName", name, "roles", roles));
        return account;
    }
}
