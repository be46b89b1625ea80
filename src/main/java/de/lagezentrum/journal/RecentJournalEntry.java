package de.lagezentrum.journal;

/**
 * A recent entry of one of the user's journals, with the name of its staff (for the dashboard).
 *
 * @param staffName the name of the staff whose journal holds the entry
 */
public record RecentJournalEntry(JournalEntry entry, String staffName) {
}
