package de.lagezentrum.organisation;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import de.lagezentrum.platform.TenantDirectory;
import de.lagezentrum.platform.database.TenantScope;
import de.lagezentrum.platform.database.TenantScope.Purpose;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.NotReadyException;

/**
 * Answers the platform's questions about accounts and municipalities: who signs in with a username
 * (looked up in the whole installation), which municipality serves anonymous visitors and in which time
 * zone, whom to tell about feedback.
 */
@Component
class AccountDirectory implements UserDetailsService, TenantDirectory {

    private final AccountRepository accounts;
    private final PersonRepository people;
    private final TenantRepository tenants;
    private final TenantZones zones;
    private final Clock clock;
    private final TransactionTemplate readOnly;
    private volatile @Nullable UUID defaultTenantId;

    AccountDirectory(AccountRepository accounts, PersonRepository people, TenantRepository tenants, TenantZones zones,
            Clock clock, PlatformTransactionManager transactions) {
        this.accounts = accounts;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.people = people;
        this.tenants = tenants;
        this.zones = zones;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        // Whose account this is cannot be known before it is found: the one read across municipalities.
        return TenantScope.call(Purpose.SIGN_IN, () -> {
            Account account = accounts.findByUsername(username.strip())
                    .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
            return new AccountUserDetails(currentUser(account), account.passwordHash(), account.enabled());
        });
    }

    /** The user an account stands for. */
    CurrentUser currentUser(Account account) {
        Person person = people.findById(account.personId()).orElseThrow();
        Tenant tenant = tenants.findById(account.tenantId()).orElseThrow();
        Set<String> roles = account.roles().stream().map(Role::name).collect(Collectors.toSet());
        return new CurrentUser(tenant.id(), tenant.name(), account.id(), person.id(), account.username(),
                person.displayName(), roles);
    }

    @EventListener
    @Transactional
    void loggedIn(AuthenticationSuccessEvent event) {
        CurrentUser.from(event.getAuthentication()).ifPresent(user -> TenantScope.run(user.tenantId(),
                () -> accounts.findById(user.accountId())
                        .ifPresent(account -> accounts.save(account.loggedIn(clock.instant())))));
    }

    /**
     * The first municipality never changes once it exists, so it is looked up once, in a transaction of its
     * own: a transaction around every call cost an anonymous page one per time shown on it. In the seconds
     * of the very first start before it exists, an anonymous page answers 503 with Retry-After.
     */
    @Override
    public UUID defaultTenantId() {
        UUID id = defaultTenantId;
        if (id == null) {
            id = readOnly.execute(status -> TenantScope.call(Purpose.PUBLIC,
                    () -> tenants.findFirst().orElseThrow(() -> new NotReadyException(
                            "No municipality yet: the first start is still creating it")).id()));
            defaultTenantId = id;
        }
        return id;
    }

    @Override
    public ZoneId timeZone(UUID tenantId) {
        return zones.zoneOf(tenantId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> adminEmails(UUID tenantId) {
        return TenantScope.call(tenantId, () -> accounts.adminEmails(tenantId));
    }
}
