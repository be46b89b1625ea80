package de.lagezentrum.briefing.web;

import jakarta.validation.constraints.Size;

/** Why the press office calls a briefing off: optional, shown to journalists. */
public class CancelForm {

    @Size(max = 1000)
    private String reason = "";

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
