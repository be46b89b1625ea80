package de.lagezentrum.staff.protocols;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.lagezentrum.platform.web.ConflictException;

/** Once a session's protocol is finalised, its agenda, minutes and attendance no longer change. */
@Component
public class ProtocolGuard {

    private final JdbcClient jdbc;

    ProtocolGuard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Refuses with 409 when the session has a finalised (or approved) protocol. Changes share a lock on
     * the session's row until they commit, and finalising takes it alone ({@link #requireOpenToFinalise}):
     * a change either commits before the protocol is taken, and is in it, or waits and is refused.
     */
    public void requireOpen(UUID tenantId, UUID sessionId) {
        lock(tenantId, sessionId, "FOR SHARE");
        if (!isOpen(tenantId, sessionId)) {
            throw new ConflictException("protocol.final");
        }
    }

    /** Like {@link #requireOpen}, but waits for the changes under way and holds back new ones. */
    public void requireOpenToFinalise(UUID tenantId, UUID sessionId) {
        lock(tenantId, sessionId, "FOR UPDATE");
        if (!isOpen(tenantId, sessionId)) {
            throw new ConflictException("protocol.final");
        }
    }

    /**
     * Takes the session's row alone for approving or correcting a version: two approvals or two
     * corrections at the same moment run one after the other, and the second sees what the first did.
     */
    public void lockVersions(UUID tenantId, UUID sessionId) {
        lock(tenantId, sessionId, "FOR UPDATE");
    }

    private void lock(UUID tenantId, UUID sessionId, String mode) {
        jdbc.sql("SELECT id FROM staff.session WHERE tenant_id = ? AND id = ? " + mode)
                .params(tenantId, sessionId).query(UUID.class).optional();
    }

    /** Whether the session's protocol has not been finalised yet. */
    public boolean isOpen(UUID tenantId, UUID sessionId) {
        return !jdbc.sql("SELECT count(*) > 0 FROM staff.protocol_version WHERE tenant_id = ? AND session_id = ?")
                .params(tenantId, sessionId).query(Boolean.class).single();
    }
}
