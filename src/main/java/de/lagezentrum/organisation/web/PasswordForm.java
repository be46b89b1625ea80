package de.lagezentrum.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Changing one's own password: the current one, the new one twice. */
public class PasswordForm {

    @NotBlank
    @Size(max = 128)
    private String currentPassword = "";
    @NotBlank
    @Size(max = 128)
    private String newPassword = "";
    @NotBlank
    @Size(max = 128)
    private String confirmation = "";

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
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
