package de.lagezentrum.briefing.media.web;

import java.util.OptionalDouble;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

import de.lagezentrum.briefing.NewSoundbite;
import de.lagezentrum.briefing.SoundbiteView;

/** An O-Ton as a time range: recording, title, speaker, start and end as {@code mm:ss}, transcript. */
public class SoundbiteForm {

    private @Nullable UUID recordingId;

    @NotBlank
    @Size(max = 200)
    private String soundbiteTitle = "";

    private @Nullable UUID speakerId;

    @NotBlank
    private String start = "";

    @NotBlank
    private String end = "";

    @Size(max = 20_000)
    private String transcript = "";

    static SoundbiteForm of(SoundbiteView view) {
        SoundbiteForm form = new SoundbiteForm();
        form.recordingId = view.recordingId();
        form.soundbiteTitle = view.title();
        form.speakerId = view.speakerId();
        form.start = TimeCodes.format(view.startSeconds());
        form.end = TimeCodes.format(view.endSeconds());
        form.transcript = view.transcript() == null ? "" : view.transcript();
        return form;
    }

    /** The command, or null after rejecting the time codes that are none at their fields. */
    @Nullable NewSoundbite command(BindingResult errors) {
        OptionalDouble from = TimeCodes.parse(start);
        OptionalDouble to = TimeCodes.parse(end);
        if (!errors.hasFieldErrors("start") && from.isEmpty()) {
            errors.rejectValue("start", "media.time.format");
        }
        if (!errors.hasFieldErrors("end") && to.isEmpty()) {
            errors.rejectValue("end", "media.time.format");
        }
        if (from.isPresent() && to.isPresent() && to.getAsDouble() <= from.getAsDouble()) {
            errors.rejectValue("end", "media.range.order");
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new NewSoundbite(soundbiteTitle, speakerId, from.getAsDouble(), to.getAsDouble(), transcript);
    }

    public @Nullable UUID getRecordingId() {
        return recordingId;
    }

    public void setRecordingId(@Nullable UUID recordingId) {
        this.recordingId = recordingId;
    }

    public String getSoundbiteTitle() {
        return soundbiteTitle;
    }

    public void setSoundbiteTitle(String soundbiteTitle) {
        this.soundbiteTitle = soundbiteTitle;
    }

    public @Nullable UUID getSpeakerId() {
        return speakerId;
    }

    public void setSpeakerId(@Nullable UUID speakerId) {
        this.speakerId = speakerId;
    }

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start;
    }

    public String getEnd() {
        return end;
    }

    public void setEnd(String end) {
        this.end = end;
    }

    public String getTranscript() {
        return transcript;
    }

    public void setTranscript(String transcript) {
        this.transcript = transcript;
    }
}
