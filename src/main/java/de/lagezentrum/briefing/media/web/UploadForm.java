package de.lagezentrum.briefing.media.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

import de.lagezentrum.briefing.MediumKind;
import de.lagezentrum.briefing.NewMedium;

/** The upload form: a recording or an O-Ton file, its title and speaker, and when the recording started. */
public class UploadForm {

    private MediumKind kind = MediumKind.RECORDING;

    @NotBlank
    @Size(max = 200)
    private String mediumTitle = "";

    private @Nullable UUID speakerId;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private @Nullable LocalDateTime startedAt;

    private @Nullable MultipartFile file;

    NewMedium command(ZoneId zone) {
        return new NewMedium(mediumTitle, speakerId, startedAt == null ? null : startedAt.atZone(zone).toInstant());
    }

    static UploadForm startingAt(Instant start, ZoneId zone) {
        UploadForm form = new UploadForm();
        form.startedAt = LocalDateTime.ofInstant(start, zone);
        return form;
    }

    public MediumKind getKind() {
        return kind;
    }

    public void setKind(MediumKind kind) {
        this.kind = kind;
    }

    public String getMediumTitle() {
        return mediumTitle;
    }

    public void setMediumTitle(String mediumTitle) {
        this.mediumTitle = mediumTitle;
    }

    public @Nullable UUID getSpeakerId() {
        return speakerId;
    }

    public void setSpeakerId(@Nullable UUID speakerId) {
        this.speakerId = speakerId;
    }

    public @Nullable LocalDateTime getStartedAt() {
        return startedAt;
    }

    public void setStartedAt(@Nullable LocalDateTime startedAt) {
        this.startedAt = startedAt;
    }

    /** The chosen file; null when none was chosen. */
    public @Nullable MultipartFile getFile() {
        return file == null || file.isEmpty() ? null : file;
    }

    public void setFile(@Nullable MultipartFile file) {
        this.file = file;
    }
}
