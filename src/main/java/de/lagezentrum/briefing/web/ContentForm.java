package de.lagezentrum.briefing.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import de.lagezentrum.briefing.BriefingGuest;
import de.lagezentrum.briefing.BriefingLimits;

/** What the forms of a briefing and of a series share: topic, panel, guests, video link and the version edited. */
public abstract class ContentForm {

    @Size(max = 200)
    private String topic = "";
    @Size(max = BriefingLimits.PANEL)
    private List<UUID> panelIds = new ArrayList<>();
    @Size(max = 5000)
    private String guests = "";
    @Size(max = 500)
    @Pattern(regexp = "(" + BriefingLimits.HTTPS + ")?")
    private String videoUrl = "";
    private @Nullable Long version;

    /** Fills the shared fields from a briefing or series, for editing it. */
    void fill(@Nullable String topic, List<UUID> panel, List<BriefingGuest> guests, @Nullable String videoUrl,
            long version) {
        this.topic = topic == null ? "" : topic;
        this.panelIds = new ArrayList<>(panel);
        this.guests = GuestLines.format(guests);
        this.videoUrl = videoUrl == null ? "" : videoUrl;
        this.version = version;
    }

    List<BriefingGuest> guestList() {
        return GuestLines.parse(guests);
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
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
