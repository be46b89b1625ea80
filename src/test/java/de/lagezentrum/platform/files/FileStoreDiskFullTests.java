package de.lagezentrum.platform.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import de.lagezentrum.Administrator;
import de.lagezentrum.IntegrationTest;
import de.lagezentrum.platform.database.TenantScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A full disk, for real: the store on a small in-memory file system (Jimfs with a maximum size) that fails
 * writes as a full disk does, with the application's database. What fits is stored; what does not is
 * refused as {@link StorageFullException} (507) with nothing half-written left, and the space is free again.
 */
@IntegrationTest
class FileStoreDiskFullTests {

    private static final int MIB = 1024 * 1024;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Administrator
    JdbcClient administrator;

    @Autowired
    PlatformTransactionManager transactions;

    final UUID tenant = UUID.randomUUID();
    FileSystem disk;

    @AfterEach
    void close() throws IOException {
        disk.close();
    }

    @Test
    void anUploadThatFillsTheDiskIsRefusedAndNothingHalfWrittenStays() throws IOException {
        FilesystemFileStore store = storeOn(MIB, 0);
        byte[] small = TestFiles.wav(100_000);
        StoredFile fits = TenantScope.call(tenant, () -> store.store(tenant, new ByteArrayInputStream(small), "kurz.wav",
                10L * MIB, AcceptedTypes.RECORDINGS));
        long usableBefore = usable(store);

        assertThatThrownBy(() -> TenantScope.call(tenant, () -> store.store(tenant,
                new ByteArrayInputStream(TestFiles.wav(2 * MIB)), "lang.wav", 10L * MIB, AcceptedTypes.RECORDINGS)))
                .isInstanceOfSatisfying(StorageFullException.class, e -> assertThat(e.status().value()).isEqualTo(507))
                .hasRootCauseInstanceOf(IOException.class);

        assertThat(filesOn(store)).containsExactly(store.pathOf(tenant, fits.id()));
        assertThat(usable(store)).isEqualTo(usableBefore);
        assertThat(rows()).isEqualTo(1);
        assertThat(TenantScope.call(tenant, () -> store.open(tenant, fits.id())).resource().getContentAsByteArray())
                .isEqualTo(small);
    }

    @Test
    void theStoreKeepsItsReserveFreeAndRefusesWhatWouldEatIntoIt() throws IOException {
        FilesystemFileStore store = storeOn(16 * MIB, 12 * MIB);

        TenantScope.call(tenant, () -> store.store(tenant, new ByteArrayInputStream(TestFiles.wav(2 * MIB)), null,
                100L * MIB, AcceptedTypes.RECORDINGS));
        assertThatThrownBy(() -> TenantScope.call(tenant, () -> store.store(tenant,
                new ByteArrayInputStream(TestFiles.wav(8 * MIB)), null, 100L * MIB, AcceptedTypes.RECORDINGS)))
                .isInstanceOf(StorageFullException.class);

        assertThat(filesOn(store)).hasSize(1);
        assertThat(usable(store)).isGreaterThan(12L * MIB);
        assertThat(rows()).isEqualTo(1);

        FilesystemFileStore nearlyFull = storeOn(16 * MIB, 17 * MIB);
        assertThatThrownBy(() -> nearlyFull.store(tenant, new ByteArrayInputStream(TestFiles.wav(1000)), null, MIB,
                AcceptedTypes.RECORDINGS)).as("below the reserve before the first byte")
                .isInstanceOf(StorageFullException.class);
        assertThat(filesOn(nearlyFull)).isEmpty();
    }

    private FilesystemFileStore storeOn(long size, long reserve) {
        if (disk != null) {
            try {
                disk.close();
            }
            catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        disk = Jimfs.newFileSystem(Configuration.unix().toBuilder().setMaxSize(size).build());
        return new FilesystemFileStore(disk.getPath("/files"), 2L * 1024 * MIB, reserve, jdbc, transactions,
                Clock.systemUTC());
    }

    private long rows() {
        return administrator.sql("SELECT count(*) FROM platform.stored_file WHERE tenant_id = ?").param(tenant)
                .query(Long.class).single();
    }

    private static long usable(FilesystemFileStore store) throws IOException {
        return Files.getFileStore(store.root().getRoot()).getUsableSpace();
    }

    private static List<Path> filesOn(FilesystemFileStore store) throws IOException {
        if (!Files.exists(store.root())) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(store.root())) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
