package de.lagezentrum.platform.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeTypes;
import org.springframework.http.MediaType;

/**
 * Tells the type of content from its first bytes (magic numbers, Apache Tika's registry), never from a
 * name or a declared type. Tika is asked with empty metadata, so a name could not sway it. Two
 * refinements: WebVTT as its specification defines the header, and MP4 by its ISO brands (Tika's core
 * registry calls most MP4 files QuickTime). Types are named as browsers expect them ({@code audio/wav},
 * not Tika's {@code audio/vnd.wave}).
 */
final class ContentTypes {

    /** Bytes of the head that detection looks at (Tika's longest magic offset). */
    static final int HEAD_BYTES = 64 * 1024;

    static final MediaType UNKNOWN = MediaType.APPLICATION_OCTET_STREAM;

    private static final MimeTypes TIKA = MimeTypes.getDefaultMimeTypes();

    private static final byte[] WEBVTT = "WEBVTT".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** ISO base media brands (ftyp at offset 4) that browsers play as MP4. */
    private static final Set<String> MP4_BRANDS = Set.of("isom", "iso2", "iso3", "iso4", "iso5", "iso6", "iso7",
            "iso8", "iso9", "avc1", "mp41", "mp42", "dash", "M4V ", "MSNV", "f4v ");

    /** Tika's names where browsers know other ones. */
    private static final Map<String, String> WEB_NAMES = Map.of(
            "audio/vnd.wave", "audio/wav",
            "audio/x-flac", "audio/flac",
            "audio/vorbis", "audio/ogg",
            "audio/opus", "audio/ogg",
            "audio/speex", "audio/ogg",
            "video/theora", "video/ogg",
            "video/daala", "video/ogg",
            "video/x-ogm", "video/ogg",
            "audio/x-matroska", "audio/webm");

    private ContentTypes() {
    }

    /** The type of content that begins with the first {@code length} bytes of {@code head}; octet-stream if unknown. */
    static MediaType detect(byte[] head, int length) {
        if (isWebVtt(head, length)) {
            return new MediaType("text", "vtt");
        }
        if (length == 0) {
            return UNKNOWN;
        }
        String found;
        try {
            found = TIKA.detect(new ByteArrayInputStream(head, 0, length), new Metadata()).getBaseType().toString();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (found.equals("video/quicktime") && isMp4(head, length)) {
            return new MediaType("video", "mp4");
        }
        return MediaType.parseMediaType(WEB_NAMES.getOrDefault(found, found));
    }

    /**
     * A WebVTT file starts with an optional UTF-8 byte order mark, the string {@code WEBVTT}, and then the end
     * of the file, a space, a tab or a line break (WebVTT, section 4.1).
     */
    static boolean isWebVtt(byte[] head, int length) {
        int start = startsWith(head, length, 0, UTF8_BOM) ? UTF8_BOM.length : 0;
        if (!startsWith(head, length, start, WEBVTT)) {
            return false;
        }
        int next = start + WEBVTT.length;
        return next == length || head[next] == ' ' || head[next] == '\t' || head[next] == '\n' || head[next] == '\r';
    }

    private static boolean isMp4(byte[] head, int length) {
        if (length < 12 || head[4] != 'f' || head[5] != 't' || head[6] != 'y' || head[7] != 'p') {
            return false;
        }
        return MP4_BRANDS.contains(new String(head, 8, 4, StandardCharsets.ISO_8859_1));
    }

    private static boolean startsWith(byte[] head, int length, int offset, byte[] prefix) {
        if (length - offset < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (head[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
