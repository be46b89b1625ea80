package de.lagezentrum.briefing;

import java.io.InputStream;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.lagezentrum.briefing.media.MediaAccess;
import de.lagezentrum.briefing.media.MediaContents;
import de.lagezentrum.briefing.media.MediaUploads;
import de.lagezentrum.briefing.media.MediaViews;
import de.lagezentrum.briefing.media.Soundbites;
import de.lagezentrum.briefing.media.StoredMedium;
import de.lagezentrum.briefing.media.WebVttCues;
import de.lagezentrum.platform.files.FileContent;
import de.lagezentrum.platform.files.FileRefusedException;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.InvalidInputException;
import de.lagezentrum.platform.web.NotFoundException;

/**
 * The briefing module's facade for recordings (Mitschnitte), O-Töne and captions. The press office uploads
 * a briefing's recording with the instant it started, its WebVTT captions, and O-Töne: as files of their
 * own or as time ranges of a recording with speaker, title and transcript. The press office, admins, the
 * briefing's chair and panel and the municipality's journalists listen and download; others of the
 * municipality get 403, another municipality's ids 404.
 *
 * <p>The methods taking a municipality's id instead of a user check nothing: they are for the public
 * press pages, which decide first what is published, and must run in a {@code TenantScope} of that
 * municipality.
 */
@Service
public class BriefingMedia {

    private final MediaAccess access;
    private final MediaUploads uploads;
    private final Soundbites soundbites;
    private final MediaContents contents;
    private final MediaViews views;

    BriefingMedia(MediaAccess access, MediaUploads uploads, Soundbites soundbites, MediaContents contents,
            MediaViews views) {
        this.access = access;
        this.uploads = uploads;
        this.soundbites = soundbites;
        this.contents = contents;
        this.views = views;
    }

    /**
     * Stores a briefing's recording, streamed and typed by its content (any audio or video); the press
     * office only. Call it outside a transaction: the file is stored first, the record in a short
     * transaction of its own.
     *
     * @param content the file's bytes, read to the end but not closed; null when none was sent (400 at {@code file})
     * @param filename the name it was uploaded under; may be null
     * @throws FileRefusedException for content that is no audio or video (415), too large (413), and the like
     * @throws InvalidInputException for a missing title or an unknown speaker
     */
    public RecordingView uploadRecording(CurrentUser user, UUID briefingId, NewMedium command, @Nullable InputStream content,
            @Nullable String filename) {
        StoredMedium stored = uploads.upload(user, briefingId, MediumKind.RECORDING, command, content, filename);
        return contents.reading(() -> views.recording(stored));
    }

    /** Stores an O-Ton as a file of its own, as {@link #uploadRecording}. */
    public SoundbiteView uploadSoundbite(CurrentUser user, UUID briefingId, NewMedium command, @Nullable InputStream content,
            @Nullable String filename) {
        StoredMedium stored = uploads.upload(user, briefingId, MediumKind.SOUNDBITE, command, content, filename);
        return contents.reading(() -> views.soundbite(stored));
    }

    /**
     * Stores WebVTT captions of a recording, replacing earlier ones; the press office only.
     *
     * @throws FileRefusedException for content that does not start with {@code WEBVTT} (415), over 5 MB (413)
     * @throws NotFoundException for an id that is no recording of the municipality
     */
    public RecordingView attachCaptions(CurrentUser user, UUID recordingId, @Nullable InputStream content,
            @Nullable String filename) {
        StoredMedium stored = uploads.attachCaptions(user, recordingId, content, filename);
        return contents.reading(() -> views.recording(stored));
    }

    /**
     * Defines an O-Ton as a time range of a recording; the press office only.
     *
     * @throws InvalidInputException for an end before the start, beyond the recording's end (when known), a
     *         bad title, speaker or transcript
     */
    @Transactional
    public SoundbiteView defineSoundbite(CurrentUser user, UUID recordingId, NewSoundbite command) {
        return views.soundbite(soundbites.define(user, recordingId, command));
    }

    /** Changes an O-Ton defined as a time range, checked as {@link #defineSoundbite}; the press office only. */
    @Transactional
    public SoundbiteView reviseSoundbite(CurrentUser user, UUID soundbiteId, NewSoundbite command) {
        return views.soundbite(soundbites.revise(user, soundbiteId, command));
    }

    /** Deletes an O-Ton with its files; the press office only. Recordings are not deleted here (404). */
    @Transactional
    public void deleteSoundbite(CurrentUser user, UUID soundbiteId) {
        soundbites.delete(user, soundbiteId);
    }

    /** A briefing's recordings in the order of upload. */
    @Transactional(readOnly = true)
    public List<RecordingView> recordings(CurrentUser user, UUID briefingId) {
        access.forListener(user, briefingId);
        return views.ofBriefing(user.tenantId(), briefingId).recordings();
    }

    /** A briefing's O-Töne, by their place in the recording, files of their own first. */
    @Transactional(readOnly = true)
    public List<SoundbiteView> soundbites(CurrentUser user, UUID briefingId) {
        access.forListener(user, briefingId);
        return views.ofBriefing(user.tenantId(), briefingId).soundbites();
    }

    /** One O-Ton. */
    @Transactional(readOnly = true)
    public SoundbiteView soundbite(CurrentUser user, UUID soundbiteId) {
        StoredMedium medium = access.mediumForListener(user, soundbiteId);
        if (medium.isRecording()) {
            throw new NotFoundException("Soundbite");
        }
        return views.soundbite(medium);
    }

    /**
     * The content of a recording or an O-Ton, to be served with {@code FileResponses} (Range, 206). Not
     * transactional: a cut by ffmpeg would hold a connection.
     */
    public FileContent open(CurrentUser user, UUID mediumId) {
        return contents.open(contents.reading(() -> access.mediumForListener(user, mediumId)));
    }

    /** The WebVTT captions of a recording; 404 when it has none. */
    @Transactional(readOnly = true)
    public FileContent captions(CurrentUser user, UUID recordingId) {
        return contents.captions(access.mediumForListener(user, recordingId));
    }

    /** A briefing's recordings, without any check (see the class comment). */
    @Transactional(readOnly = true)
    public List<RecordingView> recordingsOf(UUID tenantId, UUID briefingId) {
        return views.ofBriefing(tenantId, briefingId).recordings();
    }

    /** A briefing's O-Töne with their transcripts, without any check (see the class comment). */
    @Transactional(readOnly = true)
    public List<SoundbiteView> soundbitesOf(UUID tenantId, UUID briefingId) {
        return views.ofBriefing(tenantId, briefingId).soundbites();
    }

    /**
     * The content of a recording or O-Ton of that briefing, without any other check (see the class comment).
     *
     * @throws NotFoundException for an id that is no medium of that briefing
     */
    public FileContent openForBriefing(UUID tenantId, UUID briefingId, UUID mediumId) {
        return contents.open(contents.reading(() -> ofBriefing(tenantId, briefingId, mediumId)));
    }

    /** The captions of a recording of that briefing, without any other check; 404 when it has none. */
    @Transactional(readOnly = true)
    public FileContent captionsForBriefing(UUID tenantId, UUID briefingId, UUID recordingId) {
        return contents.captions(ofBriefing(tenantId, briefingId, recordingId));
    }

    /**
     * The cues of the captions of a recording of that briefing, as its transcript in text; empty when it has
     * none. Without any other check (see the class comment).
     *
     * @throws NotFoundException for an id that is no recording of that briefing
     */
    @Transactional(readOnly = true)
    public List<CaptionCue> captionCuesOf(UUID tenantId, UUID briefingId, UUID recordingId) {
        StoredMedium recording = ofBriefing(tenantId, briefingId, recordingId);
        String vtt = recording.isRecording() ? contents.captionsText(recording) : null;
        return vtt == null ? List.of() : WebVttCues.captionCues(vtt);
    }

    private StoredMedium ofBriefing(UUID tenantId, UUID briefingId, UUID mediumId) {
        return contents.find(tenantId, mediumId).filter(medium -> medium.briefingId().equals(briefingId))
                .orElseThrow(() -> new NotFoundException("Medium"));
    }
}
