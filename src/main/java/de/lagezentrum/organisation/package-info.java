/**
 * Municipalities (tenants), their departments (Fachbereiche) and people, accounts with roles, and
 * personal API tokens. Creates the first tenant with its {@code admin} account on an empty database
 * and loads the demo city Musterstadt. Every change is recorded in the audit log.
 */
@ApplicationModule(allowedDependencies = "platform")
@NullMarked
package de.lagezentrum.organisation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
