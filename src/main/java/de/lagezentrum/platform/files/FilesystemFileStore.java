package de.lagezentrum.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import de.lagezentrum.platform.web.NotFoundException;

/**
 * The file store on a file system: {@code <root>/<tenant id>/<first two hex digits of the id>/<id>}, the
 * metadata in {@code platform.stored_file} (row-level security: a municipality sees only its own files).
 * An upload is written to {@code .<id>.part} beside its final place and moved there atomically in the
 * transaction that inserts its row; works on any {@link java.nio.file.FileSystem}.
 */
class FilesystemFileStore implements FileStore {

    /** Suffix of files being written; {@link LeftoverUploads} removes abandoned ones. */
    static final String TEMPORARY_SUFFIX = ".part";

    private static final Logger log = LoggerFactory.getLogger(FilesystemFileStore.class);

    private final Path root;
    private final long ceilingBytes;
    private final UploadWriter writer;
    private final StoredFiles files;
    private final TransactionTemplate transactions;
    private final TransactionTemplate reads;
    private final Clock clock;
    private final FileAttribute<?>[] directoryAttributes;

    FilesystemFileStore(Path root, long ceilingBytes, long reserveBytes, JdbcClient jdbc,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.root = root;
        this.ceilingBytes = ceilingBytes;
        this.directoryAttributes = ownerOnly(root, "rwx------");
        this.writer = new UploadWriter(reserveBytes, ownerOnly(root, "rw-------"));
        this.files = new StoredFiles(jdbc);
        this.transactions = new TransactionTemplate(transactionManager);
        this.reads = new TransactionTemplate(transactionManager);
        this.reads.setReadOnly(true);
        this.clock = clock;
    }

    /** Where the files live. */
    Path root() {
        return root;
    }

    @Override
    public StoredFile store(UUID tenantId, InputStream content, @Nullable String originalName, long maxBytes,
            AcceptedTypes accepted) {
        FileId id = FileId.random();
        Path target = pathOf(tenantId, id);
        Path temporary = target.resolveSibling("." + id + TEMPORARY_SUFFIX);
        try {
            createDirectories(target.getParent());
            UploadWriter.Written written = writer.write(content, temporary, Math.min(maxBytes, ceilingBytes), accepted);
            StoredFile file = new StoredFile(id, tenantId, written.contentType().toString(), written.bytes(),
                    written.sha256(), FileNames.clean(originalName), clock.instant().truncatedTo(ChronoUnit.MICROS));
            transactions.executeWithoutResult(status -> {
                files.insert(file);
                deleteOnRollback(target);
                move(temporary, target);
            });
            return file;
        }
        finally {
            deleteQuietly(temporary);
        }
    }

    @Override
    public Optional<StoredFile> find(UUID tenantId, FileId id) {
        return reads.execute(status -> files.find(tenantId, id));
    }

    @Override
    public FileContent open(UUID tenantId, FileId id) {
        StoredFile file = existing(tenantId, id);
        return new FileContent(new FileSystemResource(pathOf(tenantId, id)), MediaType.parseMediaType(file.contentType()),
                file.bytes(), file.sha256(), file.originalName());
    }

    @Override
    public FileContent openPart(UUID tenantId, FileId id, FilePart part) {
        StoredFile file = existing(tenantId, id);
        if (part.to() > file.bytes()) {
            throw new IllegalArgumentException(part + " reaches beyond the " + file.bytes() + " bytes of file " + id);
        }
        String etag = file.sha256() + "-" + part.from() + "-" + part.to()
                + (part.prefix().length == 0 ? "" : "-" + UploadWriter.sha256Hex(part.prefix()).substring(0, 16));
        return new FileContent(new PartResource(pathOf(tenantId, id), part), MediaType.parseMediaType(file.contentType()),
                part.length(), etag, null);
    }

    @Override
    public boolean delete(UUID tenantId, FileId id) {
        Path path = pathOf(tenantId, id);
        Boolean deleted = transactions.execute(status -> {
            boolean found = files.delete(tenantId, id);
            if (found) {
                afterCommit(() -> deleteQuietly(path));
            }
            return found;
        });
        return Boolean.TRUE.equals(deleted);
    }

    Path pathOf(UUID tenantId, FileId id) {
        String name = id.value().toString();
        return root.resolve(tenantId.toString()).resolve(name.substring(0, 2)).resolve(name);
    }

    private StoredFile existing(UUID tenantId, FileId id) {
        StoredFile file = find(tenantId, id).orElseThrow(() -> new NotFoundException("file " + id));
        if (!Files.isRegularFile(pathOf(tenantId, id))) {
            log.error("File {} of municipality {} has metadata but no content at {}", id, tenantId, pathOf(tenantId, id));
            throw new NotFoundException("file " + id);
        }
        return file;
    }

    /** Permissions for the application's own user only, where the file system has POSIX permissions. */
    private static FileAttribute<?>[] ownerOnly(Path root, String permissions) {
        return root.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))}
                : new FileAttribute<?>[0];
    }

    private void createDirectories(Path directory) {
        try {
            Files.createDirectories(directory, directoryAttributes);
        }
        catch (IOException e) {
            if (UploadWriter.isDiskFull(e, root)) {
                throw new StorageFullException("No space left for a directory in " + root, e);
            }
            throw new UncheckedIOException("Cannot create " + directory, e);
        }
    }

    private static void move(Path temporary, Path target) {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot move " + temporary + " into place", e);
        }
    }

    /** A file moved into place inside a transaction that then rolls back must go again: its row is gone. */
    private static void deleteOnRollback(Path target) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    deleteQuietly(target);
                }
            }
        });
    }

    private static void afterCommit(Runnable work) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                work.run();
            }
        });
    }

    static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        }
        catch (IOException e) {
            log.warn("Could not delete {}: {}", path, e.toString());
        }
    }
}
