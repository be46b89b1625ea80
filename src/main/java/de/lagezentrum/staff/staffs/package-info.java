/**
 * The staff aggregate: members with their function, topic areas with an owning department, and the one
 * access rule (members see everything, the lead changes things, anybody else finds nothing). Internal to
 * the staff module: other modules and the pages go through {@link de.lagezentrum.staff.StaffManagement}.
 */
@NullMarked
package de.lagezentrum.staff.staffs;

import org.jspecify.annotations.NullMarked;
