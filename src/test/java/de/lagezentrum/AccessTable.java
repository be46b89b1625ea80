package de.lagezentrum;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The expected-access table of {@link AuthorisationMatrixTests}, parsed from a text block: a header
 * line {@code endpoint anon admin lead …} naming the columns of {@link Caller}, then one line per
 * endpoint, {@code METHOD /path/pattern} followed by one outcome per column. Lines starting with
 * {@code #} are comments.
 *
 * <p>Outcomes: {@code ok} (the handler was reached: 2xx, a redirect within the application, 400 or
 * 409), {@code 401}, {@code 403}, {@code login} (a redirect to the login page), {@code 404}, or any other
 * status code as a number. A 5xx is never an accepted outcome.
 */
final class AccessTable {

    static final String OK = "ok";
    static final String LOGIN = "login";

    private final List<Caller> columns;
    private final Map<String, Map<Caller, String>> rows = new LinkedHashMap<>();

    private AccessTable(List<Caller> columns) {
        this.columns = columns;
    }

    static AccessTable parse(String text) {
        List<String> lines = text.lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        String[] header = lines.get(0).split("\\s+");
        List<Caller> columns = Arrays.stream(header).skip(1).map(Caller::ofColumn).toList();
        if (!new TreeSet<>(columns).equals(new TreeSet<>(List.of(Caller.values())))) {
            throw new IllegalArgumentException("The header must name every caller once: " + lines.get(0));
        }
        AccessTable table = new AccessTable(columns);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\\s+");
            if (cells.length != columns.size() + 2) {
                throw new IllegalArgumentException("Expected " + columns.size() + " outcomes in the row: " + line);
            }
            Map<Caller, String> outcomes = new EnumMap<>(Caller.class);
            for (int i = 0; i < columns.size(); i++) {
                outcomes.put(columns.get(i), cells[i + 2]);
            }
            if (table.rows.put(cells[0] + " " + cells[1], outcomes) != null) {
                throw new IllegalArgumentException("Two rows for " + cells[0] + " " + cells[1]);
            }
        }
        return table;
    }

    /** The expected outcomes of an endpoint, or null when it has no row. */
    Map<Caller, String> row(String key) {
        return rows.get(key);
    }

    /** Endpoints the application serves that have no row: each one must get a row. */
    List<String> unlisted(Set<String> served) {
        return served.stream().filter(key -> !rows.containsKey(key)).sorted().toList();
    }

    /** Rows of endpoints the application no longer serves. */
    List<String> stale(Set<String> served) {
        return rows.keySet().stream().filter(key -> !served.contains(key)).sorted().toList();
    }

    /** A message naming every endpoint without a row, or the empty string when each has one. */
    String coverage(Set<String> served) {
        List<String> problems = new ArrayList<>();
        unlisted(served).forEach(key -> problems.add("endpoint without a row in the access table: " + key));
        stale(served).forEach(key -> problems.add("row for an endpoint that no longer exists: " + key));
        return String.join("\n", problems);
    }

    /** The outcome class of a response, in the vocabulary of the table. */
    static String outcome(MockHttpServletResponse response) {
        int status = response.getStatus();
        String location = response.getRedirectedUrl();
        if (status >= 300 && status < 400) {
            boolean toLogin = location != null && location.replaceFirst("^https?://[^/]+", "").matches("/login([?#].*)?");
            boolean withinApp = location != null && !location.matches("^(https?:)?//.*");
            return toLogin ? LOGIN : withinApp || location != null && location.startsWith("http://localhost/") ? OK
                    : Integer.toString(status);
        }
        if (status >= 200 && status < 300 || status == 400 || status == 409) {
            return OK;
        }
        return Integer.toString(status);
    }

    /** One table line for these outcomes, aligned like the rows of the test. */
    String line(String key, Map<Caller, String> outcomes) {
        return String.format("%-61s ", key) + columns.stream()
                .map(caller -> String.format("%-" + width(caller) + "s", outcomes.get(caller)))
                .collect(Collectors.joining()).stripTrailing();
    }

    /** The header line. */
    String header() {
        return String.format("%-61s ", "endpoint")
                + columns.stream().map(caller -> String.format("%-" + width(caller) + "s", caller.column()))
                        .collect(Collectors.joining()).stripTrailing();
    }

    private static int width(Caller caller) {
        return Math.max(caller.column().length(), LOGIN.length()) + 1;
    }
}
