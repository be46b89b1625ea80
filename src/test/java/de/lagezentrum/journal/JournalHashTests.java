package de.lagezentrum.journal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The canonical serialisation of an entry, its hash, and the chain check, without database. */
class JournalHashTests {

    static final StoredEntry FIRST = new StoredEntry(UUID.fromString("6f1c2a3e-1d2b-4c5d-8e9f-0a1b2c3d4e5f"),
            UUID.fromString("11111111-2222-3333-4444-555555555555"),
            UUID.fromString("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"), 1, JournalCategory.EVENT,
            "Pegel Rhein 7,80 m – Deichläufer verständigt.\nZweite Zeile", Instant.parse("2026-03-04T09:00:00Z"),
            Instant.parse("2026-03-04T09:02:13.123456Z"), UUID.fromString("99999999-8888-7777-6666-555555555555"),
            "Beate Sommer", null, 1, EntryHash.GENESIS, "");

    @Test
    void formatOneIsPinned() {
        // Computed independently (Python hashlib) from the documented format: changing the format breaks
        // every stored chain, so it needs a new format number instead. Free texts carry their length in
        // UTF-8 bytes (62 for 58 characters here), so no text can imitate a field boundary.
        assertThat(EntryHash.canonical(FIRST)).isEqualTo("""
                lagezentrum-journal-entry/1
                id:6f1c2a3e-1d2b-4c5d-8e9f-0a1b2c3d4e5f
                tenant:11111111-2222-3333-4444-555555555555
                staff:aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee
                seq:1
                occurredAt:2026-03-04T09:00:00.000000Z
                recordedAt:2026-03-04T09:02:13.123456Z
                author:99999999-8888-7777-6666-555555555555
                authorName:12:Beate Sommer
                category:EVENT
                corrects:
                previousHash:0000000000000000000000000000000000000000000000000000000000000000
                text:62:Pegel Rhein 7,80 m – Deichläufer verständigt.
                Zweite Zeile""");
        assertThat(EntryHash.of(FIRST)).isEqualTo("a5f91769ee49b56e3c212fbe9be43041742884cbaf8610dfb12fb35e10269ac7");
    }

    @Test
    void everyColumnChangesTheHash() {
        String original = EntryHash.of(FIRST);
        List<UnaryOperator<StoredEntry>> changes = List.of(
                e -> copy(e, UUID.randomUUID(), e.tenantId(), e.staffId(), e.seq(), e.text(), e.authorName(),
                        e.corrects(), e.previousHash(), e.occurredAt(), e.recordedAt(), e.category()),
                e -> copy(e, e.id(), UUID.randomUUID(), e.staffId(), e.seq(), e.text(), e.authorName(), e.corrects(),
                        e.previousHash(), e.occurredAt(), e.recordedAt(), e.category()),
                e -> copy(e, e.id(), e.tenantId(), UUID.randomUUID(), e.seq(), e.text(), e.authorName(), e.corrects(),
                        e.previousHash(), e.occurredAt(), e.recordedAt(), e.category()),
                e -> copy(e, e.id(), e.tenantId(), e.staffId(), 2, e.text(), e.authorName(), e.corrects(),
                        e.previousHash(), e.occurredAt(), e.recordedAt(), e.category()),
                e -> copy(e, e.id(), e.tenantId(), e.staffId(), e.seq(), e.text() + ".", e.authorName(), e.corrects(),
                        e.previousHash(), e.occurredAt(), e.recordedAt(), e.category()),
                e -> copy(e, e.id(), e.tenantId(), e.staffId(), e.seq(), e.text(), "Beate Sommers", e.corrects(),
                        e.previousHash(), e.occurredAt(), e.recordedAt(), e.category()),
                e -> copy(e, e.id(), e.tenantId(), e.staffId(), e.seq(), e.text(), e.authorName(), UUID.randomUUID(),
                        e.previousHash(), e.occurredAt(), e.recordedAt(), e.category()),
                e -> copy(e, e.id(), e.tenantId(), e.staffId(), e.seq(), e.text(), e.authorName(), e.corrects(),
                        "1".repeat(64), e.occurredAt(), e.recordedAt(), e.category()),
                e -> copy(e, e.id(), e.tenantId(), e.staffId(), e.seq(), e.text(), e.authorName(), e.corrects(),
                        e.previousHash(), e.occurredAt().plusNanos(1000), e.recordedAt(), e.category()),
                e -> copy(e, e.id(), e.tenantId(), e.staffId(), e.seq(), e.text(), e.authorName(), e.corrects(),
                        e.previousHash(), e.occurredAt(), e.recordedAt().plusNanos(1000), e.category()),
                e -> copy(e, e.id(), e.tenantId(), e.staffId(), e.seq(), e.text(), e.authorName(), e.corrects(),
                        e.previousHash(), e.occurredAt(), e.recordedAt(), JournalCategory.DECISION));
        for (UnaryOperator<StoredEntry> change : changes) {
            assertThat(EntryHash.of(change.apply(FIRST))).isNotEqualTo(original);
        }
    }

    @Test
    void verifierAcceptsAnIntactChainAndNamesTheFirstBrokenEntry() {
        List<StoredEntry> chain = chain(5);
        assertThat(verify(chain, 5, chain.get(4).hash())).isEqualTo(
                new JournalVerification(true, 5, null, chain.get(4).hash()));

        List<StoredEntry> changedText = new ArrayList<>(chain);
        StoredEntry third = chain.get(2);
        changedText.set(2, copy(third, third.id(), third.tenantId(), third.staffId(), 3, "geändert",
                third.authorName(), null, third.previousHash(), third.occurredAt(), third.recordedAt(),
                third.category()));
        assertThat(verify(changedText, 5, chain.get(4).hash()).firstBrokenSeq()).isEqualTo(3L);

        List<StoredEntry> resealed = new ArrayList<>(changedText);
        resealed.set(2, changedText.get(2).sealed());
        assertThat(verify(resealed, 5, chain.get(4).hash()).firstBrokenSeq()).isEqualTo(4L);

        List<StoredEntry> gap = new ArrayList<>(chain);
        gap.remove(1);
        assertThat(verify(gap, 5, chain.get(4).hash())).isEqualTo(new JournalVerification(false, 4, 2L, null));

        assertThat(verify(chain.subList(0, 4), 5, chain.get(4).hash()).firstBrokenSeq()).isEqualTo(5L);
        assertThat(verify(chain, 4, chain.get(3).hash()).firstBrokenSeq()).isEqualTo(5L);
        assertThat(verify(chain, 5, EntryHash.GENESIS).firstBrokenSeq()).isEqualTo(5L);
        assertThat(verify(List.of(), 0, EntryHash.GENESIS)).isEqualTo(new JournalVerification(true, 0, null, null));
    }

    static List<StoredEntry> chain(int length) {
        List<StoredEntry> chain = new ArrayList<>();
        String previous = EntryHash.GENESIS;
        for (int seq = 1; seq <= length; seq++) {
            StoredEntry entry = copy(FIRST, UUID.randomUUID(), FIRST.tenantId(), FIRST.staffId(), seq, "Eintrag " + seq,
                    FIRST.authorName(), null, previous, FIRST.occurredAt(), FIRST.recordedAt(), FIRST.category())
                    .sealed();
            chain.add(entry);
            previous = entry.hash();
        }
        return chain;
    }

    private static JournalVerification verify(List<StoredEntry> entries, long headSeq, String headHash) {
        ChainVerifier verifier = new ChainVerifier();
        entries.forEach(verifier::accept);
        return verifier.result(headSeq, headHash);
    }

    private static StoredEntry copy(StoredEntry e, UUID id, UUID tenantId, UUID staffId, long seq, String text,
            String authorName, UUID corrects, String previousHash, Instant occurredAt, Instant recordedAt,
            JournalCategory category) {
        return new StoredEntry(id, tenantId, staffId, seq, category, text, occurredAt, recordedAt, e.authorId(),
                authorName, corrects, e.hashFormat(), previousHash, e.hash());
    }
}
