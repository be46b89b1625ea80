package de.lagezentrum.briefing.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import de.lagezentrum.briefing.MediumKind;
import de.lagezentrum.briefing.NewMedium;
import de.lagezentrum.briefing.RecordingUploaded;
import de.lagezentrum.briefing.briefings.Briefing;
import de.lagezentrum.organisation.PeopleManagement;
import de.lagezentrum.platform.audit.AuditLog;
import de.lagezentrum.platform.files.AcceptedTypes;
import de.lagezentrum.platform.files.FileId;
import de.lagezentrum.platform.files.FileStore;
import de.lagezentrum.platform.files.StoredFile;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.InvalidInputException;
import de.lagezentrum.platform.web.NotFoundException;

/**
 * Uploads of recordings, O-Ton files and captions: through the file store (streamed, typed by content,
 * size-limited), outside any transaction; the row follows in a short one, and if that fails the file is
 * deleted again, so nothing is left half done.
 */
@Component
public class MediaUploads {

    /** Captions are text: a few megabytes are hours of them. */
    public static final DataSize CAPTIONS_MAX = DataSize.ofMegabytes(5);

    private final MediaAccess access;
    private final MediaStore store;
    private final FileStore files;
    private final PeopleManagement people;
    private final MediaProperties properties;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    MediaUploads(MediaAccess access, MediaStore store, FileStore files, PeopleManagement people,
            MediaProperties properties, AuditLog audit, ApplicationEventPublisher events,
            TransactionTemplate transaction, Clock clock) {
        this.access = access;
        this.store = store;
        this.files = files;
        this.people = people;
        this.properties = properties;
        this.audit = audit;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Stores a recording or an O-Ton file of a briefing; the press office only.
     *
     * @throws InvalidInputException for a missing or too long title, an unknown speaker
     */
    public StoredMedium upload(CurrentUser user, UUID briefingId, MediumKind kind, NewMedium command,
            @Nullable InputStream content, @Nullable String filename) {
        // Checked before a byte is stored, in a short transaction of its own (the municipality's rows only).
        Instant startedAt = transaction.execute(status -> {
            Briefing briefing = access.forPressOffice(user, briefingId);
            if (content == null) {
                throw new InvalidInputException("file", "media.file.required");
            }
            title(command.title());
            speaker(user.tenantId(), command.speakerId());
            return command.recordingStartedAt() != null ? command.recordingStartedAt() : briefing.startsAt();
        });
        String title = title(command.title());
        StoredFile file = files.store(user.tenantId(), content, filename, properties.maxUploadBytes().toBytes(),
                AcceptedTypes.RECORDINGS);
        try {
            StoredMedium medium = new StoredMedium(UUID.randomUUID(), user.tenantId(), briefingId, kind, title,
                    command.speakerId(), file.id().value(), file.contentType(), file.bytes(), file.sha256(),
                    startedAt, wavLayout(file).orElse(null), null, null, null, null, null, null, clock.instant());
            transaction.executeWithoutResult(status -> {
                store.insert(medium);
                audit.record(user.tenantId(), "MEDIUM_UPLOADED", "Medium", medium.id(), title, null,
                        Map.of("kind", kind.name(), "briefingId", briefingId.toString(), "sha256", file.sha256(),
                                "bytes", file.bytes()));
                events.publishEvent(new RecordingUploaded(user.tenantId(), briefingId, medium.id(), kind));
            });
            return medium;
        }
        catch (RuntimeException e) {
            forget(user, file.id());
            throw e;
        }
    }

    /**
     * Stores WebVTT captions for a recording, replacing earlier ones; the press office only. Content that
     * does not start with {@code WEBVTT} is refused (415).
     *
     * @throws NotFoundException for an id that is no recording of the municipality
     */
    public StoredMedium attachCaptions(CurrentUser user, UUID recordingId, @Nullable InputStream content,
            @Nullable String filename) {
        StoredMedium recording = transaction.execute(status -> access.mediumForPressOffice(user, recordingId));
        if (!recording.isRecording()) {
            throw new NotFoundException("Recording");
        }
        if (content == null) {
            throw new InvalidInputException("file", "media.file.required");
        }
        StoredFile file = files.store(user.tenantId(), content, filename, CAPTIONS_MAX.toBytes(),
                AcceptedTypes.CAPTIONS);
        try {
            transaction.executeWithoutResult(status -> {
                store.setCaptions(user.tenantId(), recordingId, file.id().value());
                audit.record(user.tenantId(), "MEDIUM_CAPTIONS_UPLOADED", "Medium", recordingId, recording.title(),
                        null, Map.of("captionsSha256", file.sha256()));
            });
        }
        catch (RuntimeException e) {
            forget(user, file.id());
            throw e;
        }
        if (recording.captionsFileId() != null) {
            forget(user, new FileId(recording.captionsFileId()));
        }
        return transaction.execute(status -> store.find(user.tenantId(), recordingId).orElseThrow());
    }

    /** Deletes a stored file in a transaction of the user's municipality (row-level security sees only that). */
    private void forget(CurrentUser user, FileId file) {
        transaction.executeWithoutResult(status -> files.delete(user.tenantId(), file));
    }

    static String title(@Nullable String title) {
        String trimmed = title == null ? "" : title.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException("title", "media.title.required");
        }
        if (trimmed.length() > 200) {
            throw new InvalidInputException("title", "media.title.too-long");
        }
        return trimmed;
    }

    void speaker(UUID tenantId, @Nullable UUID speakerId) {
        if (speakerId != null && people.peopleOfTenant(tenantId, List.of(speakerId)).isEmpty()) {
            throw new InvalidInputException("speakerId", "media.speaker.unknown");
        }
    }

    private Optional<WavLayout> wavLayout(StoredFile file) {
        if (!Set.of("audio/wav", "audio/x-wav", "audio/vnd.wave").contains(file.contentType())) {
            return Optional.empty();
        }
        try (InputStream head = transaction.execute(status -> files.open(file.tenantId(), file.id())).resource()
                .getInputStream()) {
            return WavLayout.read(head, file.bytes());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
