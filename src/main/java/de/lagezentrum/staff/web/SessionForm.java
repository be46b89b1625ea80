package de.lagezentrum.staff.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import de.lagezentrum.staff.NewSession;
import de.lagezentrum.staff.SessionKind;

/** The lead's form to call an extraordinary session, in the municipality's local time. */
public class SessionForm {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate date;
    @NotNull
    @DateTimeFormat(pattern = "HH:mm")
    private @Nullable LocalTime startTime;
    @NotNull
    @DateTimeFormat(pattern = "HH:mm")
    private @Nullable LocalTime endTime;
    @NotBlank
    @Size(max = 200)
    private String title = "";
    @Size(max = 500)
    @Pattern(regexp = "(https://\\S+)?")
    private String sessionVideoUrl = "";

    boolean endsAfterStart() {
        return startTime == null || endTime == null || endTime.isAfter(startTime);
    }

    NewSession command(ZoneId zone) {
        return new NewSession(date.atTime(startTime).atZone(zone).toInstant(),
                date.atTime(endTime).atZone(zone).toInstant(), SessionKind.EXTRAORDINARY, title, sessionVideoUrl);
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

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSessionVideoUrl() {
        return sessionVideoUrl;
    }

    public void setSessionVideoUrl(String sessionVideoUrl) {
        this.sessionVideoUrl = sessionVideoUrl;
    }
}
