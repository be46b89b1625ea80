package de.lagezentrum.platform.security;

import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC), and a browser sends requests of one session in
 * parallel. Two of them that add the same session attribute at once (a page and an htmx request, say)
 * would make the second insert fail with a duplicate key and lose that request's session changes;
 * PostgreSQL's upsert makes the insert idempotent.
 *
 * <p>And every request writes the session's id back when it ends. A request that loaded the session
 * before the sign-in gave it a new id (a stylesheet of the login page, still under way) would write the
 * old id back and sign the user out again at the next click. The update keeps the row's id, principal
 * and timeout when the saving copy was loaded before the row's last access.
 *
 * <p>The store runs its reads and writes in transactions of its own that carry no municipality (its
 * tables have no row-level security), beside the application's tenant transactions.
 *
 * <p>Spring Session marks a session changed on every request, only because its last access moved. The
 * row is written only when its id, principal or timeout change, or when its last access is older than
 * {@link #LAST_ACCESS_PRECISION}: the idle timeout (hours) and the absolute lifetime need no finer clock,
 * and the page warns two minutes before the end, so a session seen a minute earlier than it was still
 * leaves the warning time to stay signed in.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    /** How stale a session's last access in the database may be. */
    static final Duration LAST_ACCESS_PRECISION = Duration.ofMinutes(1);

    static final String UPDATE_SESSION_UNLESS_STALE = """
            UPDATE %TABLE_NAME% AS s
               SET SESSION_ID = CASE WHEN n.last_access >= s.LAST_ACCESS_TIME THEN n.session_id ELSE s.SESSION_ID END,
                   LAST_ACCESS_TIME = greatest(s.LAST_ACCESS_TIME, n.last_access),
                   MAX_INACTIVE_INTERVAL = CASE WHEN n.last_access >= s.LAST_ACCESS_TIME THEN n.max_inactive
                                                ELSE s.MAX_INACTIVE_INTERVAL END,
                   EXPIRY_TIME = greatest(s.EXPIRY_TIME, n.expiry),
                   PRINCIPAL_NAME = CASE WHEN n.last_access >= s.LAST_ACCESS_TIME THEN n.principal
                                         ELSE s.PRINCIPAL_NAME END
              FROM (VALUES (CAST(? AS CHAR(36)), CAST(? AS BIGINT), CAST(? AS INT), CAST(? AS BIGINT),
                            CAST(? AS VARCHAR(100)))) AS n (session_id, last_access, max_inactive, expiry, principal)
             WHERE s.PRIMARY_ID = ?
               AND (s.SESSION_ID <> n.session_id OR s.PRINCIPAL_NAME IS DISTINCT FROM n.principal
                    OR s.MAX_INACTIVE_INTERVAL <> n.max_inactive
                    OR n.last_access >= s.LAST_ACCESS_TIME + %PRECISION_MILLIS%)
            """.replace("%PRECISION_MILLIS%", String.valueOf(LAST_ACCESS_PRECISION.toMillis()));

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionAttributes() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> staleSessionCopiesKeepTheNewId() {
        return repository -> repository.setUpdateSessionQuery(UPDATE_SESSION_UNLESS_STALE);
    }

    /**
     * Spring Session's transactions (a new one for each read and write of a session, as its default), but
     * past the tenant transaction manager. That manager asks who is signed in when a transaction begins,
     * and while the session is being loaded that question loads it again, on a second connection while
     * the first is held. A burst of signed-in requests then held every connection of the pool, each
     * request waiting for a second one until the pool's timeout ({@code ConnectionBudgetTests}).
     * Not a default candidate, so that nothing else is handed these transactions.
     */
    @Bean(defaultCandidate = false)
    @Qualifier("springSessionTransactionOperations")
    TransactionOperations springSessionTransactionOperations(DataSource dataSource) {
        TransactionTemplate transactions = new TransactionTemplate(new JdbcTransactionManager(dataSource));
        transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return transactions;
    }
}
