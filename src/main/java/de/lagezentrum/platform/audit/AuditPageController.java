package de.lagezentrum.platform.audit;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.PageRequest;

/** Admins read the audit log of their municipality. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditPageController {

    private final AuditLog audit;

    AuditPageController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String entries(@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) @Nullable UUID entity,
            Model model) {
        var user = CurrentUser.require();
        model.addAttribute("entries", audit.entries(user.tenantId(), entity, new PageRequest(Math.max(0, page), 50)));
        model.addAttribute("entity", entity);
        return "platform/audit";
    }
}
