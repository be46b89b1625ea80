package de.lagezentrum.live.events.web;

import org.jspecify.annotations.Nullable;

/** The join form: the code and, if the participant likes (or the event wants it), a name. */
public class JoinForm {

    private @Nullable String code;
    private @Nullable String displayName;

    public @Nullable String getCode() {
        return code;
    }

    public void setCode(@Nullable String code) {
        this.code = code;
    }

    public @Nullable String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(@Nullable String displayName) {
        this.displayName = displayName;
    }
}
