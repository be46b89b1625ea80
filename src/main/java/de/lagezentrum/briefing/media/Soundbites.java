package de.lagezentrum.briefing.media;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.lagezentrum.briefing.MediumKind;
import de.lagezentrum.briefing.NewSoundbite;
import de.lagezentrum.platform.audit.AuditLog;
import de.lagezentrum.platform.files.FileId;
import de.lagezentrum.platform.files.FileStore;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.InvalidInputException;
import de.lagezentrum.platform.web.NotFoundException;

/** O-Töne as time ranges of a recording: defined, changed and deleted by the press office. */
@Component
public class Soundbites {

    /** A transcript is what an O-Ton says: a few minutes of speech. */
    static final int TRANSCRIPT_MAX = 20_000;

    private final MediaAccess access;
    private final MediaStore store;
    private final MediaUploads uploads;
    private final FileStore files;
    private final AuditLog audit;
    private final Clock clock;

    Soundbites(MediaAccess access, MediaStore store, MediaUploads uploads, FileStore files, AuditLog audit,
            Clock clock) {
        this.access = access;
        this.store = store;
        this.uploads = uploads;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * An O-Ton as a time range of a recording.
     *
     * @throws InvalidInputException for a bad title or speaker, an end before the start, a range beyond the
     *         recording's end (when its duration is known), a too long transcript
     * @throws NotFoundException for an id that is no recording of the municipality
     */
    @Transactional
    public StoredMedium define(CurrentUser user, UUID recordingId, NewSoundbite command) {
        StoredMedium recording = access.mediumForPressOffice(user, recordingId);
        if (!recording.isRecording()) {
            throw new NotFoundException("Recording");
        }
        StoredMedium soundbite = checked(user, recording, UUID.randomUUID(), command, null);
        store.insert(soundbite);
        audit.record(user.tenantId(), "SOUNDBITE_DEFINED", "Medium", soundbite.id(), soundbite.title(), null,
                state(soundbite));
        return soundbite;
    }

    /** New title, speaker, range or transcript of an O-Ton defined as a range; a new range drops its cut. */
    @Transactional
    public StoredMedium revise(CurrentUser user, UUID id, NewSoundbite command) {
        StoredMedium found = access.mediumForPressOffice(user, id);
        if (!found.isRange()) {
            throw new NotFoundException("Soundbite");
        }
        StoredMedium recording = store.find(user.tenantId(), found.recordingId()).orElseThrow();
        StoredMedium revised = checked(user, recording, id, command, found);
        boolean moved = !revised.startMillis().equals(found.startMillis()) || !revised.endMillis().equals(found.endMillis());
        if (moved && found.cutFileId() != null) {
            files.delete(user.tenantId(), new FileId(found.cutFileId()));
        }
        StoredMedium saved = moved ? withoutCut(revised) : revised;
        store.revise(saved);
        audit.record(user.tenantId(), "SOUNDBITE_CHANGED", "Medium", id, saved.title(), state(found), state(saved));
        return saved;
    }

    /** Deletes an O-Ton (a range or an uploaded file) with its files; recordings stay. */
    @Transactional
    public void delete(CurrentUser user, UUID id) {
        StoredMedium found = access.mediumForPressOffice(user, id);
        if (found.kind() != MediumKind.SOUNDBITE) {
            throw new NotFoundException("Soundbite");
        }
        store.delete(user.tenantId(), id);
        for (UUID file : new UUID[] {found.fileId(), found.cutFileId()}) {
            if (file != null) {
                files.delete(user.tenantId(), new FileId(file));
            }
        }
        audit.record(user.tenantId(), "SOUNDBITE_DELETED", "Medium", id, found.title(), state(found), null);
    }

    private StoredMedium checked(CurrentUser user, StoredMedium recording, UUID id, NewSoundbite command,
            @Nullable StoredMedium before) {
        String title = MediaUploads.title(command.title());
        uploads.speaker(user.tenantId(), command.speakerId());
        if (!Double.isFinite(command.startSeconds()) || command.startSeconds() < 0) {
            throw new InvalidInputException("start", "media.range.start");
        }
        if (!Double.isFinite(command.endSeconds()) || command.endSeconds() <= command.startSeconds()) {
            throw new InvalidInputException("end", "media.range.order");
        }
        long start = Math.round(command.startSeconds() * 1000);
        long end = Math.round(command.endSeconds() * 1000);
        Long duration = recording.durationMillis();
        if (duration != null && end > duration) {
            throw new InvalidInputException("end", "media.range.beyond");
        }
        if (end <= start) {
            throw new InvalidInputException("end", "media.range.order");
        }
        String transcript = command.transcript() == null || command.transcript().isBlank() ? null
                : command.transcript().strip();
        if (transcript != null && transcript.length() > TRANSCRIPT_MAX) {
            throw new InvalidInputException("transcript", "media.transcript.too-long");
        }
        return new StoredMedium(id, user.tenantId(), recording.briefingId(), MediumKind.SOUNDBITE, title,
                command.speakerId(), null, recording.contentType(), null, null, null, null, null, recording.id(),
                start, end, transcript, before == null ? null : before.cutFileId(),
                before == null ? clock.instant() : before.createdAt());
    }

    private static StoredMedium withoutCut(StoredMedium m) {
        return new StoredMedium(m.id(), m.tenantId(), m.briefingId(), m.kind(), m.title(), m.speakerId(), m.fileId(),
                m.contentType(), m.bytes(), m.sha256(), m.recordingStartedAt(), m.wav(), m.captionsFileId(),
                m.recordingId(), m.startMillis(), m.endMillis(), m.transcript(), null, m.createdAt());
    }

    private static Map<String, Object> state(StoredMedium medium) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("title", medium.title());
        state.put("speakerId", String.valueOf(medium.speakerId()));
        state.put("startMillis", String.valueOf(medium.startMillis()));
        state.put("endMillis", String.valueOf(medium.endMillis()));
        state.put("transcript", String.valueOf(medium.transcript()));
        return state;
    }
}
