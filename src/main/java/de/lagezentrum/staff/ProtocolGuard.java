package de.lagezentrum.staff;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.lagezentrum.platform.web.ConflictException;

/** Once a session's protocol is finalised, its agenda, minutes and attendance no longer change. */
@Component
class ProtocolGuard {

    private final JdbcClient jdbc;

    ProtocolGuard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Refuses with 409 when the session has a finalised (or approved) protocol. */
    void requireOpen(UUID tenantId, UUID sessionId) {
        if (!isOpen(tenantId, sessionId)) {
            throw new ConflictException("protocol.final");
        }
    }

    /** Whether the session's protocol has not been finalised yet. */
    boolean isOpen(UUID tenantId, UUID sessionId) {
        return !jdbc.sql("SELECT count(*) > 0 FROM staff.protocol_version WHERE tenant_id = ? AND session_id = ?")
                .params(tenantId, sessionId).query(Boolean.class).single();
    }
}
