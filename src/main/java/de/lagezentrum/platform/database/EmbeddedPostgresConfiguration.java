package de.lagezentrum.platform.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.lagezentrum.platform.LagezentrumProperties;

/**
 * Starts an embedded PostgreSQL 17 when no {@code spring.datasource.url} is configured, so that
 * {@code ./mvnw spring-boot:run} needs nothing installed. Its data lives under
 * {@code <data dir>/postgres} and survives restarts.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedPostgresConfiguration {

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

    @Bean
    @ConditionalOnMissingBean(DataSource.class)
    HikariDataSource dataSource(EmbeddedPostgresLease embeddedPostgres,
            @Value("${lagezentrum.embedded-postgres-pool-size:10}") int poolSize) {
        HikariDataSource dataSource = DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .driverClassName("org.postgresql.Driver")
                .url(embeddedPostgres.server().jdbcUrl())
                .username("postgres")
                .password("")
                .build();
        dataSource.setPoolName("lagezentrum-embedded");
        dataSource.setMaximumPoolSize(poolSize);
        return dataSource;
    }

    /** Holds a lease on the shared server and returns it when the context closes. */
    record EmbeddedPostgresLease(EmbeddedPostgresServer server) implements DisposableBean {

        @Override
        public void destroy() {
            server.release();
        }
    }
}
