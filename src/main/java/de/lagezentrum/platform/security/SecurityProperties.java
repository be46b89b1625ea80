package de.lagezentrum.platform.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Throttling and rate limits, bound from {@code lagezentrum.security.*}.
 *
 * @param login failed-login throttling
 * @param rateLimitPerMinute requests per minute and client address on public endpoints
 * @param argon2 cost of password hashing
 * @param sessionAbsoluteLifetime how long a browser session lives at most, however active
 */
@ConfigurationProperties("lagezentrum.security")
public record SecurityProperties(@DefaultValue Login login, @DefaultValue("30") int rateLimitPerMinute,
        @DefaultValue Argon2 argon2, @DefaultValue("PT12H") Duration sessionAbsoluteLifetime) {

    /**
     * Argon2id parameters; the defaults follow OWASP's recommendation (19 MiB, 2 iterations).
     *
     * @param memoryKib memory per hash in KiB
     * @param iterations passes over the memory
     * @param concurrent hashes that may run at once (each holds {@code memoryKib} and a core); 0 for one
     *        per core, at least two
     */
    public record Argon2(@DefaultValue("19456") int memoryKib, @DefaultValue("2") int iterations,
            @DefaultValue("0") int concurrent) {
    }

    /**
     * @param maxFailures failed logins per username within {@code window} before throttling starts
     * @param maxFailuresPerAddress failed logins per client address within {@code window}
     * @param window how long failures are remembered
     * @param initialBlock first throttling period; doubles with every further failure
     * @param maximumBlock longest throttling period
     */
    public record Login(@DefaultValue("5") int maxFailures, @DefaultValue("30") int maxFailuresPerAddress,
            @DefaultValue("PT15M") Duration window, @DefaultValue("PT1M") Duration initialBlock,
            @DefaultValue("PT15M") Duration maximumBlock) {
    }
}
