package de.lagezentrum.organisation.mfa;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code LAGEZENTRUM_MFA_REQUIRED_ROLES} as operators write it, and the rule of one municipality. */
class MfaPropertiesTests {

    @Test
    void theDefaultRequiresTheRolesThatCanDoTheMostHarm() {
        assertThat(bind(Map.of()).requiredRoles()).containsExactlyInAnyOrder("ADMIN", "OPERATOR", "STAFF_LEAD",
                "PRESS_OFFICE");
    }

    @Test
    void emptyMeansNoneAndUnknownOrSloppyNamesAreAccepted() {
        assertThat(bind(Map.of("lagezentrum.mfa.required-roles", "")).requiredRoles()).isEmpty();
        assertThat(bind(Map.of("lagezentrum.mfa.required-roles", " admin, Operator ,,NO_SUCH_ROLE")).requiredRoles())
                .containsExactlyInAnyOrder("ADMIN", "OPERATOR", "NO_SUCH_ROLE");
    }

    @Test
    void aMunicipalityAddsRolesToTheInstallationsOnes() {
        var policy = new MfaPolicy.TenantMfaPolicy(Set.of("EVENT_HOST"), Set.of("ADMIN"));

        assertThat(policy.effectiveRoles()).containsExactly("ADMIN", "EVENT_HOST");
        assertThat(new MfaPolicy.TenantMfaPolicy(Set.of(), Set.of()).effectiveRoles()).isEmpty();
    }

    private static MfaProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("lagezentrum.mfa", MfaProperties.class);
    }
}
