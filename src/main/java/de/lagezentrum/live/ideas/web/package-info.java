/** Pages and API of an event's ideas: marking, the list, the CSV and JSON exports. */
@NullMarked
package de.lagezentrum.live.ideas.web;

import org.jspecify.annotations.NullMarked;
