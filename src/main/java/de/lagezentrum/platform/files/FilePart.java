package de.lagezentrum.platform.files;

import org.jspecify.annotations.Nullable;

/**
 * A part of a stored file to be served as a file of its own: the bytes from {@code from} up to (not
 * including) {@code to}, after an optional prefix the caller made (e.g. a container header that makes a
 * cut of a recording playable on its own). Offsets are bytes, not times: the caller knows the format.
 *
 * @param from first byte of the stored file, inclusive
 * @param to end, exclusive
 * @param prefix bytes served before them; empty for none (at most {@link #MAX_PREFIX_BYTES})
 */
public record FilePart(long from, long to, byte[] prefix) {

    /** A prefix is a header, not content: kept small, because it is held in memory. */
    public static final int MAX_PREFIX_BYTES = 64 * 1024;

    public FilePart {
        if (from < 0 || to <= from) {
            throw new IllegalArgumentException("A part needs 0 <= from < to, not [" + from + ", " + to + ")");
        }
        if (prefix.length > MAX_PREFIX_BYTES) {
            throw new IllegalArgumentException("A prefix has at most " + MAX_PREFIX_BYTES + " bytes");
        }
        prefix = prefix.clone();
    }

    /** The bytes from {@code from} up to (not including) {@code to}. */
    public static FilePart of(long from, long to) {
        return new FilePart(from, to, new byte[0]);
    }

    /** The given bytes, then the stored file's from {@code from} up to {@code to}; a null prefix means none. */
    public static FilePart withPrefix(byte @Nullable [] prefix, long from, long to) {
        return new FilePart(from, to, prefix == null ? new byte[0] : prefix);
    }

    /** The length of the part as served: prefix and bytes of the file. */
    public long length() {
        return prefix.length + (to - from);
    }

    @Override
    public byte[] prefix() {
        return prefix.clone();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof FilePart part && part.from == from && part.to == to
                && java.util.Arrays.equals(part.prefix, prefix);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(from, to, java.util.Arrays.hashCode(prefix));
    }

    @Override
    public String toString() {
        return "FilePart[" + from + ", " + to + ") after " + prefix.length + " bytes";
    }
}
