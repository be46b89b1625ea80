package de.lagezentrum.organisation.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import de.lagezentrum.organisation.MunicipalityManagement;
import de.lagezentrum.organisation.MunicipalitySettings;
import de.lagezentrum.organisation.TenantView;
import de.lagezentrum.platform.security.CurrentUser;

/** {@code /api/v1/municipality}: the caller's municipality; its admin changes it. */
@RestController
@RequestMapping(path = "/api/v1/municipality", produces = MediaType.APPLICATION_JSON_VALUE)
class MunicipalityApiController {

    private final MunicipalityManagement municipalities;

    MunicipalityApiController(MunicipalityManagement municipalities) {
        this.municipalities = municipalities;
    }

    @GetMapping
    TenantView municipality() {
        return municipalities.municipality(CurrentUser.require());
    }

    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    TenantView update(@Valid @RequestBody MunicipalityUpdate update) {
        CurrentUser user = CurrentUser.require();
        boolean demo = update.demo() != null ? update.demo() : municipalities.municipality(user).demo();
        return municipalities.updateMunicipality(user,
                new MunicipalitySettings(update.name(), update.timeZone(), update.ars(), demo), update.version());
    }

    /**
     * Body of {@code PUT /api/v1/municipality}.
     *
     * @param demo null keeps the current switch
     * @param version the version read before, to detect lost updates; null: last change wins
     */
    record MunicipalityUpdate(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 64) String timeZone,
            @Nullable @Size(max = 12) String ars, @Nullable Boolean demo, @Nullable Long version) {
    }
}
