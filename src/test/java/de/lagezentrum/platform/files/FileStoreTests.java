package de.lagezentrum.platform.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.servlet.MultipartConfigElement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import de.lagezentrum.Administrator;
import de.lagezentrum.IntegrationTest;
import de.lagezentrum.platform.database.TenantScope;
import de.lagezentrum.platform.web.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The file store as modules use it, on the application's data directory and the shared embedded PostgreSQL:
 * what it keeps comes back byte for byte with its SHA-256, what it refuses leaves nothing behind (neither a
 * file nor a temporary file nor a row), and a municipality never reaches another's files.
 */
@IntegrationTest
class FileStoreTests {

    @Autowired
    FileStore store;

    @Autowired
    FilesystemFileStore filesystem;

    @Autowired
    @Administrator
    JdbcClient administrator;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    MultipartConfigElement multipart;

    final UUID tenant = UUID.randomUUID();

    @Test
    void aStoredFileComesBackByteForByteWithItsSha256() throws IOException {
        byte[] recording = TestFiles.wav(300_000);

        StoredFile file = store.store(tenant, new ByteArrayInputStream(recording), "C:\\Presse\\Mitschnitt 4. März.wav",
                1024 * 1024, AcceptedTypes.RECORDINGS);

        assertThat(file.contentType()).isEqualTo("audio/wav");
        assertThat(file.bytes()).isEqualTo(300_000);
        assertThat(file.sha256()).isEqualTo(TestFiles.sha256(recording));
        assertThat(file.originalName()).isEqualTo("Mitschnitt 4. März.wav");
        assertThat(store.find(tenant, file.id())).contains(file);
        FileContent content = store.open(tenant, file.id());
        assertThat(content.resource().getContentAsByteArray()).isEqualTo(recording);
        assertThat(content.resource().contentLength()).isEqualTo(300_000);
        assertThat(content.etag()).isEqualTo(file.sha256());
        assertThat(content.filename()).isEqualTo("Mitschnitt 4. März.wav");
        assertThat(filesOf(tenant)).containsExactly(filesystem.pathOf(tenant, file.id()));
        assertThat(filesystem.pathOf(tenant, file.id())).startsWith(filesystem.root().resolve(tenant.toString()));
    }

    @Test
    void theTypesModulesAskForAreAcceptedByTheirContent() {
        assertThat(store.store(tenant, new ByteArrayInputStream(TestFiles.PDF), "ausweis.jpg", 1024,
                AcceptedTypes.DOCUMENTS_AND_IMAGES).contentType()).isEqualTo("application/pdf");
        assertThat(store.store(tenant, new ByteArrayInputStream(TestFiles.PNG), null, 1024,
                AcceptedTypes.DOCUMENTS_AND_IMAGES).contentType()).isEqualTo("image/png");
        assertThat(store.store(tenant, new ByteArrayInputStream(TestFiles.WEBVTT), "untertitel.txt", 1024,
                AcceptedTypes.CAPTIONS).contentType()).isEqualTo("text/vtt");
    }

    @Test
    void aFileOverTheLimitIsRefusedAndLeavesNothing() {
        assertThatThrownBy(() -> store.store(tenant, new ByteArrayInputStream(TestFiles.wav(200_000)), "lang.wav",
                100_000, AcceptedTypes.RECORDINGS))
                .isInstanceOfSatisfying(FileTooLargeException.class, e -> {
                    assertThat(e.maxBytes()).isEqualTo(100_000);
                    assertThat(e.status().value()).isEqualTo(413);
                });
        // Within the first buffer as well as beyond it.
        assertThatThrownBy(() -> store.store(tenant, new ByteArrayInputStream(TestFiles.wav(2000)), "kurz.wav",
                1000, AcceptedTypes.RECORDINGS)).isInstanceOf(FileTooLargeException.class);

        assertNothingLeft();
    }

    @Test
    void exactlyTheLimitIsAllowed() {
        assertThat(store.store(tenant, new ByteArrayInputStream(TestFiles.wav(100_000)), null, 100_000,
                AcceptedTypes.RECORDINGS).bytes()).isEqualTo(100_000);
    }

    @Test
    void aScriptNamedWavAndHtmlNamedPdfAreRefusedByTheirContent() {
        assertThatThrownBy(() -> store.store(tenant, new ByteArrayInputStream(TestFiles.SHELL_SCRIPT), "interview.wav",
                1024 * 1024, AcceptedTypes.RECORDINGS))
                .isInstanceOfSatisfying(UnsupportedFileTypeException.class, e -> {
                    assertThat(e.detected()).isEqualTo("application/x-sh");
                    assertThat(e.status().value()).isEqualTo(415);
                });
        assertThatThrownBy(() -> store.store(tenant, new ByteArrayInputStream(TestFiles.HTML), "presseausweis.pdf",
                1024 * 1024, AcceptedTypes.DOCUMENTS_AND_IMAGES))
                .isInstanceOfSatisfying(UnsupportedFileTypeException.class,
                        e -> assertThat(e.detected()).isEqualTo("text/html"));
        assertThatThrownBy(() -> store.store(tenant, new ByteArrayInputStream(TestFiles.wav(1000)), "untertitel.vtt",
                1024 * 1024, AcceptedTypes.CAPTIONS)).isInstanceOf(UnsupportedFileTypeException.class);

        assertNothingLeft();
    }

    @Test
    void anUploadCutOffHalfwayLeavesNeitherAFileNorATemporaryFile() {
        byte[] recording = TestFiles.wav(500_000);
        InputStream cutOff = new CutOff(recording, 200_000);

        assertThatThrownBy(() -> store.store(tenant, cutOff, "abgebrochen.wav", 1024 * 1024, AcceptedTypes.RECORDINGS))
                .isInstanceOf(UploadInterruptedException.class)
                .hasRootCauseMessage("Connection reset by peer");

        assertThat(((CutOff) cutOff).delivered).as("written past the first buffer before it broke").isEqualTo(200_000);
        assertNothingLeft();
    }

    @Test
    void anotherMunicipalityDoesNotFindTheFile() {
        StoredFile file = store.store(tenant, new ByteArrayInputStream(TestFiles.PDF), "intern.pdf", 1024,
                AcceptedTypes.DOCUMENTS_AND_IMAGES);
        UUID other = UUID.randomUUID();

        assertThat(store.find(other, file.id())).isEmpty();
        assertThatThrownBy(() -> store.open(other, file.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> store.openPart(other, file.id(), FilePart.of(0, 4))).isInstanceOf(NotFoundException.class);
        assertThat(store.delete(other, file.id())).isFalse();
        // Row-level security is the second fence: as the other municipality, even the right tenant id finds nothing.
        assertThat(TenantScope.call(other, () -> store.find(tenant, file.id()))).isEmpty();

        assertThat(store.open(tenant, file.id()).length()).isEqualTo(TestFiles.PDF.length);
    }

    @Test
    void anUnknownIdIsNotFound() {
        assertThatThrownBy(() -> store.open(tenant, FileId.random())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void deletingRemovesTheRowAndTheBytes() {
        StoredFile file = store.store(tenant, new ByteArrayInputStream(TestFiles.wav(1000)), null, 1024 * 1024,
                AcceptedTypes.RECORDINGS);

        assertThat(store.delete(tenant, file.id())).isTrue();

        assertThatThrownBy(() -> store.open(tenant, file.id())).isInstanceOf(NotFoundException.class);
        assertThat(store.delete(tenant, file.id())).isFalse();
        assertNothingLeft();
    }

    @Test
    void aFileStoredInATransactionThatRollsBackIsGoneToo() {
        TransactionTemplate transaction = new TransactionTemplate(transactions);

        TenantScope.run(tenant, () -> transaction.executeWithoutResult(status -> {
            StoredFile file = store.store(tenant, new ByteArrayInputStream(TestFiles.wav(1000)), null, 1024 * 1024,
                    AcceptedTypes.RECORDINGS);
            assertThat(filesOf(tenant)).containsExactly(filesystem.pathOf(tenant, file.id()));
            status.setRollbackOnly();
        }));

        assertNothingLeft();
    }

    @Test
    void aPartIsReadByItsOffsets() throws IOException {
        byte[] recording = TestFiles.wav(10_000);
        StoredFile file = store.store(tenant, new ByteArrayInputStream(recording), null, 1024 * 1024,
                AcceptedTypes.RECORDINGS);

        FileContent part = store.openPart(tenant, file.id(), FilePart.of(44, 1044));

        assertThat(part.length()).isEqualTo(1000);
        assertThat(part.resource().getContentAsByteArray()).isEqualTo(Arrays.copyOfRange(recording, 44, 1044));
        assertThat(part.contentType().toString()).isEqualTo("audio/wav");
        assertThat(part.etag()).isEqualTo(file.sha256() + "-44-1044").isNotEqualTo(file.sha256());
        assertThatThrownBy(() -> store.openPart(tenant, file.id(), FilePart.of(9000, 10_001)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void multipartBodiesAreSpooledToDiskInTheStoreFromTheFirstByteUpToTheCeiling() {
        assertThat(multipart.getFileSizeThreshold()).isZero();
        assertThat(Path.of(multipart.getLocation())).isEqualTo(filesystem.root().resolve(".multipart")).isDirectory();
        assertThat(multipart.getMaxFileSize()).isEqualTo(2L * 1024 * 1024 * 1024);
        assertThat(filesystem.root()).isEqualTo(Path.of(System.getProperty("lagezentrum.data-dir"), "files")
                .toAbsolutePath().normalize());
    }

    private void assertNothingLeft() {
        assertThat(filesOf(tenant)).as("files and temporary files of the municipality").isEmpty();
        assertThat(administrator.sql("SELECT count(*) FROM platform.stored_file WHERE tenant_id = ?").param(tenant)
                .query(Long.class).single()).as("rows").isZero();
    }

    private List<Path> filesOf(UUID tenantId) {
        Path directory = filesystem.root().resolve(tenantId.toString());
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).toList();
        }
        catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Delivers the first bytes of its content, then fails as a connection that went away. */
    static final class CutOff extends InputStream {

        private final byte[] content;
        private final int failAt;
        int delivered;

        CutOff(byte[] content, int failAt) {
            this.content = content;
            this.failAt = failAt;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (delivered >= failAt) {
                throw new IOException("Connection reset by peer");
            }
            int count = Math.min(length, failAt - delivered);
            System.arraycopy(content, delivered, buffer, offset, count);
            delivered += count;
            return count;
        }
    }
}
