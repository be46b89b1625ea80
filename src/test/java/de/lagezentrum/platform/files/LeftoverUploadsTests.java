package de.lagezentrum.platform.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** What unfinished uploads left behind goes; finished files and uploads still being written stay. */
class LeftoverUploadsTests {

    private static final Instant NOW = Instant.parse("2026-03-04T09:00:00Z");

    @TempDir
    Path root;

    @Test
    void abandonedTemporaryFilesAndSpooledPartsAreDeletedEverythingElseStays() throws IOException {
        Path shard = Files.createDirectories(root.resolve("3f6c1d2e-0000-4000-8000-000000000001").resolve("ab"));
        Path multipart = Files.createDirectories(root.resolve(FilesConfiguration.MULTIPART_DIRECTORY));
        Path abandoned = file(shard.resolve(".ab12.part"), Duration.ofHours(2));
        Path beingWritten = file(shard.resolve(".ab34.part"), Duration.ofMinutes(5));
        Path stored = file(shard.resolve("ab56"), Duration.ofDays(30));
        Path spooled = file(multipart.resolve("upload_1.tmp"), Duration.ofHours(3));
        Path spooling = file(multipart.resolve("upload_2.tmp"), Duration.ofSeconds(10));

        new LeftoverUploads(root, multipart, Duration.ofHours(1), Clock.fixed(NOW, ZoneOffset.UTC)).clean();

        assertThat(abandoned).doesNotExist();
        assertThat(spooled).doesNotExist();
        assertThat(beingWritten).exists();
        assertThat(stored).exists();
        assertThat(spooling).exists();
    }

    @Test
    void aMissingDirectoryIsNoError() {
        new LeftoverUploads(root.resolve("none"), root.resolve("none/.multipart"), Duration.ofHours(1),
                Clock.fixed(NOW, ZoneOffset.UTC)).clean();

        assertThat(root.resolve("none")).doesNotExist();
    }

    private static Path file(Path path, Duration age) throws IOException {
        Files.write(path, new byte[] {1, 2, 3});
        Files.setLastModifiedTime(path, FileTime.from(NOW.minus(age)));
        return path;
    }
}
