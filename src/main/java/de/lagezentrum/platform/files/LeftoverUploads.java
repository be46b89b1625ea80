package de.lagezentrum.platform.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Deletes what uploads that never finished left behind (the application stopped or crashed while they were
 * written): the store's {@code .part} files and the servlet container's spooled multipart bodies. At start
 * and every hour; only files unchanged for {@code lagezentrum.files.abandoned-after}, because another
 * instance sharing the directory may be writing its own right now.
 */
class LeftoverUploads {

    private static final Logger log = LoggerFactory.getLogger(LeftoverUploads.class);

    private final Path root;
    private final Path multipart;
    private final Duration abandonedAfter;
    private final Clock clock;

    LeftoverUploads(Path root, Path multipart, Duration abandonedAfter, Clock clock) {
        this.root = root;
        this.multipart = multipart;
        this.abandonedAfter = abandonedAfter;
        this.clock = clock;
    }

    @Scheduled(initialDelay = 0, fixedDelay = 60 * 60 * 1000)
    void clean() {
        Instant before = clock.instant().minus(abandonedAfter);
        int deleted = deleteOlder(root, 3, before, true) + deleteOlder(multipart, 1, before, false);
        if (deleted > 0) {
            log.info("Deleted {} files of uploads that never finished", deleted);
        }
    }

    private static int deleteOlder(Path directory, int depth, Instant before, boolean temporaryOnly) {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(directory, depth)) {
            List<Path> abandoned = files.filter(Files::isRegularFile)
                    .filter(file -> !temporaryOnly || isTemporary(file))
                    .filter(file -> modifiedBefore(file, before))
                    .toList();
            abandoned.forEach(FilesystemFileStore::deleteQuietly);
            return abandoned.size();
        }
        catch (IOException | UncheckedIOException e) {
            log.warn("Could not look for leftover uploads in {}: {}", directory, e.toString());
            return 0;
        }
    }

    private static boolean isTemporary(Path file) {
        return file.getFileName().toString().endsWith(FilesystemFileStore.TEMPORARY_SUFFIX);
    }

    private static boolean modifiedBefore(Path file, Instant before) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(before);
        }
        catch (IOException e) {
            return false;
        }
    }
}
