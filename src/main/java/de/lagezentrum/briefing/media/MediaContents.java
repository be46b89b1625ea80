package de.lagezentrum.briefing.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import de.lagezentrum.briefing.SoundbiteView.Delivery;
import de.lagezentrum.platform.files.AcceptedTypes;
import de.lagezentrum.platform.files.FileContent;
import de.lagezentrum.platform.files.FileId;
import de.lagezentrum.platform.files.FileStore;
import de.lagezentrum.platform.files.StoredFile;
import de.lagezentrum.platform.web.NotFoundException;

/**
 * The bytes of media, without any access check (the caller made it): a recording or an uploaded O-Ton as
 * stored; an O-Ton as a range of a WAV recording cut exactly (a new header, then the samples of the
 * range); of another format cut by ffmpeg once and kept in the file store; without ffmpeg, the whole
 * recording, which a player shows from the range's start to its end (Media Fragment {@code #t=}).
 */
@Component
public class MediaContents {

    private static final Map<String, String> EXTENSIONS = Map.of("audio/wav", ".wav", "audio/mpeg", ".mp3",
            "audio/ogg", ".ogg", "audio/flac", ".flac", "audio/webm", ".webm", "video/webm", ".webm",
            "video/mp4", ".mp4", "audio/mp4", ".m4a", "video/ogg", ".ogv");

    static final int CONCURRENT_CUTS = 1;

    private final MediaStore store;
    private final FileStore files;
    private final FfmpegCutter ffmpeg;
    private final MediaProperties properties;
    private final TransactionTemplate reading;
    private final TransactionTemplate writing;
    /** ffmpeg processes at once, each of which takes a core; one per O-Ton. */
    private final CutGate gate = new CutGate(CONCURRENT_CUTS);

    MediaContents(MediaStore store, FileStore files, FfmpegCutter ffmpeg, MediaProperties properties,
            PlatformTransactionManager transactions) {
        this.store = store;
        this.files = files;
        this.ffmpeg = ffmpeg;
        this.properties = properties;
        this.writing = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    /**
     * The medium's content, to be served with {@code FileResponses}. Reads in transactions of its own (the
     * signed-in user's municipality, or the one of the caller's {@code TenantScope}); a cut by ffmpeg runs
     * outside of them.
     */
    public FileContent open(StoredMedium medium) {
        Optional<FileContent> ready = reading.execute(status -> ready(medium));
        if (ready.isPresent()) {
            return ready.get();
        }
        StoredMedium recording = reading.execute(status -> recordingOf(medium));
        return cut(medium, recording).map(cut -> reading.execute(status -> named(files.open(medium.tenantId(), cut),
                        soundbiteName(medium))))
                .orElseGet(() -> reading.execute(status -> files.open(medium.tenantId(), new FileId(recording.fileId()))));
    }

    /** The content unless ffmpeg must cut it first. */
    private Optional<FileContent> ready(StoredMedium medium) {
        if (medium.fileId() != null) {
            return Optional.of(files.open(medium.tenantId(), new FileId(medium.fileId())));
        }
        String name = soundbiteName(medium);
        if (medium.cutFileId() != null) {
            return Optional.of(named(files.open(medium.tenantId(), new FileId(medium.cutFileId())), name));
        }
        StoredMedium recording = recordingOf(medium);
        FileId recordingFile = new FileId(recording.fileId());
        if (recording.wav() != null) {
            return Optional.of(named(files.openPart(medium.tenantId(), recordingFile,
                    recording.wav().part(medium.startMillis(), medium.endMillis())), name));
        }
        if (recording.contentType() != null && ffmpeg.cuts(recording.contentType())) {
            return Optional.empty();
        }
        return Optional.of(files.open(medium.tenantId(), recordingFile));
    }

    private static String soundbiteName(StoredMedium medium) {
        return "o-ton-" + medium.id().toString().substring(0, 8);
    }

    /** Runs a read in a read-only transaction of its own. */
    public <T> T reading(Supplier<T> work) {
        return reading.execute(status -> work.get());
    }

    /** A medium of the municipality. */
    public Optional<StoredMedium> find(UUID tenantId, UUID id) {
        return store.find(tenantId, id);
    }

    /** The recording's WebVTT captions; 404 when there are none. */
    public FileContent captions(StoredMedium recording) {
        if (recording.captionsFileId() == null) {
            throw new NotFoundException("Captions");
        }
        return files.open(recording.tenantId(), new FileId(recording.captionsFileId()));
    }

    /** How an O-Ton's content is served. */
    public Delivery delivery(StoredMedium medium, @Nullable StoredMedium recording) {
        if (medium.fileId() != null) {
            return Delivery.FILE;
        }
        boolean cuttable = medium.cutFileId() != null || recording != null
                && (recording.wav() != null || recording.contentType() != null && ffmpeg.cuts(recording.contentType()));
        return cuttable ? Delivery.CUT : Delivery.FRAGMENT;
    }

    /** The text of a recording's captions; null when it has none. */
    public @Nullable String captionsText(StoredMedium recording) {
        if (recording.captionsFileId() == null) {
            return null;
        }
        try (InputStream content = captions(recording).resource().getInputStream()) {
            return new String(content.readNBytes((int) MediaUploads.CAPTIONS_MAX.toBytes()), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private StoredMedium recordingOf(StoredMedium medium) {
        return store.find(medium.tenantId(), medium.recordingId()).orElseThrow(() -> new NotFoundException("Medium"));
    }

    /**
     * Cuts the range with ffmpeg and keeps the cut; empty when ffmpeg is not there or failed, or while this
     * instance is already cutting this O-Ton or as many others as it cuts at once ({@link CutGate}): then
     * the recording is served meanwhile.
     */
    private Optional<FileId> cut(StoredMedium medium, StoredMedium recording) {
        if (recording.contentType() == null || !ffmpeg.cuts(recording.contentType())) {
            return Optional.empty();
        }
        if (!gate.enter(medium.id())) {
            return Optional.empty();
        }
        try {
            return cutNow(medium, recording);
        }
        finally {
            gate.leave(medium.id());
        }
    }

    private Optional<FileId> cutNow(StoredMedium medium, StoredMedium recording) {
        FileContent whole = reading.execute(status -> files.open(medium.tenantId(), new FileId(recording.fileId())));
        if (!whole.resource().isFile()) {
            return Optional.empty();
        }
        Optional<Path> cut;
        try {
            cut = ffmpeg.cut(whole.resource().getFile().toPath(), recording.contentType(), medium.startMillis(),
                    medium.endMillis());
        }
        catch (IOException e) {
            return Optional.empty();
        }
        if (cut.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream content = Files.newInputStream(cut.get())) {
            StoredFile stored = files.store(medium.tenantId(), content, null, properties.maxUploadBytes().toBytes(),
                    AcceptedTypes.RECORDINGS);
            return writing.execute(status -> {
                if (store.setCut(medium.tenantId(), medium.id(), stored.id().value(), medium.startMillis(),
                        medium.endMillis())) {
                    return Optional.of(stored.id());
                }
                // Another request was first, or the O-Ton changed meanwhile: its state stands.
                files.delete(medium.tenantId(), stored.id());
                UUID first = store.find(medium.tenantId(), medium.id()).map(StoredMedium::cutFileId).orElse(null);
                return Optional.ofNullable(first).map(FileId::new);
            });
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        finally {
            try {
                Files.deleteIfExists(cut.get());
            }
            catch (IOException e) {
                // A leftover in the temporary directory, nothing that is served.
            }
        }
    }

    private static FileContent named(FileContent content, String name) {
        return content.named(name + EXTENSIONS.getOrDefault(content.contentType().toString(), ""));
    }
}
