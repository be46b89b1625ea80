package de.lagezentrum.briefing.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import de.lagezentrum.platform.files.FilePart;

/**
 * Where the samples of a WAV file (RIFF, PCM or float) are, read from its header: the {@code fmt } chunk and
 * the {@code data} chunk's offset and length. With it an O-Ton is cut exactly and without ffmpeg: a new
 * header, then the recording's bytes of the time range, whole sample frames only.
 *
 * @param format the {@code fmt } chunk's content (16 to 40 bytes)
 * @param dataOffset the first byte of the samples in the file
 * @param dataBytes how many bytes of samples there are
 */
public record WavLayout(byte[] format, long dataOffset, long dataBytes) {

    /** The header is read from at most this many bytes of the file. */
    static final int HEAD_BYTES = 64 * 1024;

    private static final int PCM = 1;
    private static final int FLOAT = 3;
    private static final int EXTENSIBLE = 0xFFFE;

    public WavLayout {
        format = format.clone();
    }

    /** The layout of the WAV file that starts with {@code content}; empty if it is none we can cut. */
    public static Optional<WavLayout> read(InputStream content, long fileBytes) throws IOException {
        byte[] head = content.readNBytes(HEAD_BYTES);
        if (head.length < 12 || !tag(head, 0, "RIFF") || !tag(head, 8, "WAVE")) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
        byte[] format = null;
        int position = 12;
        while (position + 8 <= head.length) {
            long size = Integer.toUnsignedLong(buffer.getInt(position + 4));
            if (tag(head, position, "fmt ") && size >= 16 && size <= 40 && position + 8 + size <= head.length) {
                format = Arrays.copyOfRange(head, position + 8, position + 8 + (int) size);
            }
            else if (tag(head, position, "data") && format != null) {
                long offset = position + 8L;
                long bytes = Math.min(size, fileBytes - offset);
                WavLayout layout = new WavLayout(format, offset, bytes);
                return layout.cuttable() ? Optional.of(layout) : Optional.empty();
            }
            position += 8 + (int) Math.min(size + (size & 1), HEAD_BYTES);
        }
        return Optional.empty();
    }

    /** The duration of the samples, in milliseconds. */
    public long durationMillis() {
        return dataBytes * 1000 / byteRate();
    }

    /** The part of the recording between two times (milliseconds, clipped to its end) as a WAV file of its own. */
    public FilePart part(long startMillis, long endMillis) {
        long from = dataOffset + frameAt(startMillis) * blockAlign();
        long to = Math.max(from + blockAlign(),
                Math.min(dataOffset + dataBytes, dataOffset + frameAt(endMillis) * blockAlign()));
        return FilePart.withPrefix(header(to - from), from, to);
    }

    /** A RIFF header for {@code dataLength} bytes of samples in this format. */
    byte[] header(long dataLength) {
        ByteBuffer header = ByteBuffer.allocate(20 + format.length + 8).order(ByteOrder.LITTLE_ENDIAN);
        header.put(ascii("RIFF")).putInt((int) (4 + 8 + format.length + 8 + dataLength)).put(ascii("WAVE"));
        header.put(ascii("fmt ")).putInt(format.length).put(format);
        header.put(ascii("data")).putInt((int) dataLength);
        return header.array();
    }

    int formatTag() {
        return Short.toUnsignedInt(formatBuffer().getShort(0));
    }

    int sampleRate() {
        return formatBuffer().getInt(4);
    }

    int byteRate() {
        return formatBuffer().getInt(8);
    }

    int blockAlign() {
        return Short.toUnsignedInt(formatBuffer().getShort(12));
    }

    private long frameAt(long millis) {
        return Math.multiplyExact(millis, (long) sampleRate()) / 1000;
    }

    private boolean cuttable() {
        int tag = formatTag();
        return (tag == PCM || tag == FLOAT || tag == EXTENSIBLE) && blockAlign() > 0 && sampleRate() > 0
                && byteRate() == sampleRate() * blockAlign() && dataBytes > 0
                && dataBytes + 8 + format.length + 20 <= 0xFFFF_FFFFL;
    }

    private ByteBuffer formatBuffer() {
        return ByteBuffer.wrap(format).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static boolean tag(byte[] head, int offset, String tag) {
        return new String(head, offset, 4, StandardCharsets.US_ASCII).equals(tag);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public byte[] format() {
        return format.clone();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof WavLayout layout && Arrays.equals(layout.format, format)
                && layout.dataOffset == dataOffset && layout.dataBytes == dataBytes;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(format) * 31 + Long.hashCode(dataOffset * 31 + dataBytes);
    }
}
