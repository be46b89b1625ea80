/** Pages and API of live events: joining, the participant's page, the team's console, the streams. */
@NullMarked
package de.lagezentrum.live.events.web;

import org.jspecify.annotations.NullMarked;
