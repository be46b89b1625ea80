/** The API of reflection workshops: planning, reading, and moving a workshop through its phases. */
@NullMarked
package de.lagezentrum.lessons.workshops.web;

import org.jspecify.annotations.NullMarked;
