package de.lagezentrum.platform;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of a Lagezentrum installation, bound from {@code lagezentrum.*} (environment variables
 * {@code LAGEZENTRUM_*}).
 *
 * @param dataDir directory for the embedded database, generated secrets and files
 * @param adminPassword password of the first {@code admin} account; generated when null
 * @param demo whether Musterstadt's demo data is loaded on first start
 * @param demoPassword password of every demo account
 * @param tenantName name of the first municipality; null means "Musterstadt" with demo data
 * @param embeddedPostgresPort port of the embedded PostgreSQL, 0 for any free port
 * @param apiTokenLifetime how long a token from {@code POST /api/v1/tokens} stays valid
 * @param mailFrom sender address of mails
 * @param baseUrl the address under which users reach the installation, for links in mails and feeds
 */
@ConfigurationProperties("lagezentrum")
public record LagezentrumProperties(
        @DefaultValue("./data") Path dataDir,
        @Nullable String adminPassword,
        @DefaultValue("true") boolean demo,
        @DefaultValue("Demo-Lagezentrum-2026") String demoPassword,
        @Nullable String tenantName,
        @DefaultValue("0") int embeddedPostgresPort,
        @DefaultValue("P30D") Duration apiTokenLifetime,
        @DefaultValue("lagezentrum@localhost") String mailFrom,
        @DefaultValue("http://localhost:8080") String baseUrl) {
}
