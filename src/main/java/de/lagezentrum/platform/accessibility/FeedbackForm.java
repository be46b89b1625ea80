package de.lagezentrum.platform.accessibility;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a visitor reports about a barrier. Name and e-mail are optional so feedback can be anonymous. */
class FeedbackForm {

    @Size(max = 200)
    private String name = "";

    @Email
    @Size(max = 254)
    private String email = "";

    @Size(max = 500)
    private String page = "";

    @NotBlank
    @Size(max = 5000)
    private String message = "";

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}
