package de.lagezentrum.platform.files;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * File names from uploads, made safe: no path, no control or direction-changing characters, none that a
 * file system forbids, at most 255 characters; and the {@code Content-Disposition} header that offers
 * them, with an ASCII fallback and the exact name in UTF-8 (RFC 6266, RFC 8187).
 */
final class FileNames {

    static final int MAX_LENGTH = 255;

    /** Controls, and the bidirectional overrides and isolates that make {@code exe.pdf} out of {@code fdp.exe}. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\u2028\\u2029]");
    private static final Pattern FORBIDDEN = Pattern.compile("[<>:\"/\\\\|?*]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_PLAIN_ASCII = Pattern.compile("[^\\x20-\\x7E]|[%;\\\\\"]");

    private FileNames() {
    }

    /** The name without path and unsafe characters; null when nothing is left. */
    static @Nullable String clean(@Nullable String original) {
        if (original == null) {
            return null;
        }
        String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        name = INVISIBLE.matcher(name).replaceAll("");
        name = FORBIDDEN.matcher(name).replaceAll("_");
        name = name.strip().replaceAll("^\\.+|\\.+$", "").strip();
        if (name.isEmpty()) {
            return null;
        }
        if (name.length() > MAX_LENGTH) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
            name = name.substring(0, MAX_LENGTH - extension.length()) + extension;
        }
        return name;
    }

    /** {@code inline} or {@code attachment}, with the cleaned name if there is one. */
    static String contentDisposition(String type, @Nullable String name) {
        String clean = clean(name);
        if (clean == null) {
            return type;
        }
        String ascii = NOT_PLAIN_ASCII.matcher(MARKS.matcher(Normalizer.normalize(clean, Normalizer.Form.NFD))
                .replaceAll("")).replaceAll("_");
        return type + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + percentEncoded(clean);
    }

    /** RFC 8187: every byte outside {@code attr-char} as {@code %XX}. */
    private static String percentEncoded(String name) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (isAttrChar(c)) {
                encoded.append(c);
            }
            else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return encoded.toString();
    }

    private static boolean isAttrChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "!#$&+-.^_`|~".indexOf(c) >= 0;
    }
}
