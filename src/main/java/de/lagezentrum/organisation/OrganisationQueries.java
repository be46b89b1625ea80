package de.lagezentrum.organisation;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.lagezentrum.platform.web.PageRequest;
import de.lagezentrum.platform.web.PageResult;

/** Read models of departments and people with plain SQL, always scoped by tenant. */
@Component
class OrganisationQueries {

    private static final String PERSON_SELECT = """
            SELECT p.id, p.display_name, p.email, p.phone, p.job_title, p.department_id, d.name AS department_name,
                   a.username, a.enabled, a.last_login_at, p.version,
                   ARRAY(SELECT r.role FROM organisation.account_role r WHERE r.account_id = a.id ORDER BY r.role) AS roles
              FROM organisation.person p
              LEFT JOIN organisation.department d ON d.id = p.department_id
              LEFT JOIN organisation.account a ON a.person_id = p.id
            """;

    private final JdbcClient jdbc;

    OrganisationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PageResult<DepartmentView> departments(UUID tenantId, PageRequest page) {
        long total = jdbc.sql("SELECT count(*) FROM organisation.department WHERE tenant_id = ?")
                .param(tenantId).query(Long.class).single();
        List<DepartmentView> items = jdbc.sql("""
                SELECT id, name, short_name, version FROM organisation.department WHERE tenant_id = ?
                 ORDER BY lower(name), id LIMIT ? OFFSET ?""")
                .params(tenantId, page.size(), page.offset())
                .query((rs, row) -> new DepartmentView(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("short_name"), rs.getLong("version")))
                .list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** People whose name, e-mail or username contains the query (or is similar to it), by name. */
    PageResult<PersonView> people(UUID tenantId, @Nullable String query, @Nullable UUID departmentId,
            PageRequest page) {
        String q = query == null || query.isBlank() ? null : query.strip();
        String where = """
                 WHERE p.tenant_id = :tenantId
                   AND (CAST(:departmentId AS uuid) IS NULL OR p.department_id = :departmentId)
                   AND (CAST(:q AS text) IS NULL OR p.display_name ILIKE '%' || :q || '%' OR p.email ILIKE '%' || :q || '%'
                        OR a.username ILIKE '%' || :q || '%' OR p.display_name % :q)
                """;
        long total = jdbc.sql("""
                SELECT count(*) FROM organisation.person p LEFT JOIN organisation.account a ON a.person_id = p.id
                """ + where)
                .param("tenantId", tenantId).param("departmentId", departmentId).param("q", q)
                .query(Long.class).single();
        List<PersonView> items = jdbc.sql(PERSON_SELECT + where + " ORDER BY lower(p.display_name), p.id LIMIT :limit OFFSET :offset")
                .param("tenantId", tenantId).param("departmentId", departmentId).param("q", q)
                .param("limit", page.size()).param("offset", page.offset())
                .query((rs, row) -> person(rs))
                .list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    Map<UUID, PersonView> people(UUID tenantId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(PERSON_SELECT + " WHERE p.tenant_id = :tenantId AND p.id IN (:ids)")
                .param("tenantId", tenantId).param("ids", List.copyOf(ids))
                .query((rs, row) -> person(rs))
                .list().stream().collect(Collectors.toMap(PersonView::id, person -> person));
    }

    List<PersonView> activePeopleWithRole(UUID tenantId, Role role) {
        return jdbc.sql(PERSON_SELECT + """
                 WHERE p.tenant_id = ? AND a.enabled
                   AND EXISTS (SELECT 1 FROM organisation.account_role r WHERE r.account_id = a.id AND r.role = ?)
                 ORDER BY lower(p.display_name), p.id""")
                .params(tenantId, role.name())
                .query((rs, row) -> person(rs))
                .list();
    }

    Optional<PersonView> person(UUID tenantId, UUID id) {
        return jdbc.sql(PERSON_SELECT + " WHERE p.tenant_id = ? AND p.id = ?")
                .params(tenantId, id)
                .query((rs, row) -> person(rs))
                .optional();
    }

    long count(String table, UUID tenantId) {
        return jdbc.sql("SELECT count(*) FROM organisation." + table + " WHERE tenant_id = ?")
                .param(tenantId).query(Long.class).single();
    }

    private static PersonView person(ResultSet rs) throws SQLException {
        Timestamp lastLogin = rs.getTimestamp("last_login_at");
        return new PersonView(rs.getObject("id", UUID.class), rs.getString("display_name"), rs.getString("email"),
                rs.getString("phone"), rs.getString("job_title"), rs.getObject("department_id", UUID.class),
                rs.getString("department_name"), rs.getString("username"), roles(rs.getArray("roles")),
                rs.getBoolean("enabled"), lastLogin == null ? null : lastLogin.toInstant(), rs.getLong("version"));
    }

    private static Set<Role> roles(@Nullable Array array) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (array != null) {
            for (Object role : (Object[]) array.getArray()) {
                roles.add(Role.valueOf(role.toString()));
            }
        }
        return roles;
    }
}
