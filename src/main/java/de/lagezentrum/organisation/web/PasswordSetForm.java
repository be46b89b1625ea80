package de.lagezentrum.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Setting a password through a link: the link's token, the new password twice. */
public class PasswordSetForm {

    @Size(max = 100)
    private String token = "";
    @NotBlank
    @Size(max = 128)
    private String newPassword = "";
    @NotBlank
    @Size(max = 128)
    private String confirmation = "";

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
