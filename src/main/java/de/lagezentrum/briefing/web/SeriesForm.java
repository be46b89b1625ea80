package de.lagezentrum.briefing.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import de.lagezentrum.briefing.BriefingLimits;
import de.lagezentrum.briefing.BriefingSeriesChange;
import de.lagezentrum.briefing.BriefingSeriesView;
import de.lagezentrum.briefing.NewBriefingSeries;

/**
 * The press office's form for a weekly series, in the municipality's time zone. Editing keeps weekday,
 * time, duration and first date (they travel as hidden fields and are not changed).
 */
public class SeriesForm extends ContentForm {

    @NotBlank
    @Size(max = 200)
    private String seriesTitle = "";
    @NotNull
    private @Nullable DayOfWeek weekday = DayOfWeek.THURSDAY;
    @NotNull
    @DateTimeFormat(pattern = "HH:mm")
    private @Nullable LocalTime time = LocalTime.of(11, 0);
    @NotNull
    @Min(5)
    @Max(BriefingLimits.MAX_MINUTES)
    private @Nullable Integer durationMinutes = 60;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate firstDate;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate lastDate;
    private @Nullable UUID chairId;

    /** The form filled with a series, for editing it. */
    static SeriesForm of(BriefingSeriesView series) {
        var form = new SeriesForm();
        form.seriesTitle = series.title();
        form.weekday = series.weekday();
        form.time = series.time();
        form.durationMinutes = series.durationMinutes();
        form.firstDate = series.from();
        form.lastDate = series.until();
        form.chairId = series.chairId();
        form.fill(series.topic(), series.panel(), series.guests(), series.videoUrl(), series.version());
        return form;
    }

    boolean endsAfterItBegins() {
        return firstDate == null || lastDate == null || !lastDate.isBefore(firstDate);
    }

    NewBriefingSeries command() {
        return new NewBriefingSeries(weekday, time, durationMinutes, seriesTitle, firstDate, lastDate, getTopic(),
                chairId, getPanelIds(), guestList(), getVideoUrl());
    }

    BriefingSeriesChange change() {
        return new BriefingSeriesChange(seriesTitle, getTopic(), chairId, getPanelIds(), guestList(), getVideoUrl(),
                lastDate, getVersion());
    }

    public String getSeriesTitle() {
        return seriesTitle;
    }

    public void setSeriesTitle(String seriesTitle) {
        this.seriesTitle = seriesTitle;
    }

    public @Nullable DayOfWeek getWeekday() {
        return weekday;
    }

    public void setWeekday(@Nullable DayOfWeek weekday) {
        this.weekday = weekday;
    }

    public @Nullable LocalTime getTime() {
        return time;
    }

    public void setTime(@Nullable LocalTime time) {
        this.time = time;
    }

    public @Nullable Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(@Nullable Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public @Nullable LocalDate getFirstDate() {
        return firstDate;
    }

    public void setFirstDate(@Nullable LocalDate firstDate) {
        this.firstDate = firstDate;
    }

    public @Nullable LocalDate getLastDate() {
        return lastDate;
    }

    public void setLastDate(@Nullable LocalDate lastDate) {
        this.lastDate = lastDate;
    }

    public @Nullable UUID getChairId() {
        return chairId;
    }

    public void setChairId(@Nullable UUID chairId) {
        this.chairId = chairId;
    }
}
