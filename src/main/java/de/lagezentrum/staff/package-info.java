/**
 * Crisis staffs (Stabsarbeit): a lead, members from any department with their function, and topic
 * areas with an owning department; their sessions with agenda, live minutes, decisions and tasks, and
 * the approved protocols. Everything of a staff is visible to all its members and to nobody else.
 *
 * <p>This package is the module's API: the facades, their views, commands and events. The internals
 * sit in feature sub-packages ({@code staffs}, {@code sessions}, {@code minutes}, {@code protocols}),
 * which no other module may use.
 */
@ApplicationModule(allowedDependencies = {"organisation", "platform"})
@NullMarked
package de.lagezentrum.staff;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
