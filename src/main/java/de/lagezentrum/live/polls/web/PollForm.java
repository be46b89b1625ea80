package de.lagezentrum.live.polls.web;

import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

import de.lagezentrum.live.PollDetails;
import de.lagezentrum.live.PollType;
import de.lagezentrum.live.PollVisibility;

/** The console's form to prepare a poll; the options come one per line. */
public class PollForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private @Nullable String question;
    private PollType type = PollType.SINGLE;
    private @Nullable String options;
    private @Nullable Integer scaleMin;
    private @Nullable Integer scaleMax;
    private @Nullable String minLabel;
    private @Nullable String maxLabel;
    private PollVisibility visibility = PollVisibility.LIVE;

    PollDetails details() {
        List<String> lines = options == null ? List.of() : Arrays.asList(options.split("\\R"));
        return new PollDetails(question, type, lines, scaleMin, scaleMax, minLabel, maxLabel, visibility);
    }

    public @Nullable String getQuestion() {
        return question;
    }

    public void setQuestion(@Nullable String question) {
        this.question = question;
    }

    public PollType getType() {
        return type;
    }

    public void setType(@Nullable PollType type) {
        this.type = type == null ? PollType.SINGLE : type;
    }

    public @Nullable String getOptions() {
        return options;
    }

    public void setOptions(@Nullable String options) {
        this.options = options;
    }

    public @Nullable Integer getScaleMin() {
        return scaleMin;
    }

    public void setScaleMin(@Nullable Integer scaleMin) {
        this.scaleMin = scaleMin;
    }

    public @Nullable Integer getScaleMax() {
        return scaleMax;
    }

    public void setScaleMax(@Nullable Integer scaleMax) {
        this.scaleMax = scaleMax;
    }

    public @Nullable String getMinLabel() {
        return minLabel;
    }

    public void setMinLabel(@Nullable String minLabel) {
        this.minLabel = minLabel;
    }

    public @Nullable String getMaxLabel() {
        return maxLabel;
    }

    public void setMaxLabel(@Nullable String maxLabel) {
        this.maxLabel = maxLabel;
    }

    public PollVisibility getVisibility() {
        return visibility;
    }

    public void setVisibility(@Nullable PollVisibility visibility) {
        this.visibility = visibility == null ? PollVisibility.LIVE : visibility;
    }
}
