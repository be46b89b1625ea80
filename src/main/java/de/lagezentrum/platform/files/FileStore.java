package de.lagezentrum.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

import de.lagezentrum.platform.web.NotFoundException;

/**
 * The one place every upload goes through, and where stored files are read. Files belong to a
 * municipality: another municipality's ids are not found. A file's content never changes.
 *
 * <p>Storing streams the content to the store's disk through a fixed buffer (never the whole file in
 * memory), takes its SHA-256, enforces the size limit while the bytes arrive, and tells the type from
 * the content itself: a script named {@code .wav} is refused. It is written under a temporary name and
 * becomes visible only once complete and accepted; on any failure nothing of it is left.
 *
 * <p>Call it outside a transaction for large files: it holds a database connection only for the short
 * transaction at the end. Inside the caller's transaction, the file is deleted again if that rolls back.
 */
public interface FileStore {

    /**
     * Stores an upload.
     *
     * @param tenantId the municipality the file belongs to (the signed-in user's, if there is one)
     * @param content the bytes; read to the end but not closed
     * @param originalName the name it was uploaded under, kept for downloads; may be null
     * @param maxBytes the most the caller allows (the store's own ceiling applies as well)
     * @param accepted the types the caller accepts, as found in the content
     * @return the stored file
     * @throws FileTooLargeException when the content exceeds {@code maxBytes} (413)
     * @throws UnsupportedFileTypeException when its type is not accepted (415)
     * @throws StorageFullException when the disk is full or nearly so (507)
     * @throws UploadInterruptedException when reading {@code content} fails halfway (400)
     * @throws UncheckedIOException when writing fails for another reason
     */
    StoredFile store(UUID tenantId, InputStream content, @Nullable String originalName, long maxBytes,
            AcceptedTypes accepted);

    /** Stores an uploaded part of a multipart request, as {@link #store(UUID, InputStream, String, long, AcceptedTypes)}. */
    default StoredFile store(UUID tenantId, MultipartFile file, long maxBytes, AcceptedTypes accepted) {
        try (InputStream content = file.getInputStream()) {
            return store(tenantId, content, file.getOriginalFilename(), maxBytes, accepted);
        }
        catch (IOException e) {
            throw new UploadInterruptedException(e);
        }
    }

    /** The file's metadata; empty if there is none in this municipality. */
    Optional<StoredFile> find(UUID tenantId, FileId id);

    /**
     * The whole file, to be served with {@link FileResponses}.
     *
     * @throws NotFoundException when there is no such file in this municipality
     */
    FileContent open(UUID tenantId, FileId id);

    /**
     * A part of the file served as a file of its own (same content type), e.g. a sound bite cut from a
     * recording by byte offsets.
     *
     * @throws NotFoundException when there is no such file in this municipality
     * @throws IllegalArgumentException when the part reaches beyond the end of the file
     */
    FileContent openPart(UUID tenantId, FileId id, FilePart part);

    /**
     * Deletes a file: its metadata at once (within the caller's transaction, if any), its bytes after the
     * commit.
     *
     * @return whether there was such a file in this municipality
     */
    boolean delete(UUID tenantId, FileId id);
}
