package de.lagezentrum.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Changing one's own password: the current one, the new one twice. */
public class PasswordForm extends NewPasswordForm {

    @NotBlank
    @Size(max = 128)
    private String currentPassword = "";

    @Override
    void clearPasswords() {
        super.clearPasswords();
        currentPassword = "";
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }
}
