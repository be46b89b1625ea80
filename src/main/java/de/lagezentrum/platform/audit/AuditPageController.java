package de.lagezentrum.platform.audit;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import de.lagezentrum.platform.audit.AuditFilter.Kind;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.DateFormats;
import de.lagezentrum.platform.web.PageRequest;

/**
 * Admins read the audit log of their municipality, filtered by kind (security events or changes),
 * action, period and actor (a plain GET form), and export the filtered list as CSV.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditPageController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final AuditLog audit;
    private final MessageSource messages;

    private final DateFormats dates;

    AuditPageController(AuditLog audit, MessageSource messages, DateFormats dates) {
        this.dates = dates;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/admin/audit")
    String entries(@RequestParam(defaultValue = "0") int page, FilterParameters parameters, Model model) {
        var user = CurrentUser.require();
        AuditFilter filter = parameters.filter();
        model.addAttribute("entries", audit.entries(user.tenantId(), filter, new PageRequest(Math.max(0, page), 50)));
        model.addAttribute("filter", filter);
        model.addAttribute("actions", audit.actions(user.tenantId()));
        model.addAttribute("kinds", Kind.values());
        model.addAttribute("entity", filter.entityId());
        model.addAttribute("query", query(filter));
        return "platform/audit";
    }

    /** The filtered list as CSV (RFC 4180, UTF-8 with byte order mark), newest first. */
    @GetMapping(path = "/admin/audit.csv")
    ResponseEntity<byte[]> export(FilterParameters parameters, Locale locale) {
        var user = CurrentUser.require();
        AuditFilter filter = parameters.filter();
        String csv = AuditCsv.of(audit.export(user.tenantId(), filter), dates.zone(user.tenantId()), messages, locale);
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("audit.csv").build().toString())
                .body(csv.getBytes(StandardCharsets.UTF_8));
    }

    /** The filter as query string, for the pager and the export link; empty parts are left out. */
    private static String query(AuditFilter filter) {
        UriComponentsBuilder query = UriComponentsBuilder.newInstance();
        if (filter.kind() != Kind.ALL) {
            query.queryParam("kind", filter.kind());
        }
        if (filter.entityId() != null) {
            query.queryParam("entity", filter.entityId());
        }
        if (filter.action() != null) {
            query.queryParam("action", filter.action());
        }
        if (filter.from() != null) {
            query.queryParam("from", filter.from());
        }
        if (filter.to() != null) {
            query.queryParam("to", filter.to());
        }
        if (filter.actor() != null) {
            query.queryParam("actor", filter.actor());
        }
        return query.encode().build().toUriString();
    }

    /** The query parameters of page and export: {@code kind, action, from, to, actor, entity}, each optional. */
    record FilterParameters(@Nullable Kind kind, @Nullable String action,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to, @Nullable String actor,
            @Nullable UUID entity) {

        AuditFilter filter() {
            return new AuditFilter(kind == null ? Kind.ALL : kind, action, from, to, actor, entity);
        }
    }
}
