package de.lagezentrum.organisation.web;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import de.lagezentrum.organisation.NewTenant;
import de.lagezentrum.organisation.TenantManagement;
import de.lagezentrum.organisation.TenantView;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.PageRequest;
import de.lagezentrum.platform.web.PageResult;

/** {@code /api/v1/tenants}: the operator lists and adds the municipalities of the installation. */
@RestController
@RequestMapping(path = "/api/v1/tenants", produces = MediaType.APPLICATION_JSON_VALUE)
class TenantApiController {

    private final TenantManagement tenants;

    TenantApiController(TenantManagement tenants) {
        this.tenants = tenants;
    }

    @GetMapping
    PageResult<TenantView> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return tenants.listAllTenants(CurrentUser.require(), new PageRequest(page, size));
    }

    @GetMapping("/{id}")
    TenantView tenant(@PathVariable UUID id) {
        return tenants.tenantAcrossTenants(CurrentUser.require(), id);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<TenantView> create(@Valid @RequestBody NewTenant command) {
        TenantView created = tenants.createTenantWithAdmin(CurrentUser.require(), command);
        return ResponseEntity.created(URI.create("/api/v1/tenants/" + created.id())).body(created);
    }
}
