/**
 * The operations journal (Einsatztagebuch, ETB) of a staff: a strictly ordered, append-only log of
 * what happened, what was reported, decided or ordered, by whom and when. Only the staff's members
 * read and write it. Entries are never changed: a correction is a new entry that refers to the
 * corrected one. Every entry carries the SHA-256 hash of its canonical content and the hash of its
 * predecessor, so {@link de.lagezentrum.journal.JournalManagement#verify verify} detects any row
 * changed behind the application's back; a trigger refuses UPDATE and DELETE in the database too.
 *
 * <p>The journal is a log, not an aggregate: it is written and read with {@code JdbcClient} and plain
 * SQL (appends lock the staff's chain head, reads and verification stream), not with Spring Data JDBC.
 */
@ApplicationModule(allowedDependencies = {"staff", "organisation", "platform"})
@NullMarked
package de.lagezentrum.journal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
