package de.lagezentrum.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.http.MediaType;

/**
 * Streams an upload into a temporary file through one fixed buffer: the first {@link ContentTypes#HEAD_BYTES}
 * decide the type before anything is written, the SHA-256 and the length are taken on the way, the limit
 * and the free-space reserve are enforced while the bytes arrive, and the file is forced to the disk at the
 * end. On any failure the caller deletes the temporary file; this class never leaves it visible.
 */
final class UploadWriter {

    /** How often the free space is looked at while writing. */
    static final long SPACE_CHECK_BYTES = 1024 * 1024;

    /** Messages of the operating systems (and of Jimfs) for a full disk or an exhausted quota. */
    private static final Pattern NO_SPACE = Pattern.compile(
            "no space left|not enough space|disk quota exceeded|out of disk space|disk full", Pattern.CASE_INSENSITIVE);

    private static final Set<OpenOption> CREATE_NEW = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);

    private final long reserveBytes;
    private final FileAttribute<?>[] attributes;

    UploadWriter(long reserveBytes, FileAttribute<?>[] attributes) {
        this.reserveBytes = reserveBytes;
        this.attributes = attributes.clone();
    }

    /** What was written. */
    record Written(MediaType contentType, long bytes, String sha256) {
    }

    Written write(InputStream source, Path temp, long maxBytes, AcceptedTypes accepted) {
        byte[] buffer = new byte[ContentTypes.HEAD_BYTES];
        int length = readFully(source, buffer);
        if (length > maxBytes) {
            throw new FileTooLargeException(maxBytes);
        }
        MediaType type = ContentTypes.detect(buffer, length);
        if (!accepted.accepts(type)) {
            throw new UnsupportedFileTypeException(type.toString(), accepted);
        }
        Path directory = temp.getParent();
        requireSpace(directory);
        MessageDigest sha256 = sha256();
        long total = 0;
        try (FileChannel out = FileChannel.open(temp, CREATE_NEW, attributes)) {
            long sinceCheck = 0;
            while (length >= 0) {
                total += length;
                if (total > maxBytes) {
                    throw new FileTooLargeException(maxBytes);
                }
                sha256.update(buffer, 0, length);
                writeFully(out, buffer, length);
                sinceCheck += length;
                if (sinceCheck >= SPACE_CHECK_BYTES) {
                    requireSpace(directory);
                    sinceCheck = 0;
                }
                length = read(source, buffer);
            }
            out.force(true);
        }
        catch (IOException e) {
            if (isDiskFull(e, directory)) {
                throw new StorageFullException("No space left for an upload in " + directory, e);
            }
            throw new UncheckedIOException("Writing an upload to " + temp + " failed", e);
        }
        return new Written(type, total, HexFormat.of().formatHex(sha256.digest()));
    }

    /** Refuses to go on when the file system has less than the reserve left. */
    void requireSpace(Path directory) {
        long usable = usableSpace(directory);
        if (usable < reserveBytes) {
            throw new StorageFullException("Only " + usable + " bytes usable in " + directory + ", below the reserve of "
                    + reserveBytes);
        }
    }

    /**
     * Whether a failed write means the disk is full: by the operating system's message, or because the file
     * system has less room left than one buffer.
     */
    static boolean isDiskFull(IOException e, Path directory) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && NO_SPACE.matcher(cause.getMessage()).find()) {
                return true;
            }
        }
        return usableSpace(directory) < ContentTypes.HEAD_BYTES;
    }

    private static long usableSpace(Path directory) {
        try {
            return Files.getFileStore(directory).getUsableSpace();
        }
        catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    private static void writeFully(FileChannel out, byte[] buffer, int length) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(buffer, 0, length);
        while (bytes.hasRemaining()) {
            out.write(bytes);
        }
    }

    /** Fills the buffer as far as the source goes; the number of bytes read. */
    private static int readFully(InputStream source, byte[] buffer) {
        int filled = 0;
        while (filled < buffer.length) {
            int read = read(source, buffer, filled);
            if (read < 0) {
                break;
            }
            filled += read;
        }
        return filled;
    }

    /** The next bytes into the buffer, -1 at the end. */
    private static int read(InputStream source, byte[] buffer) {
        int read;
        do {
            read = read(source, buffer, 0);
        }
        while (read == 0);
        return read;
    }

    private static int read(InputStream source, byte[] buffer, int offset) {
        try {
            return source.read(buffer, offset, buffer.length - offset);
        }
        catch (IOException e) {
            throw new UploadInterruptedException(e);
        }
    }

    static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
