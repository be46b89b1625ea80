package de.lagezentrum.platform.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import de.lagezentrum.platform.LagezentrumProperties;

/**
 * Starts an embedded PostgreSQL 17 when no {@code spring.datasource.url} is configured, so that
 * {@code ./mvnw spring-boot:run} needs nothing installed. Its data lives under
 * {@code <data dir>/postgres} and survives restarts.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
public class EmbeddedPostgresConfiguration {

    /**
     * The lease on the server. The data source depends on it, so Spring closes the pool (and
     * everything using it) before the lease is returned and the server may stop.
     */
    @Bean
    EmbeddedPostgresLease embeddedPostgres(LagezentrumProperties properties,
            @Value("${lagezentrum.embedded-postgres-fresh:false}") boolean fresh) {
        return new EmbeddedPostgresLease(EmbeddedPostgresServer.obtain(
                properties.dataDir().resolve("postgres"), fresh, properties.embeddedPostgresPort()));
    }

    /**
     * The application's connections: as the role that owns nothing and row-level security binds. The
     * pool takes Spring Boot's {@code spring.datasource.hikari.*} settings (size, timeouts), as an external
     * database's pool does, so one budget in {@code application.yaml} holds for both.
     */
    @Bean
    @Primary
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgresLease embeddedPostgres) {
        HikariDataSource dataSource = DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .driverClassName("org.postgresql.Driver")
                .url(embeddedPostgres.server().jdbcUrl())
                .username(EmbeddedDatabaseRoles.APPLICATION)
                .password("")
                .build();
        dataSource.setPoolName("lagezentrum-embedded");
        return dataSource;
    }

    /** Flyway's connections: as the role that owns the schemas. */
    @Bean(defaultCandidate = false)
    @FlywayDataSource
    DataSource flywayDataSource(EmbeddedPostgresLease embeddedPostgres) {
        return new SimpleDriverDataSource(new org.postgresql.Driver(), embeddedPostgres.server().jdbcUrl(),
                EmbeddedDatabaseRoles.OWNER, "");
    }

    /** Holds a lease on the shared server and returns it when the context closes. */
    public record EmbeddedPostgresLease(EmbeddedPostgresServer server) implements DisposableBean {

        /** The superuser's address of the embedded server, for maintenance and for tests that inspect it. */
        public String administratorUrl() {
            return server.administratorUrl();
        }

        @Override
        public void destroy() {
            server.release();
        }
    }
}
