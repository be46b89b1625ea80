package de.lagezentrum.journal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.InvalidInputException;
import de.lagezentrum.platform.web.NotFoundException;
import de.lagezentrum.platform.web.PageRequest;
import de.lagezentrum.platform.web.PageResult;
import de.lagezentrum.staff.StaffManagement;

/**
 * The journal module's facade. Members of a staff read and append to its journal; for anybody else
 * (other staffs' members, other municipalities) the journal does not exist. Entries are never changed
 * or deleted; a correction is a new entry referring to the corrected one.
 *
 * <p>The journal entry itself is the attributable record of the change (author, time of recording,
 * hash-chained), so appends are not copied into the audit log.
 */
@Service
public class JournalManagement {

    private final StaffManagement staffs;
    private final JournalChain chain;
    private final JournalQueries queries;
    private final JournalPdf pdf;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate snapshots;

    JournalManagement(StaffManagement staffs, JournalChain chain, JournalQueries queries, JournalPdf pdf,
            ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
        this.staffs = staffs;
        this.chain = chain;
        this.queries = queries;
        this.pdf = pdf;
        this.events = events;
        this.clock = clock;
        this.snapshots = new TransactionTemplate(transactions);
        snapshots.setReadOnly(true);
        snapshots.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /**
     * Appends an entry written by the user. Everything is checked before anything is written: a refused
     * entry leaves the journal as it was.
     *
     * @throws NotFoundException when the user is no member of the staff
     * @throws InvalidInputException for an empty, too long or unprintable text ({@code text}), a time in
     *         the future ({@code occurredAt}) or a corrected entry that is not in this journal ({@code corrects})
     */
    @Transactional
    public JournalEntry append(CurrentUser user, UUID staffId, NewJournalEntry command) {
        requireMember(user, staffId);
        String text = EntryRules.text(command.text());
        @Nullable Instant occurredAt = EntryRules.occurredAt(command.occurredAt(), clock.instant());
        @Nullable Long correctsSeq = null;
        if (command.corrects() != null) {
            correctsSeq = queries.seqOf(user.tenantId(), staffId, command.corrects())
                    .orElseThrow(() -> new InvalidInputException("corrects", "journal.corrects.unknown"));
        }
        JournalCategory category = command.category() == null ? JournalCategory.NOTE : command.category();
        StoredEntry entry = chain.append(user.tenantId(), staffId, user.personId(), user.displayName(), category, text,
                occurredAt, command.corrects());
        events.publishEvent(new JournalEntryWritten(user.tenantId(), staffId, entry.id(), entry.seq(), category,
                user.personId(), entry.corrects()));
        return new JournalEntry(entry.id(), staffId, entry.seq(), category, text, entry.occurredAt(),
                entry.recordedAt(), new JournalEntry.Author(entry.authorId(), entry.authorName()), entry.corrects(),
                correctsSeq, List.of(), entry.previousHash(), entry.hash());
    }

    /** The staff's name and how many entries its journal holds. */
    @Transactional(readOnly = true)
    public JournalSummary summary(CurrentUser user, UUID staffId) {
        String name = staffs.staff(user, staffId).name();
        return new JournalSummary(staffId, name, queries.count(user.tenantId(), staffId));
    }

    /** One page of the journal in order of seq. */
    @Transactional(readOnly = true)
    public PageResult<JournalEntry> entries(CurrentUser user, UUID staffId, PageRequest page) {
        requireMember(user, staffId);
        return queries.page(user.tenantId(), staffId, page);
    }

    /** The latest entries of the journals of all staffs the user belongs to, newest recording first. */
    @Transactional(readOnly = true)
    public List<RecentJournalEntry> latest(CurrentUser user, int limit) {
        java.util.Map<UUID, String> names = new java.util.HashMap<>();
        staffs.myStaffs(user).forEach(staff -> names.put(staff.id(), staff.name()));
        if (names.isEmpty()) {
            return List.of();
        }
        return queries.latest(user.tenantId(), names.keySet().toArray(UUID[]::new), limit).stream()
                .map(entry -> new RecentJournalEntry(entry, names.get(entry.staffId()))).toList();
    }

    /** Whether the user belongs to any staff, and so may keep a journal. */
    @Transactional(readOnly = true)
    public boolean hasJournals(CurrentUser user) {
        return !staffs.myStaffs(user).isEmpty();
    }

    /** One entry of the journal. */
    @Transactional(readOnly = true)
    public JournalEntry entry(CurrentUser user, UUID staffId, UUID entryId) {
        requireMember(user, staffId);
        return queries.entry(user.tenantId(), staffId, entryId)
                .orElseThrow(() -> new NotFoundException("Journal entry"));
    }

    /**
     * Recomputes the whole hash chain, streaming: a journal of any length is checked in constant memory.
     * Runs on one snapshot, so appends during the check neither count nor disturb it.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public JournalVerification verify(CurrentUser user, UUID staffId) {
        requireMember(user, staffId);
        ChainVerifier verifier = new ChainVerifier();
        queries.streamStored(user.tenantId(), staffId, verifier::accept);
        return result(user, staffId, verifier);
    }

    /**
     * Hands every entry in order of seq to {@code each} and verifies the chain on the way, all on one
     * snapshot: the result speaks for exactly the entries handed out. Nothing is held in memory.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public JournalVerification export(CurrentUser user, UUID staffId, Consumer<JournalEntry> each) {
        requireMember(user, staffId);
        ChainVerifier verifier = new ChainVerifier();
        queries.stream(user.tenantId(), staffId, verifier::accept, each);
        return result(user, staffId, verifier);
    }

    /**
     * The whole journal as a tagged, accessible PDF (PDF/UA) with the verification result and a signature
     * block for the journal keeper. Unlike the other exports it holds the journal in memory: the renderer
     * lays out the whole document. It renders after the database work, without holding a connection.
     *
     * @param locale the language of the document
     */
    public byte[] pdf(CurrentUser user, UUID staffId, Locale locale) {
        List<JournalEntry> entries = new ArrayList<>();
        Snapshot snapshot = snapshots.execute(status -> {
            String name = staffs.staff(user, staffId).name();
            return new Snapshot(name, export(user, staffId, entries::add));
        });
        return pdf.render(new JournalSummary(staffId, snapshot.staffName(), entries.size()), entries,
                snapshot.verification(), clock.instant(), user.displayName(), locale);
    }

    private JournalVerification result(CurrentUser user, UUID staffId, ChainVerifier verifier) {
        JournalChain.Head head = queries.head(user.tenantId(), staffId);
        return verifier.result(head.lastSeq(), head.lastHash());
    }

    private void requireMember(CurrentUser user, UUID staffId) {
        if (!staffs.isMember(user, staffId)) {
            throw new NotFoundException("Staff");
        }
    }

    /** What the PDF is made from, read on one snapshot. */
    private record Snapshot(String staffName, JournalVerification verification) {
    }
}
