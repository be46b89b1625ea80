/**
 * Weekly media briefings of the city (seed 000 §2): briefing series and single briefings with chair,
 * panel and guests, accreditation of journalists, video rooms (BigBlueButton, Jitsi or a plain link),
 * questions before and during a briefing, recordings and O-Töne, press releases and the public press
 * area with its feed and calendar.
 *
 * <p>This package is the module's API: the facades, their views, commands and events. The internals
 * sit in feature sub-packages, which no other module may use.
 */
@ApplicationModule(allowedDependencies = {"organisation", "platform"})
@NullMarked
package de.lagezentrum.briefing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
