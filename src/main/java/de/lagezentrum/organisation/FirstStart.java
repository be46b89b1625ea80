package de.lagezentrum.organisation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import de.lagezentrum.platform.LagezentrumProperties;
import de.lagezentrum.platform.database.TenantScope;
import de.lagezentrum.platform.database.TenantScope.Purpose;
import de.lagezentrum.platform.web.InvalidInputException;

/**
 * On an empty database: creates the first municipality and its {@code admin} account, admin of that
 * municipality and operator of the installation (password from
 * {@code LAGEZENTRUM_ADMIN_PASSWORD} or generated, logged once and written to the data directory), and
 * loads Musterstadt's demo data unless {@code LAGEZENTRUM_DEMO=false}.
 */
@Component
class FirstStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);
    static final String ADMIN = "admin";

    private final TenantRepository tenants;
    private final PeopleManagement people;
    private final DemoData demo;
    private final LagezentrumProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    FirstStart(TenantRepository tenants, PeopleManagement people, DemoData demo, LagezentrumProperties properties,
            TransactionTemplate transaction, Clock clock) {
        this.tenants = tenants;
        this.people = people;
        this.demo = demo;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            if (TenantScope.call(Purpose.PUBLIC, tenants::count) > 0) {
                return;
            }
            boolean generated = properties.adminPassword() == null || properties.adminPassword().isBlank();
            String password = generated ? generatePassword() : requireStrong(properties.adminPassword());
            String name = properties.tenantName() != null && !properties.tenantName().isBlank()
                    ? properties.tenantName() : properties.demo() ? "Musterstadt" : "Kommune";
            Tenant tenant = Tenant.create(name, clock.instant());
            // The new municipality's rows are written as that municipality.
            TenantScope.run(tenant.id(), () -> create(tenant, password, generated));
        });
    }

    private void create(Tenant created, String password, boolean generated) {
        Tenant tenant = tenants.save(created);
        String name = tenant.name();
        people.create(tenant.id(), new NewPerson(new PersonDetails("Administration", null, null, null, null),
                EnumSet.of(Role.ADMIN, Role.OPERATOR, Role.EMPLOYEE), ADMIN, password));
        if (generated) {
            announce(password);
        }
        if (properties.demo()) {
            demo.load(tenant.id());
            tenants.save(tenant.demoLoaded());
        }
        log.info("Created municipality '{}' with the account '{}'{}", name, ADMIN,
                properties.demo() ? " and Musterstadt's demo data" : "");
    }

    /**
     * The configured first admin password, checked before anything is created: a weak one stops the
     * start with a message that names the setting and says what is wrong.
     */
    static String requireStrong(String password) {
        try {
            Passwords.check("password", password, ADMIN);
            return password;
        }
        catch (InvalidInputException e) {
            String problem = switch (e.messageKey()) {
                case "validation.password.common" -> "is one of the most common passwords; choose a longer, personal one";
                case "validation.password.username" -> "must not be the username '" + ADMIN + "'";
                default -> "must be at least " + Passwords.MIN_LENGTH + " (at most " + Passwords.MAX_LENGTH
                        + ") characters long";
            };
            throw new IllegalStateException("LAGEZENTRUM_ADMIN_PASSWORD " + problem, e);
        }
    }

    private void announce(String password) {
        Path file = properties.dataDir().resolve("admin-password.txt");
        try {
            Files.createDirectories(properties.dataDir());
            Files.writeString(file, password + System.lineSeparator());
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            catch (UnsupportedOperationException e) {
                // Windows: the file inherits the data directory's permissions.
            }
        }
        catch (IOException e) {
            log.warn("Could not write {}: {}", file, e.getMessage());
        }
        log.warn("""

                ================================================================
                 First start: the account 'admin' has the generated password
                     {}
                 It is also in {} — change it after the first login
                 and delete the file. It will not be shown again.
                ================================================================""", password, file.toAbsolutePath());
    }

    private static String generatePassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
