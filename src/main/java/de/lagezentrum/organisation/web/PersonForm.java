package de.lagezentrum.organisation.web;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import de.lagezentrum.organisation.NewPerson;
import de.lagezentrum.organisation.PersonChange;
import de.lagezentrum.organisation.PersonDetails;
import de.lagezentrum.organisation.PersonView;
import de.lagezentrum.organisation.Role;

/** The admin's person form: details, and account fields (username only when creating). */
public class PersonForm {

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
    private @Nullable UUID departmentId;
    @Size(max = 64)
    private String username = "";
    @Size(max = 128)
    private String password = "";
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private boolean enabled = true;
    private long version;

    static PersonForm of(PersonView person) {
        var form = new PersonForm();
        form.displayName = person.displayName();
        form.email = orEmpty(person.email());
        form.phone = orEmpty(person.phone());
        form.jobTitle = orEmpty(person.jobTitle());
        form.departmentId = person.departmentId();
        form.username = orEmpty(person.username());
        form.roles = person.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(person.roles());
        form.enabled = person.enabled();
        form.version = person.version();
        return form;
    }

    PersonDetails details() {
        return new PersonDetails(displayName, email, phone, jobTitle, departmentId);
    }

    NewPerson newPerson() {
        return new NewPerson(details(), roles, username.isBlank() ? null : username.strip(),
                password.isEmpty() ? null : password);
    }

    PersonChange change() {
        return new PersonChange(details(), roles, enabled, password.isEmpty() ? null : password, version);
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
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

    public @Nullable UUID getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(@Nullable UUID departmentId) {
        this.departmentId = departmentId;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
