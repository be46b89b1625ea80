package de.lagezentrum.platform.files;

import java.util.UUID;

/**
 * The id of a stored file: a random UUID, so that it cannot be guessed. Modules keep it (its
 * {@link #value()}) in their own tables.
 */
public record FileId(UUID value) {

    /** A new, random id. */
    public static FileId random() {
        return new FileId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
