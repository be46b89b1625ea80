package de.lagezentrum.briefing;

/** What an uploaded medium of a briefing is: its recording (Mitschnitt) or an O-Ton of its own. */
public enum MediumKind {
    /** The recording of the briefing, audio or video. */
    RECORDING,
    /** An O-Ton (sound bite) uploaded as a file of its own. */
    SOUNDBITE
}
