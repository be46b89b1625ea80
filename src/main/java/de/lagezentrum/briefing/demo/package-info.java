/**
 * Musterstadt's demo of a held media briefing (issue 9, point 9): a short recording synthesised at
 * start-up as WAV with German captions, O-Töne, questions answered at their time codes, the published
 * summary and a press release, all written through the module's facades as the press office would.
 * Internal to the briefing module.
 */
@NullMarked
package de.lagezentrum.briefing.demo;

import org.jspecify.annotations.NullMarked;
