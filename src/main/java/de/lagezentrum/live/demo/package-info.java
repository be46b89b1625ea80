/** The demo city's live event, written through the module's facades. */
@NullMarked
package de.lagezentrum.live.demo;

import org.jspecify.annotations.NullMarked;
