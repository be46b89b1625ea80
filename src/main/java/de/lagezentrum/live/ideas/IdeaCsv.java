package de.lagezentrum.live.ideas;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import de.lagezentrum.live.IdeaView;

/**
 * An event's ideas as CSV for a spreadsheet: semicolon-separated (what German Excel expects), fields with
 * a semicolon, quote or line break in double quotes, CRLF line ends, UTF-8 with a byte order mark. A cell a
 * spreadsheet would take for a formula gets a leading apostrophe (CSV injection). The header names the
 * fields of the API, so the file reads back into the programme without a mapping.
 */
public final class IdeaCsv {

    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final String LINE_END = "\r\n";

    private IdeaCsv() {
    }

    public static String of(List<IdeaView> ideas) {
        StringBuilder csv = new StringBuilder(BYTE_ORDER_MARK);
        row(csv, List.of("id", "kind", "sourceId", "text", "transferredTo", "markedAt"));
        for (IdeaView idea : ideas) {
            row(csv, List.of(idea.id().toString(), idea.kind().name(), idea.sourceId().toString(), idea.text(),
                    idea.transferredTo() == null ? "" : idea.transferredTo().toString(),
                    DateTimeFormatter.ISO_INSTANT.format(idea.markedAt())));
        }
        return csv.toString();
    }

    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    private static void row(StringBuilder csv, List<String> cells) {
        csv.append(cells.stream().map(IdeaCsv::cell).collect(Collectors.joining(";"))).append(LINE_END);
    }
}
