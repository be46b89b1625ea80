package de.lagezentrum.platform.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
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

    @Bean
    @ConditionalOnMissingBean(DataSource.class)
    HikariDataSource dataSource(LagezentrumProperties properties, EmbeddedPostgresSettings settings) {
        var server = EmbeddedPostgresServer.obtain(
                properties.dataDir().resolve("postgres"), settings.fresh(), properties.embeddedPostgresPort());
        HikariDataSource dataSource = DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .driverClassName("org.postgresql.Driver")
                .url(server.jdbcUrl())
                .username("postgres")
                .password("")
                .build();
        dataSource.setPoolName("lagezentrum-embedded");
        dataSource.setMaximumPoolSize(settings.maximumPoolSize());
        return dataSource;
    }

    @Bean
    EmbeddedPostgresSettings embeddedPostgresSettings(
            @Value("${lagezentrum.embedded-postgres-fresh:false}") boolean fresh,
            @Value("${lagezentrum.embedded-postgres-pool-size:10}") int poolSize) {
        return new EmbeddedPostgresSettings(fresh, poolSize);
    }

    /** Internal knobs: a fresh (emptied) data directory for test runs and the pool size. */
    record EmbeddedPostgresSettings(boolean fresh, int maximumPoolSize) {
    }
}
