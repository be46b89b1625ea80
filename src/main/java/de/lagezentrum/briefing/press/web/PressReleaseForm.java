package de.lagezentrum.briefing.press.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import de.lagezentrum.briefing.NewPressRelease;
import de.lagezentrum.briefing.PressReleaseView;

/** The press office's form for a press release; the facade checks the lengths. */
public class PressReleaseForm {

    private String title = "";
    private String body = "";
    private @Nullable UUID briefingId;
    private long version;

    static PressReleaseForm of(PressReleaseView release) {
        PressReleaseForm form = new PressReleaseForm();
        form.title = release.title();
        form.body = release.body();
        form.briefingId = release.briefingId();
        form.version = release.version();
        return form;
    }

    NewPressRelease command() {
        return new NewPressRelease(title, body, briefingId, version);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public @Nullable UUID getBriefingId() {
        return briefingId;
    }

    public void setBriefingId(@Nullable UUID briefingId) {
        this.briefingId = briefingId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
