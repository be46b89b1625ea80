package de.lagezentrum.platform.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionInformation;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionRegistry;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Remembers in the database which browser session belongs to which provider session, so that every
 * instance can act on a back-channel logout. Matching follows the OpenID Connect Back-Channel Logout
 * spec: by issuer and {@code sid} when the logout token has one, else by issuer and {@code sub}.
 */
@Component
class JdbcOidcSessionRegistry implements OidcSessionRegistry {

    private final JdbcClient jdbc;

    JdbcOidcSessionRegistry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void saveSessionInformation(OidcSessionInformation info) {
        OidcIdToken token = info.getPrincipal().getIdToken();
        jdbc.sql("""
                INSERT INTO platform.oidc_session (session_id, issuer, subject, provider_sid) VALUES (?, ?, ?, ?)
                ON CONFLICT (session_id) DO UPDATE
                   SET issuer = EXCLUDED.issuer, subject = EXCLUDED.subject, provider_sid = EXCLUDED.provider_sid""")
                .params(info.getSessionId(), String.valueOf(token.getIssuer()), token.getSubject(),
                        token.getClaimAsString("sid"))
                .update();
    }

    @Override
    @Transactional
    public @Nullable OidcSessionInformation removeSessionInformation(String clientSessionId) {
        return jdbc.sql("DELETE FROM platform.oidc_session WHERE session_id = ? RETURNING *")
                .param(clientSessionId).query((rs, row) -> information(rs.getString("session_id"),
                        rs.getString("issuer"), rs.getString("subject"), rs.getString("provider_sid")))
                .optional().orElse(null);
    }

    @Override
    @Transactional
    public Iterable<OidcSessionInformation> removeSessionInformation(OidcLogoutToken token) {
        String issuer = String.valueOf(token.getIssuer());
        String sid = token.getSessionId();
        String condition = sid != null ? "provider_sid = :key" : "subject = :key";
        List<OidcSessionInformation> removed = jdbc.sql(
                "DELETE FROM platform.oidc_session WHERE issuer = :issuer AND " + condition + " RETURNING *")
                .param("issuer", issuer).param("key", sid != null ? sid : token.getSubject())
                .query((rs, row) -> information(rs.getString("session_id"), rs.getString("issuer"),
                        rs.getString("subject"), rs.getString("provider_sid")))
                .list();
        return removed;
    }

    /** Forgets browser sessions that have ended by timeout or logout. */
    @Scheduled(cron = "0 */15 * * * *")
    @Transactional
    public void forgetEndedSessions() {
        jdbc.sql("""
                DELETE FROM platform.oidc_session o
                 WHERE NOT EXISTS (SELECT 1 FROM platform.spring_session s WHERE s.session_id = o.session_id)""")
                .update();
    }

    private static OidcSessionInformation information(String sessionId, String issuer, String subject,
            @Nullable String sid) {
        Map<String, Object> claims = sid == null ? Map.of("iss", issuer, "sub", subject)
                : Map.of("iss", issuer, "sub", subject, "sid", sid);
        Instant now = Instant.now();
        var idToken = new OidcIdToken("stored", now, now.plusSeconds(1), claims);
        return new OidcSessionInformation(sessionId, Map.of(), new DefaultOidcUser(List.of(), idToken));
    }
}
