package de.lagezentrum.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One field for a second factor: a TOTP code, a recovery code, or (to remove a factor) the password. */
public class CodeForm {

    @NotBlank
    @Size(max = 128)
    private String code = "";

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
