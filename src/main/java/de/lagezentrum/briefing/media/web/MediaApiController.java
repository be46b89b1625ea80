package de.lagezentrum.briefing.media.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import de.lagezentrum.briefing.BriefingMedia;
import de.lagezentrum.briefing.MediumKind;
import de.lagezentrum.briefing.NewMedium;
import de.lagezentrum.briefing.NewSoundbite;
import de.lagezentrum.briefing.RecordingView;
import de.lagezentrum.briefing.SoundbiteView;
import de.lagezentrum.platform.files.FileResponses;
import de.lagezentrum.platform.files.UploadInterruptedException;
import de.lagezentrum.platform.security.CurrentUser;

/**
 * API v1 of recordings and O-Töne: upload ({@code POST /api/v1/briefings/{id}/media}, multipart), list,
 * the content of every medium at {@code /api/v1/media/{id}} (Range, 206, HEAD, ETag; {@code ?download=true}
 * for a download), captions, and O-Töne as time ranges of a recording.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class MediaApiController {

    private final BriefingMedia media;

    MediaApiController(BriefingMedia media) {
        this.media = media;
    }

    /** No {@code consumes}: a request without a file is refused by the facade after the access check. */
    @PostMapping("/briefings/{id}/media")
    ResponseEntity<MediumResponse> upload(@PathVariable UUID id, @RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam(defaultValue = "RECORDING") MediumKind kind, @RequestParam(required = false) @Nullable String title,
            @RequestParam(required = false) @Nullable UUID speakerId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant recordingStartedAt) {
        CurrentUser user = CurrentUser.require();
        NewMedium command = new NewMedium(title == null ? "" : title, speakerId, recordingStartedAt);
        try (InputStream content = file == null ? null : file.getInputStream()) {
            String name = file == null ? null : file.getOriginalFilename();
            MediumResponse created = kind == MediumKind.RECORDING
                    ? MediumResponse.of(media.uploadRecording(user, id, command, content, name))
                    : MediumResponse.of(media.uploadSoundbite(user, id, command, content, name));
            return ResponseEntity.created(URI.create("/api/v1/media/" + created.id())).body(created);
        }
        catch (IOException e) {
            throw new UploadInterruptedException(e);
        }
    }

    @GetMapping("/briefings/{id}/media")
    BriefingMediaResponse list(@PathVariable UUID id) {
        CurrentUser user = CurrentUser.require();
        return new BriefingMediaResponse(media.recordings(user, id), media.soundbites(user, id));
    }

    /** The content; {@code ?download=true} offers it as a file to save. */
    @GetMapping(path = "/media/{id}", produces = MediaType.ALL_VALUE)
    ResponseEntity<Resource> content(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean download) {
        var content = media.open(CurrentUser.require(), id);
        return download ? FileResponses.attachment(content) : FileResponses.inline(content);
    }

    @GetMapping(path = "/media/{id}/captions", produces = MediaType.ALL_VALUE)
    ResponseEntity<Resource> captions(@PathVariable UUID id) {
        return FileResponses.inline(media.captions(CurrentUser.require(), id));
    }

    @PutMapping("/media/{id}/captions")
    RecordingView attachCaptions(@PathVariable UUID id, @RequestParam(required = false) @Nullable MultipartFile file) {
        try (InputStream content = file == null ? null : file.getInputStream()) {
            return media.attachCaptions(CurrentUser.require(), id, content, file == null ? null : file.getOriginalFilename());
        }
        catch (IOException e) {
            throw new UploadInterruptedException(e);
        }
    }

    @PostMapping(path = "/media/{id}/soundbites", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SoundbiteView> define(@PathVariable UUID id, @Valid @RequestBody SoundbiteRequest request) {
        SoundbiteView created = media.defineSoundbite(CurrentUser.require(), id, request.command());
        return ResponseEntity.created(URI.create("/api/v1/media/" + created.id())).body(created);
    }

    @GetMapping("/soundbites/{id}")
    SoundbiteView soundbite(@PathVariable UUID id) {
        return media.soundbite(CurrentUser.require(), id);
    }

    @PutMapping(path = "/soundbites/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    SoundbiteView revise(@PathVariable UUID id, @Valid @RequestBody SoundbiteRequest request) {
        return media.reviseSoundbite(CurrentUser.require(), id, request.command());
    }

    @DeleteMapping("/soundbites/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        media.deleteSoundbite(CurrentUser.require(), id);
        return ResponseEntity.noContent().build();
    }

    /**
     * An O-Ton as a time range of a recording.
     *
     * @param start where it starts, in seconds of the recording
     * @param end where it ends, in seconds
     * @param transcript what is said; without it, the captions in its range
     */
    record SoundbiteRequest(@NotBlank @Size(max = 200) String title, @Nullable UUID speakerId, @NotNull Double start,
            @NotNull Double end, @Nullable @Size(max = 20_000) String transcript) {

        NewSoundbite command() {
            return new NewSoundbite(title, speakerId, start, end, transcript);
        }
    }

    /** A briefing's media. */
    record BriefingMediaResponse(List<RecordingView> recordings, List<SoundbiteView> soundbites) {
    }

    /**
     * An uploaded medium, as API.md names its fields.
     *
     * @param url where its content is
     */
    record MediumResponse(UUID id, MediumKind kind, UUID briefingId, String title, @Nullable UUID speakerId,
            String contentType, long bytes, @Nullable String sha256, @Nullable Instant recordingStartedAt,
            @Nullable Double durationSeconds, String url) {

        static MediumResponse of(RecordingView view) {
            return new MediumResponse(view.id(), MediumKind.RECORDING, view.briefingId(), view.title(),
                    view.speakerId(), view.contentType(), view.bytes(), view.sha256(), view.recordingStartedAt(),
                    view.durationSeconds(), "/api/v1/media/" + view.id());
        }

        static MediumResponse of(SoundbiteView view) {
            return new MediumResponse(view.id(), MediumKind.SOUNDBITE, view.briefingId(), view.title(),
                    view.speakerId(), view.contentType(), view.bytes() == null ? 0 : view.bytes(), view.sha256(),
                    null, null, "/api/v1/media/" + view.id());
        }
    }
}
