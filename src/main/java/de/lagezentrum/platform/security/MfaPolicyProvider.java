package de.lagezentrum.platform.security;

/**
 * Tells the security filters what a signed-in user still needs after the first factor. Implemented by
 * the module that owns accounts.
 */
public interface MfaPolicyProvider {

    /** What this user must still do; never null. */
    MfaRequirement requirementFor(CurrentUser user);
}
