package de.lagezentrum.organisation;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.lagezentrum.platform.audit.AuditLog;
import de.lagezentrum.platform.database.TenantScope;
import de.lagezentrum.platform.database.TenantScope.Purpose;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.security.SessionTerminator;
import de.lagezentrum.platform.web.ConflictException;
import de.lagezentrum.platform.web.InvalidInputException;
import de.lagezentrum.platform.web.NotFoundException;
import de.lagezentrum.platform.web.PageRequest;
import de.lagezentrum.platform.web.PageResult;

/**
 * The organisation module's facade for people and their accounts: every signed-in user finds people
 * of the municipality, admins create and change them, everyone edits their own profile and password.
 */
@Service
public class PeopleManagement {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,64}");

    private final PersonRepository people;
    private final AccountRepository accounts;
    private final DepartmentRepository departments;
    private final OrganisationQueries queries;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final SessionTerminator sessions;
    private final AccountDirectory directory;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PeopleManagement(PersonRepository people, AccountRepository accounts, DepartmentRepository departments,
            OrganisationQueries queries, PasswordEncoder passwordEncoder, AuditLog audit, SessionTerminator sessions,
            AccountDirectory directory, Clock clock, ApplicationEventPublisher events) {
        this.directory = directory;
        this.events = events;
        this.people = people;
        this.accounts = accounts;
        this.departments = departments;
        this.queries = queries;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** One page of people, filtered by a search text and a department (both optional). */
    @Transactional(readOnly = true)
    public PageResult<PersonView> people(CurrentUser user, @Nullable String query, @Nullable UUID departmentId,
            PageRequest page) {
        requireInsider(user);
        return queries.people(user.tenantId(), query, departmentId, page);
    }

    /** A person of the caller's municipality; a journalist sees only themselves. */
    @Transactional(readOnly = true)
    public PersonView person(CurrentUser user, UUID id) {
        if (!id.equals(user.personId())) {
            requireInsider(user);
        }
        return queries.person(user.tenantId(), id).orElseThrow(() -> new NotFoundException("Person"));
    }

    /**
     * Journalists are outside the administration: the directory of its people (usernames, roles, last
     * sign-in) is not theirs to read.
     */
    private static void requireInsider(CurrentUser user) {
        if (!user.roles().isEmpty() && user.roles().stream().allMatch(Role.JOURNALIST.name()::equals)) {
            throw new AccessDeniedException("Journalists do not see the directory of people");
        }
    }

    /** The people of the caller's municipality among these ids (others are left out), by id. */
    @Transactional(readOnly = true)
    public Map<UUID, PersonView> people(CurrentUser user, Collection<UUID> ids) {
        return queries.people(user.tenantId(), ids);
    }

    /**
     * The people of a municipality among these ids, for work done on its behalf without a signed-in user
     * (event listeners such as notifications).
     */
    @Transactional(readOnly = true)
    public Map<UUID, PersonView> peopleOfTenant(UUID tenantId, Collection<UUID> ids) {
        return queries.people(tenantId, ids);
    }

    /**
     * The people of a municipality whose account is enabled and holds the role, by name, for work done on
     * its behalf without a signed-in user (e.g. the briefing reminder to every journalist).
     */
    @Transactional(readOnly = true)
    public List<PersonView> activePeopleWithRole(UUID tenantId, Role role) {
        return queries.activePeopleWithRole(tenantId, role);
    }

    /**
     * The user behind an account of a municipality, for work a module does in that user's name without
     * a request (e.g. demo data set up by the staff lead's account). Empty for unknown usernames.
     */
    @Transactional(readOnly = true)
    public Optional<CurrentUser> actingAs(UUID tenantId, String username) {
        return accounts.findByUsername(username).filter(account -> account.tenantId().equals(tenantId))
                .map(directory::currentUser);
    }

    /** Creates a person and, with a username, an account. Admins only. */
    @Transactional
    public PersonView createPerson(CurrentUser actor, NewPerson command) {
        OrganisationManagement.requireAdmin(actor);
        if (command.roles().contains(Role.OPERATOR) && !actor.hasRole(Role.OPERATOR.name())) {
            throw new InvalidInputException("roles", "person.roles.operator-reserved");
        }
        return create(actor.tenantId(), command);
    }

    /** Creates a person without permission check: first start, demo data, single sign-on. */
    PersonView create(UUID tenantId, NewPerson command) {
        checkDepartment(tenantId, command.details().departmentId());
        if (command.username() == null || command.username().isBlank()) {
            if (!command.roles().isEmpty()) {
                throw new InvalidInputException("roles", "person.roles.need-username");
            }
        }
        else {
            checkUsername("username", command.username());
            Passwords.check("password", command.password(), command.username());
        }
        return save(tenantId, command.details(), command.roles(), command.username(),
                command.password() == null ? null : passwordEncoder.encode(command.password()));
    }

    /**
     * Creates a person with an account that has no password yet (it cannot sign in until a set-password
     * link is used), without permission check: the first admin of a new municipality.
     */
    PersonView createAwaitingPassword(UUID tenantId, PersonDetails details, Set<Role> roles, String username) {
        checkUsername("username", username);
        return save(tenantId, details, roles, username, null);
    }

    private PersonView save(UUID tenantId, PersonDetails details, Set<Role> roles, @Nullable String username,
            @Nullable String passwordHash) {
        Person person = people.save(Person.create(tenantId, details, clock.instant()));
        if (username != null && !username.isBlank()) {
            accounts.save(Account.create(tenantId, person.id(), username, passwordHash, roles, false,
                    clock.instant()));
        }
        PersonView created = person(tenantId, person.id());
        audit.record(tenantId, "CREATED", "Person", person.id(), created.displayName(), null, snapshot(created));
        return created;
    }

    /**
     * Creates an external journalist: a person without department (the outlet as job title) with a
     * {@code JOURNALIST} account that has no password yet; after the commit the person is mailed a
     * set-password link ({@link JournalistAccountCreated}, {@link PasswordLinks}). Press office only (the
     * briefing module's accreditation approves journalists). The username is the e-mail address, or a
     * variant of it when that is taken or not a valid username.
     *
     * @throws AccessDeniedException without the {@code PRESS_OFFICE} role
     */
    @Transactional
    public PersonView createJournalist(CurrentUser actor, String displayName, String email, String outlet) {
        if (!actor.hasRole(Role.PRESS_OFFICE.name())) {
            throw new AccessDeniedException("Only the press office creates journalists' accounts");
        }
        String username = freeUsername(email);
        PersonView created = createAwaitingPassword(actor.tenantId(),
                new PersonDetails(displayName, email, null, outlet, null), Set.of(Role.JOURNALIST), username);
        UUID accountId = accounts.findByPersonId(created.id()).orElseThrow().id();
        events.publishEvent(new JournalistAccountCreated(actor.tenantId(), created.id(), accountId));
        return created;
    }

    private String freeUsername(String email) {
        String base = email.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._@-]", "-");
        if (base.length() > 56) {
            base = base.substring(0, 56);
        }
        if (base.length() < 3) {
            base = "presse-" + base;
        }
        String free = base;
        // Usernames are unique in the whole installation: looked up in every municipality, as at sign-in.
        return TenantScope.call(Purpose.SIGN_IN, () -> {
            String candidate = free;
            for (int i = 2; accounts.findByUsername(candidate).isPresent(); i++) {
                candidate = free + "-" + i;
            }
            return candidate;
        });
    }

    /** Changes a person and the account as of the version the admin edited. Admins only. */
    @Transactional
    public PersonView updatePerson(CurrentUser actor, UUID id, PersonChange change) {
        OrganisationManagement.requireAdmin(actor);
        Person person = people.findByIdAndTenantId(id, actor.tenantId())
                .orElseThrow(() -> new NotFoundException("Person"));
        if (person.version() != change.version()) {
            throw new ConflictException("problem.concurrent-change");
        }
        checkDepartment(actor.tenantId(), change.details().departmentId());
        PersonView before = person(actor.tenantId(), id);
        people.save(person.update(change.details()).expectVersion(change.version()));
        accounts.findByPersonId(id).ifPresent(account -> updateAccount(actor, account, change));
        PersonView after = person(actor.tenantId(), id);
        audit.record(actor.tenantId(), "UPDATED", "Person", id, after.displayName(), snapshot(before), snapshot(after));
        return after;
    }

    private void updateAccount(CurrentUser actor, Account account, PersonChange change) {
        if (account.id().equals(actor.accountId())
                && (!change.enabled() || !change.roles().contains(Role.ADMIN))) {
            throw new InvalidInputException("roles", "person.admin.self-lockout");
        }
        Set<Role> roles = rolesGrantableBy(actor, account, change);
        boolean rolesChanged = !account.roles().equals(roles);
        boolean rightsChanged = rolesChanged || account.enabled() != change.enabled();
        if (rolesChanged) {
            audit.record(actor.tenantId(), "ROLES_CHANGED", AuditLog.SECURITY, account.id(), account.username(), null,
                    Map.of("before", SecurityAudit.roleNames(account.roles()), "after", SecurityAudit.roleNames(roles)));
        }
        account.changeRoles(roles).enable(change.enabled());
        if (change.newPassword() != null && !change.newPassword().isBlank()) {
            // named as the person form names it, so the page marks the field
            Passwords.check("password", change.newPassword(), account.username());
            account.changePasswordHash(passwordEncoder.encode(change.newPassword()));
            audit.record(actor.tenantId(), "PASSWORD_RESET", AuditLog.SECURITY, account.id(), account.username(), null,
                    null);
            rightsChanged = true;
        }
        accounts.save(account);
        if (rightsChanged) {
            // Sessions carry the roles of their login; changed rights take effect at once.
            sessions.endSessionsOf(account.username());
        }
    }

    /**
     * The roles an account gets. Only an operator grants, withdraws or otherwise touches
     * {@link Role#OPERATOR}: an admin of a municipality must neither make anyone operator of the
     * installation nor take over an operator's account (roles, lock, password). For others the operator
     * role is kept as it is (their form does not show it).
     */
    private static Set<Role> rolesGrantableBy(CurrentUser actor, Account account, PersonChange change) {
        Set<Role> roles = change.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(change.roles());
        if (actor.hasRole(Role.OPERATOR.name())) {
            return roles;
        }
        boolean operator = account.roles().contains(Role.OPERATOR);
        if (roles.contains(Role.OPERATOR) && !operator) {
            throw new InvalidInputException("roles", "person.roles.operator-reserved");
        }
        if (operator) {
            roles.add(Role.OPERATOR);
            boolean passwordReset = change.newPassword() != null && !change.newPassword().isBlank();
            if (!roles.equals(account.roles()) || change.enabled() != account.enabled() || passwordReset) {
                throw new InvalidInputException("roles", "person.operator.protected");
            }
        }
        return roles;
    }

    /** The signed-in user changes their own name and contact details. */
    @Transactional
    public PersonView updateProfile(CurrentUser user, PersonDetails details, long version) {
        Person person = people.findByIdAndTenantId(user.personId(), user.tenantId())
                .orElseThrow(() -> new NotFoundException("Person"));
        if (person.version() != version) {
            throw new ConflictException("problem.concurrent-change");
        }
        checkDepartment(user.tenantId(), details.departmentId());
        PersonView before = person(user.tenantId(), person.id());
        people.save(person.update(details).expectVersion(version));
        PersonView after = person(user.tenantId(), person.id());
        audit.record(user.tenantId(), "PROFILE_UPDATED", "Person", person.id(), after.displayName(), snapshot(before),
                snapshot(after));
        return after;
    }

    /** The signed-in user changes their own password, confirming the current one. */
    @Transactional
    public void changePassword(CurrentUser user, String currentPassword, String newPassword) {
        Account account = accounts.findById(user.accountId()).orElseThrow(() -> new NotFoundException("Account"));
        if (account.passwordHash() == null || !passwordEncoder.matches(currentPassword, account.passwordHash())) {
            throw new InvalidInputException("currentPassword", "password.current.wrong");
        }
        Passwords.check("newPassword", newPassword, account.username());
        accounts.save(account.changePasswordHash(passwordEncoder.encode(newPassword)));
        audit.record(user.tenantId(), "PASSWORD_CHANGED", AuditLog.SECURITY, account.id(), account.username(), null,
                null);
    }

    private PersonView person(UUID tenantId, UUID id) {
        return queries.person(tenantId, id).orElseThrow(() -> new NotFoundException("Person"));
    }

    private void checkDepartment(UUID tenantId, @Nullable UUID departmentId) {
        if (departmentId != null && departments.findByIdAndTenantId(departmentId, tenantId).isEmpty()) {
            throw new InvalidInputException("departmentId", "person.department.unknown");
        }
    }

    /** Refuses a malformed username or one taken anywhere in the installation, as an error of the field. */
    void checkUsername(String field, String username) {
        if (!USERNAME.matcher(username).matches()) {
            throw new InvalidInputException(field, "validation.username.pattern");
        }
        // Usernames are unique in the whole installation: looked up in every municipality, as at sign-in.
        if (TenantScope.call(Purpose.SIGN_IN, () -> accounts.findByUsername(username.strip()).isPresent())) {
            throw new InvalidInputException(field, "person.username.taken");
        }
    }

    static Map<String, Object> snapshot(PersonView person) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("displayName", person.displayName());
        state.put("email", person.email());
        state.put("phone", person.phone());
        state.put("jobTitle", person.jobTitle());
        state.put("department", person.departmentName());
        state.put("username", person.username());
        state.put("roles", person.roles());
        state.put("enabled", person.enabled());
        return state;
    }
}
