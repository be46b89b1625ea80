package de.lagezentrum.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.validation.BindingResult;

/** A new password, typed twice: the part that changing and setting a password share. */
public class NewPasswordForm {

    @NotBlank
    @Size(max = 128)
    private String newPassword = "";
    @NotBlank
    @Size(max = 128)
    private String confirmation = "";

    /** Marks the confirmation as wrong when it differs from the new password (and is not already wrong). */
    void checkConfirmation(BindingResult errors) {
        if (!errors.hasFieldErrors("confirmation") && !newPassword.equals(confirmation)) {
            errors.rejectValue("confirmation", "password.confirmation.mismatch");
        }
    }

    /** Empties the password fields, so that a form shown again does not carry them. */
    void clearPasswords() {
        newPassword = "";
        confirmation = "";
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
