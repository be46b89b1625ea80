/** Pages and API of live polls: voting, the team's console section, the presenter section, exports. */
@NullMarked
package de.lagezentrum.live.polls.web;

import org.jspecify.annotations.NullMarked;
