package de.lagezentrum.journal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The canonical serialisation of a journal entry and its SHA-256 hash.
 *
 * <p>Format 1 is UTF-8 text, one field per line ({@code \n}), in this order:
 * <pre>
 * lagezentrum-journal-entry/1
 * id:&lt;uuid&gt;
 * tenant:&lt;uuid&gt;
 * staff:&lt;uuid&gt;
 * seq:&lt;decimal&gt;
 * occurredAt:&lt;yyyy-MM-ddTHH:mm:ss.SSSSSSZ, UTC&gt;
 * recordedAt:&lt;same&gt;
 * author:&lt;uuid&gt;
 * authorName:&lt;UTF-8 byte length&gt;:&lt;name&gt;
 * category:&lt;EVENT|REPORT|DECISION|ORDER|NOTE&gt;
 * corrects:&lt;uuid, or nothing&gt;
 * previousHash:&lt;64 hex digits&gt;
 * text:&lt;UTF-8 byte length&gt;:&lt;text&gt;
 * </pre>
 * UUIDs and hex digits are lower case; free texts carry their length, so no content can imitate a
 * field boundary. The hash is the lower-case hex SHA-256 of these bytes; it covers every column of the
 * row except the hash itself. Seq 1 chains to {@link #GENESIS}.
 */
final class EntryHash {

    /** The format this code writes; stored with each entry so that later formats can be verified too. */
    static final int FORMAT = 1;

    /** The "previous hash" of the first entry of every journal. */
    static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter INSTANT = DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private EntryHash() {
    }

    /** The hash of the entry's content as stored; fails for a format this code does not know. */
    static String of(StoredEntry entry) {
        if (entry.hashFormat() != FORMAT) {
            throw new IllegalArgumentException("Unknown journal hash format " + entry.hashFormat());
        }
        return HexFormat.of().formatHex(sha256().digest(canonical(entry).getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether the entry's stored hash matches its content. */
    static boolean matches(StoredEntry entry) {
        return entry.hashFormat() == FORMAT && of(entry).equals(entry.hash());
    }

    /** The canonical text of format 1. */
    static String canonical(StoredEntry entry) {
        return new StringBuilder(entry.text().length() + 512)
                .append("lagezentrum-journal-entry/").append(FORMAT).append('\n')
                .append("id:").append(entry.id()).append('\n')
                .append("tenant:").append(entry.tenantId()).append('\n')
                .append("staff:").append(entry.staffId()).append('\n')
                .append("seq:").append(entry.seq()).append('\n')
                .append("occurredAt:").append(instant(entry.occurredAt())).append('\n')
                .append("recordedAt:").append(instant(entry.recordedAt())).append('\n')
                .append("author:").append(entry.authorId()).append('\n')
                .append("authorName:").append(counted(entry.authorName())).append('\n')
                .append("category:").append(entry.category().name()).append('\n')
                .append("corrects:").append(uuid(entry.corrects())).append('\n')
                .append("previousHash:").append(entry.previousHash()).append('\n')
                .append("text:").append(counted(entry.text()))
                .toString();
    }

    private static String instant(Instant instant) {
        return INSTANT.format(instant);
    }

    private static String uuid(@Nullable UUID id) {
        return id == null ? "" : id.toString();
    }

    private static String counted(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length + ":" + text;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
