package de.lagezentrum.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import de.lagezentrum.organisation.DepartmentCommand;
import de.lagezentrum.organisation.DepartmentView;

/** The department form as the browser sends it. */
public class DepartmentForm {

    @NotBlank
    @Size(max = 200)
    private String name = "";

    @NotBlank
    @Size(max = 20)
    private String shortName = "";

    private long version;

    static DepartmentForm of(DepartmentView department) {
        var form = new DepartmentForm();
        form.name = department.name();
        form.shortName = department.shortName();
        form.version = department.version();
        return form;
    }

    DepartmentCommand command() {
        return new DepartmentCommand(name, shortName);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
