package de.lagezentrum.journal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import de.lagezentrum.platform.database.TenantScope;
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
    private final TransactionTemplate transactions;
    private final GroupCommit<Chain> appends = new GroupCommit<>();

    JournalManagement(StaffManagement staffs, JournalChain chain, JournalQueries queries, JournalPdf pdf,
            ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
        this.staffs = staffs;
        this.chain = chain;
        this.queries = queries;
        this.pdf = pdf;
        this.events = events;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactions);
        this.snapshots = new TransactionTemplate(transactions);
        snapshots.setReadOnly(true);
        snapshots.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /**
     * Appends an entry written by the user. Everything is checked before anything is written: a refused
     * entry leaves the journal as it was.
     *
     * <p>Called outside a transaction (as by the web layer), appends to the same staff that arrive while
     * one is being written are written together in one transaction ({@link GroupCommit}), each checked
     * on its own: a refused one is not written and does not hold the others back. Called inside a
     * transaction, the entry is written in it, and stands or falls with the caller's work.
     *
     * @throws NotFoundException when the user is no member of the staff
     * @throws InvalidInputException for an empty, too long or unprintable text ({@code text}), a time in
     *         the future ({@code occurredAt}) or a corrected entry that is not in this journal ({@code corrects})
     */
    public JournalEntry append(CurrentUser user, UUID staffId, NewJournalEntry command) {
        Append append = new Append(user, staffId, command);
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            settle(append, written(List.of(append)).get(0));
            return append.result();
        }
        return appends.submit(new Chain(user.tenantId(), staffId), append, this::write);
    }

    /** How many appends to the staff's journal wait for the one being written (for tests). */
    int queuedAppends(UUID tenantId, UUID staffId) {
        return appends.queued(new Chain(tenantId, staffId));
    }

    /** Whether appends to the staff's journal are under way (for tests). */
    boolean appendsUnderWay(UUID tenantId, UUID staffId) {
        return appends.hasLane(new Chain(tenantId, staffId));
    }

    /**
     * Writes a batch of appends to one staff in one transaction; when that transaction fails, nothing of
     * it is written, and each append is tried again alone, so that a fault fails only its own append.
     */
    private void write(List<? extends GroupCommit.Pending<?>> batch) {
        List<Append> appends = batch.stream().map(Append.class::cast).toList();
        UUID tenantId = appends.get(0).user.tenantId();
        try {
            List<Object> outcomes = TenantScope.call(tenantId, () -> transactions.execute(status -> written(appends)));
            for (int i = 0; i < appends.size(); i++) {
                settle(appends.get(i), Objects.requireNonNull(outcomes).get(i));
            }
        }
        catch (RuntimeException e) {
            if (appends.size() == 1) {
                appends.get(0).fail(e);
                return;
            }
            for (Append append : appends) {
                write(List.of(append));
            }
        }
    }

    /**
     * Checks each append (membership of its author, its text and times, the entry it corrects) and
     * writes those that pass, in the current transaction. The outcome of each is its entry or the
     * refusal; nothing is handed to the callers here, as the transaction may still fail.
     */
    private List<Object> written(List<Append> appends) {
        Map<UUID, Boolean> members = new HashMap<>();
        List<Object> outcomes = new ArrayList<>(appends.size());
        List<Append> accepted = new ArrayList<>(appends.size());
        for (Append append : appends) {
            try {
                check(append, members);
                accepted.add(append);
                outcomes.add(append);
            }
            catch (RuntimeException refusal) {
                outcomes.add(refusal);
            }
        }
        if (accepted.isEmpty()) {
            return outcomes;
        }
        Append first = accepted.get(0);
        List<StoredEntry> entries = chain.appendAll(first.user.tenantId(), first.staffId, accepted.stream()
                .map(append -> new JournalChain.Draft(append.user.personId(), append.user.displayName(),
                        append.category, Objects.requireNonNull(append.text), append.occurredAt,
                        append.command.corrects()))
                .toList());
        for (int i = 0, next = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i) instanceof Append append) {
                StoredEntry entry = entries.get(next++);
                events.publishEvent(new JournalEntryWritten(entry.tenantId(), append.staffId, entry.id(), entry.seq(),
                        entry.category(), entry.authorId(), entry.corrects()));
                outcomes.set(i, new JournalEntry(entry.id(), append.staffId, entry.seq(), entry.category(),
                        entry.text(), entry.occurredAt(), entry.recordedAt(),
                        new JournalEntry.Author(entry.authorId(), entry.authorName()), entry.corrects(),
                        append.correctsSeq, List.of(), entry.previousHash(), entry.hash()));
            }
        }
        return outcomes;
    }

    /** Membership first, as for every other request: to anybody else the staff does not exist. */
    private void check(Append append, Map<UUID, Boolean> members) {
        if (!members.computeIfAbsent(append.user.personId(), person -> staffs.isMember(append.user, append.staffId))) {
            throw new NotFoundException("Staff");
        }
        if (append.refusal != null) {
            throw append.refusal;
        }
        UUID corrects = append.command.corrects();
        if (corrects != null) {
            append.correctsSeq = queries.seqOf(append.user.tenantId(), append.staffId, corrects)
                    .orElseThrow(() -> new InvalidInputException("corrects", "journal.corrects.unknown"));
        }
    }

    private static void settle(Append append, Object outcome) {
        if (outcome instanceof JournalEntry entry) {
            append.complete(entry);
        }
        else {
            append.fail((RuntimeException) outcome);
        }
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
        Map<UUID, String> names = new HashMap<>();
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

    /** The chain an append goes to: a staff's, within its municipality. */
    private record Chain(UUID tenantId, UUID staffId) {
    }

    /**
     * One caller's append. Text and times are checked when it is made (no database needed), but a
     * refusal is only handed out after the membership check, as before any other answer.
     */
    private final class Append extends GroupCommit.Pending<JournalEntry> {

        final CurrentUser user;
        final UUID staffId;
        final NewJournalEntry command;
        final JournalCategory category;
        @Nullable String text;
        @Nullable Instant occurredAt;
        @Nullable RuntimeException refusal;
        @Nullable Long correctsSeq;

        Append(CurrentUser user, UUID staffId, NewJournalEntry command) {
            this.user = user;
            this.staffId = staffId;
            this.command = command;
            this.category = command.category() == null ? JournalCategory.NOTE : command.category();
            try {
                text = EntryRules.text(command.text());
                occurredAt = EntryRules.occurredAt(command.occurredAt(), clock.instant());
            }
            catch (InvalidInputException e) {
                refusal = e;
            }
        }
    }

    /** What the PDF is made from, read on one snapshot. */
    private record Snapshot(String staffName, JournalVerification verification) {
    }
}
