package de.lagezentrum.organisation;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.lagezentrum.platform.audit.AuditLog;
import de.lagezentrum.platform.database.TenantScope;
import de.lagezentrum.platform.database.TenantScope.Purpose;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.ConflictException;
import de.lagezentrum.platform.web.InvalidInputException;
import de.lagezentrum.platform.web.NotFoundException;

/**
 * The signed-in user's own municipality: everyone reads its name, time zone, regional key and demo
 * switch; its admins change them.
 */
@Service
public class MunicipalityManagement {

    private static final Pattern ARS = Pattern.compile("[0-9]{12}");

    private final TenantRepository tenants;
    private final TenantZones zones;
    private final AuditLog audit;

    MunicipalityManagement(TenantRepository tenants, TenantZones zones, AuditLog audit) {
        this.tenants = tenants;
        this.zones = zones;
        this.audit = audit;
    }

    /** The caller's municipality. */
    @Transactional(readOnly = true)
    public TenantView municipality(CurrentUser user) {
        return find(user).view();
    }

    /**
     * Changes the caller's municipality. Admins only. With a version, a newer one answers 409; without,
     * the last change wins. An unknown zone, a regional key that is not 12 digits or a name another
     * municipality has change nothing.
     */
    @Transactional
    public TenantView updateMunicipality(CurrentUser admin, MunicipalitySettings settings, @Nullable Long version) {
        OrganisationManagement.requireAdmin(admin);
        Tenant tenant = find(admin);
        TenantView before = tenant.view();
        if (version != null && before.version() != version) {
            throw new ConflictException("problem.concurrent-change");
        }
        check(settings);
        // Names are unique in the installation; like anonymous pages, the check reads every municipality's row.
        if (TenantScope.call(Purpose.PUBLIC, () -> tenants.nameTakenAcrossTenants(settings.name().strip(), tenant.id()))) {
            throw new InvalidInputException("name", "tenant.name.taken");
        }
        TenantView after = tenants.save(tenant.change(settings, version)).view();
        zones.changed(tenant.id());
        audit.record(tenant.id(), "UPDATED", "Municipality", tenant.id(), after.name(), snapshot(before),
                snapshot(after));
        return after;
    }

    private Tenant find(CurrentUser user) {
        return tenants.findById(user.tenantId()).orElseThrow(() -> new NotFoundException("Tenant"));
    }

    private static void check(MunicipalitySettings settings) {
        if (!ZoneId.getAvailableZoneIds().contains(settings.timeZone().strip())) {
            throw new InvalidInputException("timeZone", "municipality.timeZone.invalid");
        }
        String ars = settings.ars();
        if (ars != null && !ars.isBlank() && !ARS.matcher(ars.strip()).matches()) {
            throw new InvalidInputException("ars", "municipality.ars.pattern");
        }
    }

    private static Map<String, Object> snapshot(TenantView municipality) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", municipality.name());
        state.put("timeZone", municipality.timeZone());
        state.put("ars", municipality.ars());
        state.put("demo", municipality.demo());
        return state;
    }
}
