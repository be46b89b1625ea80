package de.lagezentrum.staff.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import de.lagezentrum.staff.NewSeries;

/** The lead's form for a weekly series, in the municipality's time zone. */
public class SeriesForm {

    @NotNull
    private @Nullable DayOfWeek weekday;
    @NotNull
    @DateTimeFormat(pattern = "HH:mm")
    private @Nullable LocalTime time = LocalTime.of(10, 0);
    @Min(5)
    @Max(1440)
    private int durationMinutes = 90;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate from;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate until;
    @Size(max = 500)
    @Pattern(regexp = "(https://\\S+)?")
    private String videoUrl = "";

    NewSeries command() {
        return new NewSeries(weekday, time, durationMinutes, null, from, until, videoUrl);
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

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(int durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public @Nullable LocalDate getFrom() {
        return from;
    }

    public void setFrom(@Nullable LocalDate from) {
        this.from = from;
    }

    public @Nullable LocalDate getUntil() {
        return until;
    }

    public void setUntil(@Nullable LocalDate until) {
        this.until = until;
    }

    public String getVideoUrl() {
        return videoUrl;
    }

    public void setVideoUrl(String videoUrl) {
        this.videoUrl = videoUrl;
    }
}
