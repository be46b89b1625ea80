package de.lagezentrum.organisation.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import de.lagezentrum.organisation.NewTenant;

/** The operator's form for a new municipality as the browser sends it. */
public class TenantForm {

    @NotBlank
    @Size(max = 200)
    private String name = "";
    @NotBlank
    @Size(min = 3, max = 64)
    private String adminUsername = "";
    @NotBlank
    @Email
    @Size(max = 254)
    private String adminEmail = "";

    NewTenant command() {
        return new NewTenant(name, adminUsername, adminEmail);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAdminUsername() {
        return adminUsername;
    }

    public void setAdminUsername(String adminUsername) {
        this.adminUsername = adminUsername;
    }

    public String getAdminEmail() {
        return adminEmail;
    }

    public void setAdminEmail(String adminEmail) {
        this.adminEmail = adminEmail;
    }
}
