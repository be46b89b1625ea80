package de.lagezentrum.platform.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;

import de.lagezentrum.platform.audit.AuditLog.AuditEntry;

/**
 * The audit log as CSV after RFC 4180: comma-separated, fields with comma, quote or line break in
 * double quotes (quotes doubled), CRLF line ends, UTF-8 with a byte order mark so that Excel reads
 * the umlauts. A cell that a spreadsheet would take for a formula (starting with {@code = + - @}, tab
 * or carriage return) gets a leading apostrophe (CSV injection).
 */
final class AuditCsv {

    static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final String LINE_END = "\r\n";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private AuditCsv() {
    }

    /** The entries with a header row in the reader's language. */
    static String of(List<AuditEntry> entries, ZoneId zone, MessageSource messages, Locale locale) {
        StringBuilder csv = new StringBuilder(BYTE_ORDER_MARK);
        row(csv, List.of(message(messages, "audit.when", locale), message(messages, "audit.who", locale),
                message(messages, "audit.csv.action", locale), message(messages, "audit.what", locale),
                message(messages, "audit.csv.type", locale), message(messages, "audit.csv.id", locale),
                message(messages, "audit.record", locale), message(messages, "audit.change", locale)));
        for (AuditEntry entry : entries) {
            row(csv, List.of(TIME.format(entry.occurredAt().atZone(zone)), entry.actorName(),
                    entry.action(), messages.getMessage("audit.action." + entry.action(), null, entry.action(), locale),
                    entry.entityType(), entry.entityId() == null ? "" : entry.entityId().toString(), entry.summary(),
                    what(entry)));
        }
        return csv.toString();
    }

    /** One cell, neutralised and quoted as needed. */
    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    private static void row(StringBuilder csv, List<String> cells) {
        csv.append(cells.stream().map(AuditCsv::cell).collect(Collectors.joining(","))).append(LINE_END);
    }

    private static String what(AuditEntry entry) {
        if (entry.security()) {
            return entry.details().entrySet().stream().map(Map.Entry::toString).collect(Collectors.joining("; "));
        }
        return entry.changes().stream().map(change -> change.field() + ": " + change.before() + " → " + change.after())
                .collect(Collectors.joining("; "));
    }

    private static String message(MessageSource messages, String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
