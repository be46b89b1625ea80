package de.lagezentrum;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Generators of input that an honest client never sends: wrong JSON types, huge numbers, deep nesting,
 * control characters, long Unicode (emoji, right-to-left, combining marks, lone surrogates), invalid
 * JSON, and the metacharacters of SQL and {@code LIKE}.
 */
final class HostileInput {

    private static final String EMOJI = "👩‍👩‍👧‍👦🇩🇪";
    private static final String RIGHT_TO_LEFT = "\u202eשלום مرحبا\u200f";
    private static final String COMBINING = "e\u0301\u0308\u0323";

    private HostileInput() {
    }

    /** Hostile text: control characters, NUL, lone surrogates, long Unicode, SQL metacharacters. */
    static Arbitrary<String> texts() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of("", " ", "\u0000", "a\u0000b", "\ud800", "x\udfffy", "\ud83d", "\t\r\n\u0007\u001b[2J",
                        "' OR 1=1 --", "'; DROP TABLE staff.staff; --", "%", "_", "\\", "%_\\%", "\" OR \"\"=\"",
                        "$$", "::uuid", "null", "NaN", "-1", "2147483648", "99999999999999999999", "1e309",
                        "2026-13-45", "+999999999-12-31", "0000-00-00T25:61:00Z", "../../etc/passwd",
                        "<script>alert(1)</script>", "${jndi:ldap://x}", "lagezentrum.tenant")),
                Tuple.of(1, Arbitraries.of(EMOJI, RIGHT_TO_LEFT, COMBINING, "\ud800", "%", "a").flatMap(unit ->
                        Arbitraries.integers().between(1, 20_000).map(unit::repeat))),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(300)));
    }

    /** A hostile JSON value: a wrong type, a huge number, deep nesting or a hostile string. */
    static Arbitrary<String> jsonValues() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.of("null", "true", "false", "0", "-1", "1.5", "[]", "{}", "[null]", "{\"a\":null}",
                        "-9223372036854775809", "9223372036854775808", "1e999999", "-1e-999999", "0x10", "NaN",
                        "Infinity", "1".repeat(5_000), "\"" + "9".repeat(5_000) + "\"")),
                Tuple.of(1, Arbitraries.integers().between(1, 10_000).map(HostileInput::nestedArrays)),
                Tuple.of(1, Arbitraries.integers().between(1, 10_000).map(HostileInput::nestedObjects)),
                Tuple.of(4, texts().map(HostileInput::jsonString)));
    }

    /** A hostile body as a whole: invalid or empty JSON, a bare value, deep nesting. */
    static Arbitrary<String> wholeBodies() {
        return Arbitraries.oneOf(
                Arbitraries.of("", " ", "{", "}", "{\"", "{\"text\":", "{\"text\":\"a\"", "[1,2", "nul", "\u0000",
                        "{\"a\":1,}", "{'text':'a'}", "{\"text\":\"a\"}{\"text\":\"b\"}", "\ufeff{}",
                        nestedArrays(10_000), nestedObjects(10_000)),
                jsonValues(),
                Arbitraries.strings().all().ofMaxLength(200));
    }

    /** {@code [[[…]]]}, {@code depth} levels deep. */
    static String nestedArrays(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    /** {@code {"a":{"a":…}}}, {@code depth} levels deep. */
    static String nestedObjects(int depth) {
        return "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    }

    /** A JSON string literal of any text, every character outside printable ASCII escaped as {@code \\uXXXX}. */
    static String jsonString(String text) {
        StringBuilder json = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }
}
