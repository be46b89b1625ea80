package de.lagezentrum.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import de.lagezentrum.organisation.MunicipalitySettings;
import de.lagezentrum.organisation.TenantView;

/** The admin's form for the municipality's settings as the browser sends it. */
public class MunicipalityForm {

    @NotBlank
    @Size(max = 200)
    private String name = "";
    @NotBlank
    @Size(max = 64)
    private String timeZone = "";
    @Size(max = 12)
    private String ars = "";
    private boolean demo;
    private long version;

    static MunicipalityForm of(TenantView municipality) {
        var form = new MunicipalityForm();
        form.name = municipality.name();
        form.timeZone = municipality.timeZone();
        form.ars = municipality.ars() == null ? "" : municipality.ars();
        form.demo = municipality.demo();
        form.version = municipality.version();
        return form;
    }

    MunicipalitySettings settings() {
        return new MunicipalitySettings(name, timeZone, ars, demo);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getArs() {
        return ars;
    }

    public void setArs(String ars) {
        this.ars = ars;
    }

    public boolean isDemo() {
        return demo;
    }

    public void setDemo(boolean demo) {
        this.demo = demo;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
