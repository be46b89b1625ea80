package de.lagezentrum.live.polls;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import de.lagezentrum.live.EventView;
import de.lagezentrum.live.PollResults;
import de.lagezentrum.live.PollType;
import de.lagezentrum.live.PollView;
import de.lagezentrum.platform.documents.PdfDocuments;

/**
 * A poll's results as CSV (UTF-8 with a byte order mark so that Excel reads the umlauts, semicolons as a
 * German Excel expects, CRLF, cells that a spreadsheet would take for a formula neutralised) and as a
 * tagged PDF (PDF/UA) from {@code live/polls/pdf}.
 */
@Component
public class PollExports {

    static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final String LINE_END = "\r\n";

    private final MessageSource messages;
    private final PdfDocuments documents;

    PollExports(MessageSource messages, PdfDocuments documents) {
        this.messages = messages;
        this.documents = documents;
    }

    public String csv(PollView poll, PollResults results, Locale locale) {
        StringBuilder csv = new StringBuilder(BYTE_ORDER_MARK);
        row(csv, List.of(message("live.poll.question", locale), poll.question()));
        row(csv, List.of(message("live.poll.total", locale), Long.toString(results.total())));
        if (results.texts().isEmpty() && poll.type() != PollType.OPEN) {
            row(csv, List.of(message("live.poll.answer", locale), message("live.poll.votes", locale),
                    message("live.poll.percent", locale)));
            for (PollResults.Count count : results.options()) {
                row(csv, List.of(count.label(), Long.toString(count.count()),
                        Long.toString(count.percentOf(results.total()))));
            }
        }
        else {
            row(csv, List.of(message("live.poll.answer", locale)));
            results.texts().forEach(text -> row(csv, List.of(text)));
        }
        return csv.toString();
    }

    public byte[] pdf(EventView event, PollView poll, PollResults results, Instant exportedAt, Locale locale) {
        return documents.render("live/polls/pdf", Map.of("event", event, "poll", poll, "results", results,
                "exportedAt", exportedAt), locale);
    }

    /** One cell, neutralised and quoted as needed. */
    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    private static void row(StringBuilder csv, List<String> cells) {
        csv.append(cells.stream().map(PollExports::cell).collect(Collectors.joining(";")))
                .append(LINE_END);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
