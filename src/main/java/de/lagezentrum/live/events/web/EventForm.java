package de.lagezentrum.live.events.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import de.lagezentrum.live.AgendaItem;
import de.lagezentrum.live.AgendaKind;
import de.lagezentrum.live.BlogPosting;
import de.lagezentrum.live.EventDetails;
import de.lagezentrum.live.EventView;
import de.lagezentrum.live.JoinPolicy;
import de.lagezentrum.live.QaMode;

/**
 * The host's form of an event, in the municipality's local time: one day with a start and an end, the
 * settings, the blocked words (one per line or comma-separated) and the agenda rows, of which the empty
 * ones are ignored, so the form can always offer a few to fill in.
 */
public class EventForm {

    /** Empty agenda rows the form offers beyond the filled ones (and adds on "more rows"). */
    static final int EMPTY_ROWS = 3;

    @NotBlank
    @Size(max = 200)
    private String eventTitle = "";
    @Size(max = 5000)
    private String description = "";
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate date;
    @NotNull
    @DateTimeFormat(pattern = "HH:mm")
    private @Nullable LocalTime startTime = LocalTime.of(9, 0);
    @NotNull
    @DateTimeFormat(pattern = "HH:mm")
    private @Nullable LocalTime endTime = LocalTime.of(16, 0);
    private JoinPolicy joinPolicy = JoinPolicy.ANONYMOUS;
    private QaMode qaMode = QaMode.MODERATED;
    private BlogPosting blogPosting = BlogPosting.PARTICIPANTS;
    @Size(max = 20000)
    private String blockedWords = "";
    private List<@Valid AgendaRow> agenda = new ArrayList<>();
    private @Nullable Long version;

    /** The form filled with an event, for editing it. */
    static EventForm of(EventView event, ZoneId zone) {
        EventForm form = new EventForm();
        form.eventTitle = event.title();
        form.description = event.description() == null ? "" : event.description();
        form.date = event.start().atZone(zone).toLocalDate();
        form.startTime = event.start().atZone(zone).toLocalTime();
        form.endTime = event.end().atZone(zone).toLocalTime();
        form.joinPolicy = event.joinPolicy();
        form.qaMode = event.qaMode();
        form.blogPosting = event.blogPosting();
        form.blockedWords = String.join("\n", event.blockedWords());
        for (AgendaItem item : event.agenda()) {
            AgendaRow row = new AgendaRow();
            row.kind = item.kind();
            row.title = item.title();
            row.speaker = item.speaker() == null ? "" : item.speaker();
            row.startTime = item.start() == null ? null : item.start().atZone(zone).toLocalTime();
            row.endTime = item.end() == null ? null : item.end().atZone(zone).toLocalTime();
            form.agenda.add(row);
        }
        form.version = event.version();
        return form;
    }

    /** Leaves {@code empty} empty rows after the filled ones (at most 100 rows in all, as the facade allows). */
    void offerRows(int empty) {
        agenda.removeIf(AgendaRow::blank);
        for (int i = 0; i < empty && agenda.size() < 100; i++) {
            agenda.add(new AgendaRow());
        }
    }

    boolean endsAfterStart() {
        return startTime == null || endTime == null || endTime.isAfter(startTime);
    }

    /** What the facade needs; call only without binding errors (date and times are present). */
    @SuppressWarnings("NullAway")
    EventDetails details(ZoneId zone) {
        List<AgendaItem> items = agenda.stream().filter(row -> !row.blank())
                .map(row -> new AgendaItem(row.kind, row.title, row.speaker.isBlank() ? null : row.speaker,
                        row.startTime == null ? null : date.atTime(row.startTime).atZone(zone).toInstant(),
                        row.endTime == null ? null : date.atTime(row.endTime).atZone(zone).toInstant()))
                .toList();
        List<String> words = Arrays.stream(blockedWords.split("[,\\n\\r]+")).map(String::strip)
                .filter(word -> !word.isEmpty()).toList();
        return new EventDetails(eventTitle, description, date.atTime(startTime).atZone(zone).toInstant(),
                date.atTime(endTime).atZone(zone).toInstant(), joinPolicy, qaMode, blogPosting, words, items);
    }

    /** One row of the agenda in the form; a row with neither title nor speaker nor times is empty. */
    public static class AgendaRow {

        private AgendaKind kind = AgendaKind.TALK;
        @Size(max = 200)
        private String title = "";
        @Size(max = 200)
        private String speaker = "";
        @DateTimeFormat(pattern = "HH:mm")
        private @Nullable LocalTime startTime;
        @DateTimeFormat(pattern = "HH:mm")
        private @Nullable LocalTime endTime;

        boolean blank() {
            return title.isBlank() && speaker.isBlank() && startTime == null && endTime == null;
        }

        public AgendaKind getKind() {
            return kind;
        }

        public void setKind(AgendaKind kind) {
            this.kind = kind;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title == null ? "" : title;
        }

        public String getSpeaker() {
            return speaker;
        }

        public void setSpeaker(String speaker) {
            this.speaker = speaker == null ? "" : speaker;
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
    }

    public String getEventTitle() {
        return eventTitle;
    }

    public void setEventTitle(String eventTitle) {
        this.eventTitle = eventTitle == null ? "" : eventTitle;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description == null ? "" : description;
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

    public JoinPolicy getJoinPolicy() {
        return joinPolicy;
    }

    public void setJoinPolicy(JoinPolicy joinPolicy) {
        this.joinPolicy = joinPolicy;
    }

    public QaMode getQaMode() {
        return qaMode;
    }

    public void setQaMode(QaMode qaMode) {
        this.qaMode = qaMode;
    }

    public BlogPosting getBlogPosting() {
        return blogPosting;
    }

    public void setBlogPosting(BlogPosting blogPosting) {
        this.blogPosting = blogPosting;
    }

    public String getBlockedWords() {
        return blockedWords;
    }

    public void setBlockedWords(String blockedWords) {
        this.blockedWords = blockedWords == null ? "" : blockedWords;
    }

    public List<AgendaRow> getAgenda() {
        return agenda;
    }

    public void setAgenda(List<AgendaRow> agenda) {
        this.agenda = agenda;
    }

    public @Nullable Long getVersion() {
        return version;
    }

    public void setVersion(@Nullable Long version) {
        this.version = version;
    }
}
