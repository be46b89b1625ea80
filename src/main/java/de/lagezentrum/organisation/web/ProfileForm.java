package de.lagezentrum.organisation.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import de.lagezentrum.organisation.PersonDetails;
import de.lagezentrum.organisation.PersonView;

/** The signed-in user's own details; the department stays with the admins. */
public class ProfileForm {

    @NotBlank
    @Size(max = 200)
    private String displayName = "";
    @Email
    @Size(max = 254)
    private String email = "";
    @Size(max = 50)
    private String phone = "";
    @Size(max = 200)
    private String jobTitle = "";
    private long version;

    static ProfileForm of(PersonView person) {
        var form = new ProfileForm();
        form.displayName = person.displayName();
        form.email = person.email() == null ? "" : person.email();
        form.phone = person.phone() == null ? "" : person.phone();
        form.jobTitle = person.jobTitle() == null ? "" : person.jobTitle();
        form.version = person.version();
        return form;
    }

    PersonDetails details(PersonView current) {
        return new PersonDetails(displayName, email, phone, jobTitle, current.departmentId());
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
