/**
 * Accreditation of journalists (issue 9, point 2): the public registration with its honeypot, the
 * signed confirmation link, the press office's review with history, the mails, and the API and pages.
 * Internal to the briefing module; others use {@link de.lagezentrum.briefing.Accreditations}.
 */
@NullMarked
package de.lagezentrum.briefing.accreditation;

import org.jspecify.annotations.NullMarked;
