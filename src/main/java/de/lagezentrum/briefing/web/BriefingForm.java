package de.lagezentrum.briefing.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import de.lagezentrum.briefing.BriefingView;
import de.lagezentrum.briefing.NewBriefing;

/** The press office's form for a single briefing (or one date of a series), in the municipality's local time. */
public class BriefingForm extends ContentForm {

    @NotBlank
    @Size(max = 200)
    private String briefingTitle = "";
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate date;
    @NotNull
    @DateTimeFormat(pattern = "HH:mm")
    private @Nullable LocalTime startTime = LocalTime.of(11, 0);
    @NotNull
    @DateTimeFormat(pattern = "HH:mm")
    private @Nullable LocalTime endTime = LocalTime.of(12, 0);
    @NotNull
    private @Nullable UUID chairId;

    /** The form filled with a briefing, for editing it. */
    static BriefingForm of(BriefingView briefing, ZoneId zone) {
        var form = new BriefingForm();
        form.briefingTitle = briefing.title();
        form.date = briefing.start().atZone(zone).toLocalDate();
        form.startTime = briefing.start().atZone(zone).toLocalTime();
        form.endTime = briefing.end().atZone(zone).toLocalTime();
        form.chairId = briefing.chairId();
        form.fill(briefing.topic(), briefing.panel(), briefing.guests(), briefing.videoUrl(), briefing.version());
        return form;
    }

    boolean endsAfterStart() {
        return startTime == null || endTime == null || endTime.isAfter(startTime);
    }

    NewBriefing command(ZoneId zone) {
        return new NewBriefing(briefingTitle, getTopic(), date.atTime(startTime).atZone(zone).toInstant(),
                date.atTime(endTime).atZone(zone).toInstant(), chairId, getPanelIds(), guestList(), getVideoUrl(),
                getVersion());
    }

    public String getBriefingTitle() {
        return briefingTitle;
    }

    public void setBriefingTitle(String briefingTitle) {
        this.briefingTitle = briefingTitle;
    }

    public @Nullable LocalDate getDate() {
        return date;
    }

    public void setDate(@Nullable LocalDate date) {
        this.date = date;
    }

    public @Nullable LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(@Nullable LocalTime startTime) {
        this.startTime = startTime;
    }

    public @Nullable LocalTime getEndTime() {
        return endTime;
    }

    public void setEndTime(@Nullable LocalTime endTime) {
        this.endTime = endTime;
    }

    public @Nullable UUID getChairId() {
        return chairId;
    }

    public void setChairId(@Nullable UUID chairId) {
        this.chairId = chairId;
    }
}
