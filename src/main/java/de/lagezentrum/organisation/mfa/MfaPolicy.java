package de.lagezentrum.organisation.mfa;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.lagezentrum.organisation.OrganisationManagement;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.platform.audit.AuditLog;
import de.lagezentrum.platform.security.CurrentUser;

/**
 * Which roles must use a second factor: the installation's {@link MfaProperties#requiredRoles()} plus
 * what a municipality's admins add. The demo city is exempt from the installation's list, so that its
 * demo logins stay one step.
 */
@Service
public class MfaPolicy {

    private final JdbcClient jdbc;
    private final MfaProperties properties;
    private final AuditLog audit;
    private final Clock clock;

    MfaPolicy(JdbcClient jdbc, MfaProperties properties, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /** The rule of the signed-in user's municipality. */
    @Transactional(readOnly = true)
    public TenantMfaPolicy policy(CurrentUser user) {
        return policy(user.tenantId());
    }

    /** Whether an account with these roles must use a second factor. */
    @Transactional(readOnly = true)
    public boolean required(CurrentUser user) {
        Set<String> required = policy(user.tenantId()).effectiveRoles();
        return user.roles().stream().anyMatch(required::contains);
    }

    /** An admin sets the roles that must use a second factor in their municipality. */
    @Transactional
    public void change(CurrentUser admin, Set<Role> roles) {
        OrganisationManagement.requireAdmin(admin);
        TenantMfaPolicy before = policy(admin.tenantId());
        String[] names = roles.stream().map(Role::name).sorted().toArray(String[]::new);
        jdbc.sql("""
                INSERT INTO organisation.tenant_mfa_policy (tenant_id, required_roles, updated_at) VALUES (?, ?, ?)
                ON CONFLICT (tenant_id) DO UPDATE SET required_roles = EXCLUDED.required_roles,
                                                      updated_at = EXCLUDED.updated_at""")
                .params(admin.tenantId(), names, Timestamp.from(clock.instant())).update();
        audit.record(admin.tenantId(), "MFA_POLICY_CHANGED", "Security", admin.tenantId(), admin.username(),
                Map.of("requiredRoles", before.tenantRoles()),
                Map.of("requiredRoles", new TreeSet<>(Arrays.asList(names))));
    }

    /** Exempts a municipality from the installation's list (the demo city). */
    @Transactional
    public void exemptFromInstallationDefault(UUID tenantId) {
        jdbc.sql("""
                INSERT INTO organisation.tenant_mfa_policy (tenant_id, installation_default, updated_at) VALUES (?, false, ?)
                ON CONFLICT (tenant_id) DO UPDATE SET installation_default = false""")
                .params(tenantId, Timestamp.from(clock.instant())).update();
    }

    private TenantMfaPolicy policy(UUID tenantId) {
        return jdbc.sql("""
                SELECT required_roles, installation_default FROM organisation.tenant_mfa_policy WHERE tenant_id = ?""")
                .param(tenantId)
                .query((rs, row) -> new TenantMfaPolicy(roles(rs.getArray("required_roles")),
                        rs.getBoolean("installation_default") ? properties.requiredRoles() : Set.of()))
                .optional()
                .orElseGet(() -> new TenantMfaPolicy(Set.of(), properties.requiredRoles()));
    }

    private static Set<String> roles(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The rule of one municipality.
     *
     * @param tenantRoles roles its admins require
     * @param installationRoles roles the installation requires there (empty for the demo city)
     */
    public record TenantMfaPolicy(Set<String> tenantRoles, Set<String> installationRoles) {

        public TenantMfaPolicy {
            tenantRoles = Set.copyOf(tenantRoles);
            installationRoles = Set.copyOf(installationRoles);
        }

        /** All roles that must use a second factor there. */
        public Set<String> effectiveRoles() {
            Set<String> all = new TreeSet<>(tenantRoles);
            all.addAll(installationRoles);
            return all;
        }
    }
}
