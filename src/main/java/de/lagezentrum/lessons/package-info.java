/**
 * Learning from a crisis (seeds 001 and 002: PanReflex's reflection workshops): facilitators lead
 * reflection and innovation workshops through their phases, participants post observations and rate
 * proposals, lessons go from identified to learned with remedial actions and validation evidence, and
 * recommendations grouped into resilience factors are published on the public knowledge platform
 * ({@code /wissen}).
 *
 * <p>This package is the module's API: the facades, their views, commands and events. The internals
 * sit in feature sub-packages, which no other module may use.
 */
@ApplicationModule(allowedDependencies = {"organisation", "platform"})
@NullMarked
package de.lagezentrum.lessons;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
