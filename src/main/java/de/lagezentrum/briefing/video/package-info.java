/**
 * Video rooms of briefings: who enters a briefing's room as what and when ({@code RoomEntrance}), the
 * BigBlueButton client with its signed calls and meeting ids bound to the briefing, Jitsi tokens, the
 * plain link, and the verified, idempotent recording-ready callback of BigBlueButton. Internal to the
 * briefing module.
 */
@NullMarked
package de.lagezentrum.briefing.video;

import org.jspecify.annotations.NullMarked;
