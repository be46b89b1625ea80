/**
 * What keeps a finalised protocol as it is (the guard on the session's row) and its PDF. Internal to the
 * staff module: other modules go through {@link de.lagezentrum.staff.ProtocolManagement}.
 */
@NullMarked
package de.lagezentrum.staff.protocols;

import org.jspecify.annotations.NullMarked;
