package de.lagezentrum.briefing.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import de.lagezentrum.briefing.BriefingLimits;
import de.lagezentrum.briefing.BriefingView;
import de.lagezentrum.briefing.NewBriefing;

/** The press office's form for a single briefing (or one date of a series), in the municipality's local time. */
public class BriefingForm {

    @NotBlank
    @Size(max = 200)
    private String briefingTitle = "";
    @Size(max = 200)
    private String topic = "";
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
    @Size(max = BriefingLimits.PANEL)
    private List<UUID> panelIds = new ArrayList<>();
    @Size(max = 5000)
    private String guests = "";
    @Size(max = 500)
    @Pattern(regexp = "(" + BriefingLimits.HTTPS + ")?")
    private String videoUrl = "";
    private @Nullable Long version;

    /** The form filled with a briefing, for editing it. */
    static BriefingForm of(BriefingView briefing, ZoneId zone) {
        var form = new BriefingForm();
        form.briefingTitle = briefing.title();
        form.topic = briefing.topic() == null ? "" : briefing.topic();
        form.date = briefing.start().atZone(zone).toLocalDate();
        form.startTime = briefing.start().atZone(zone).toLocalTime();
        form.endTime = briefing.end().atZone(zone).toLocalTime();
        form.chairId = briefing.chairId();
        form.panelIds = new ArrayList<>(briefing.panel());
        form.guests = GuestLines.format(briefing.guests());
        form.videoUrl = briefing.videoUrl() == null ? "" : briefing.videoUrl();
        form.version = briefing.version();
        return form;
    }

    boolean endsAfterStart() {
        return startTime == null || endTime == null || endTime.isAfter(startTime);
    }

    NewBriefing command(ZoneId zone) {
        return new NewBriefing(briefingTitle, topic, date.atTime(startTime).atZone(zone).toInstant(),
                date.atTime(endTime).atZone(zone).toInstant(), chairId, panelIds, GuestLines.parse(guests), videoUrl,
                version);
    }

    public String getBriefingTitle() {
        return briefingTitle;
    }

    public void setBriefingTitle(String briefingTitle) {
        this.briefingTitle = briefingTitle;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
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

    public List<UUID> getPanelIds() {
        return panelIds;
    }

    public void setPanelIds(List<UUID> panelIds) {
        this.panelIds = panelIds;
    }

    public String getGuests() {
        return guests;
    }

    public void setGuests(String guests) {
        this.guests = guests;
    }

    public String getVideoUrl() {
        return videoUrl;
    }

    public void setVideoUrl(String videoUrl) {
        this.videoUrl = videoUrl;
    }

    public @Nullable Long getVersion() {
        return version;
    }

    public void setVersion(@Nullable Long version) {
        this.version = version;
    }
}
