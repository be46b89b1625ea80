/**
 * Crisis staffs (Stabsarbeit): a lead, members from any department with their function, and topic
 * areas with an owning department. Everything of a staff is visible to all its members and to nobody
 * else; later: sessions, agenda, live minutes, decisions, tasks and approved protocols.
 */
@ApplicationModule(allowedDependencies = {"organisation", "platform"})
@NullMarked
package de.lagezentrum.staff;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
