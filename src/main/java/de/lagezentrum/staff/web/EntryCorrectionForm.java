package de.lagezentrum.staff.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import de.lagezentrum.staff.EntryCorrection;
import de.lagezentrum.staff.EntryView;

/** A correction of a line of the minutes, with the version it was made on. */
public class EntryCorrectionForm {

    @NotBlank
    @Size(max = 10_000)
    private String text = "";
    @Size(max = 10_000)
    private String rationale = "";
    private long version;

    static EntryCorrectionForm of(EntryView entry) {
        EntryCorrectionForm form = new EntryCorrectionForm();
        form.text = entry.text();
        form.rationale = entry.rationale() == null ? "" : entry.rationale();
        form.version = entry.version();
        return form;
    }

    EntryCorrection command() {
        return new EntryCorrection(text, rationale, version);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
