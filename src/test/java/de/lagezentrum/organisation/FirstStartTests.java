package de.lagezentrum.organisation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import de.lagezentrum.Administrator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On an empty database without configured admin password and without demo data: one municipality,
 * one {@code admin} whose generated password is in the data directory, nothing else. Runs on its own
 * embedded PostgreSQL so the database really starts empty.
 */
@SpringBootTest(properties = {"lagezentrum.admin-password=", "lagezentrum.demo=false",
        "lagezentrum.tenant-name=Teststadt"})
class FirstStartTests {

    static final Path DATA = Path.of(System.getProperty("lagezentrum.data-dir", "target/test-data"))
            .resolveSibling("first-start-data");

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("lagezentrum.data-dir", DATA::toString);
    }

    @Autowired
    @Administrator
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    FirstStart firstStart;

    @Test
    void createsTheTenantAndAdminWithAGeneratedPasswordOnly() throws Exception {
        Path file = DATA.resolve("admin-password.txt");
        String password = Files.readString(file).strip();

        assertThat(password).hasSizeGreaterThanOrEqualTo(20);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(jdbc.sql("SELECT name FROM organisation.tenant").query(String.class).list()).containsExactly("Teststadt");
        String hash = jdbc.sql("SELECT password_hash FROM organisation.account WHERE username = 'admin'")
                .query(String.class).single();
        assertThat(passwords.matches(password, hash)).isTrue();
        assertThat(jdbc.sql("SELECT role FROM organisation.account_role").query(String.class).list())
                .containsExactlyInAnyOrder("ADMIN", "EMPLOYEE");
        assertThat(jdbc.sql("SELECT count(*) FROM organisation.department").query(Long.class).single()).isZero();
    }

    @Test
    void aSecondStartChangesNothing() throws Exception {
        String before = Files.readString(DATA.resolve("admin-password.txt"));

        firstStart.run(null);

        assertThat(jdbc.sql("SELECT count(*) FROM organisation.tenant").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM organisation.account").query(Long.class).single()).isEqualTo(1);
        assertThat(Files.readString(DATA.resolve("admin-password.txt"))).isEqualTo(before);
    }
}
