package de.lagezentrum;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import de.lagezentrum.platform.database.EmbeddedPostgresConfiguration.EmbeddedPostgresLease;

/** The superuser's client of the embedded server for tests ({@link Administrator}). */
@Configuration(proxyBeanMethods = false)
class AdministratorDatabase {

    @Bean(defaultCandidate = false)
    @Administrator
    JdbcClient administratorJdbc(ObjectProvider<EmbeddedPostgresLease> embedded, DataSource application) {
        EmbeddedPostgresLease lease = embedded.getIfAvailable();
        if (lease == null) {
            // A test against an external server configures its own roles and inspects with its own client.
            return JdbcClient.create(application);
        }
        return JdbcClient.create(new DriverManagerDataSource(lease.administratorUrl()));
    }
}
