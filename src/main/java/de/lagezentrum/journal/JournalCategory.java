package de.lagezentrum.journal;

/** What kind of record a journal entry is (German labels: Ereignis, Meldung, Entscheidung, Auftrag, Notiz). */
public enum JournalCategory {

    /** Something that happened (Ereignis). */
    EVENT,

    /** Something that was reported to the staff (Meldung). */
    REPORT,

    /** Something the staff decided (Entscheidung). */
    DECISION,

    /** Something the staff ordered (Auftrag). */
    ORDER,

    /** Anything else worth keeping (Notiz); the default. */
    NOTE
}
