package de.lagezentrum.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.AbstractResource;

/**
 * A part of a stored file as a resource of its own: the part's prefix, then the file's bytes between the
 * part's offsets. Its stream skips by moving the file position, so Spring MVC's range responses read only
 * the bytes they send.
 */
final class PartResource extends AbstractResource {

    private final Path path;
    private final FilePart part;

    PartResource(Path path, FilePart part) {
        this.path = path;
        this.part = part;
    }

    @Override
    public InputStream getInputStream() throws IOException {
        return new PartStream(FileChannel.open(path, StandardOpenOption.READ), part);
    }

    @Override
    public boolean exists() {
        return Files.isRegularFile(path);
    }

    @Override
    public long contentLength() {
        return part.length();
    }

    @Override
    public long lastModified() throws IOException {
        return Files.getLastModifiedTime(path).toMillis();
    }

    /** No name: the content type comes from the store, never from a name. */
    @Override
    public @Nullable String getFilename() {
        return null;
    }

    @Override
    public String getDescription() {
        return "part " + part + " of " + path;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof PartResource resource && resource.path.equals(path) && resource.part.equals(part);
    }

    @Override
    public int hashCode() {
        return path.hashCode() * 31 + part.hashCode();
    }

    /** Reads the prefix, then the file between the part's offsets, by position. */
    private static final class PartStream extends InputStream {

        private final FileChannel channel;
        private final byte[] prefix;
        private final long from;
        private final long length;
        private long position;

        PartStream(FileChannel channel, FilePart part) {
            this.channel = channel;
            this.prefix = part.prefix();
            this.from = part.from();
            this.length = part.length();
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int wanted) throws IOException {
            if (wanted == 0) {
                return 0;
            }
            long remaining = length - position;
            if (remaining <= 0) {
                return -1;
            }
            int count = (int) Math.min(wanted, remaining);
            if (position < prefix.length) {
                count = (int) Math.min(count, prefix.length - position);
                System.arraycopy(prefix, (int) position, buffer, offset, count);
            }
            else {
                count = channel.read(ByteBuffer.wrap(buffer, offset, count), from + position - prefix.length);
                if (count < 0) {
                    throw new IOException("The stored file ends before its part does");
                }
            }
            position += count;
            return count;
        }

        @Override
        public long skip(long wanted) {
            long skipped = Math.max(0, Math.min(wanted, length - position));
            position += skipped;
            return skipped;
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }
}
