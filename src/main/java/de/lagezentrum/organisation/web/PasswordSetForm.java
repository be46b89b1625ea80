package de.lagezentrum.organisation.web;

import jakarta.validation.constraints.Size;

/** Setting a password through a link: the link's token, the new password twice. */
public class PasswordSetForm extends NewPasswordForm {

    @Size(max = 100)
    private String token = "";

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
