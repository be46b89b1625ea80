package de.lagezentrum.platform.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import de.lagezentrum.platform.security.CurrentUser;

/**
 * Which municipality (tenant) the database lets a transaction see. PostgreSQL's row-level security
 * shows every business table only with the rows of {@code lagezentrum.tenant}, which each transaction
 * sets when it begins: to the signed-in user's municipality, or to one named explicitly here for work
 * that runs without a user (start-up, event listeners, anonymous pages of one municipality).
 *
 * <p>A few reads must work before anyone's municipality is known; they name their {@link Purpose},
 * and only the policies written for that purpose let them through.
 *
 * <p>Entering a scope while a transaction is already running changes the setting of that transaction
 * until the scope is left.
 */
public final class TenantScope {

    /** Why a transaction reads without (or beyond) a municipality; each has its own policies. */
    public enum Purpose {
        /** Ordinary work: only the tenant's rows. */
        NONE(""),
        /** Finding out who is calling: accounts, people, roles, tokens, municipalities. */
        SIGN_IN("sign-in"),
        /** The operator's list of municipalities. */
        OPERATOR("operator"),
        /** Anonymous pages: the municipality that answers them. */
        PUBLIC("public"),
        /** A personal calendar feed, looked up by its token. */
        CALENDAR_FEED("calendar-feed"),
        /** Joining a live event: finding the event (and so its municipality) by its join code. */
        LIVE_JOIN("live-join");

        private final String setting;

        Purpose(String setting) {
            this.setting = setting;
        }

        /** The value of {@code lagezentrum.purpose} in the database. */
        public String setting() {
            return setting;
        }
    }

    private static final String APPLY = """
            SELECT set_config('lagezentrum.tenant', ?, true), set_config('lagezentrum.purpose', ?, true)""";

    private static final Scope NO_TENANT = new Scope(null, Purpose.NONE);

    private static final ThreadLocal<@Nullable Scope> EXPLICIT = new ThreadLocal<>();

    /** Set while the signed-in user is being found, which may itself begin a transaction. */
    private static final ThreadLocal<@Nullable Boolean> RESOLVING = new ThreadLocal<>();

    private TenantScope() {
    }

    /** Runs work as the given municipality, whoever is signed in. */
    public static <T> T call(UUID tenantId, Supplier<T> work) {
        return within(new Scope(tenantId, Purpose.NONE), work);
    }

    /** Runs work as the given municipality, whoever is signed in. */
    public static void run(UUID tenantId, Runnable work) {
        call(tenantId, () -> {
            work.run();
            return null;
        });
    }

    /** Runs tenant-less work of one purpose: only that purpose's policies show rows. */
    public static <T> T call(Purpose purpose, Supplier<T> work) {
        return within(new Scope(null, purpose), work);
    }

    /** Whether a scope was entered explicitly on this thread. */
    static boolean isExplicit() {
        return EXPLICIT.get() != null;
    }

    /** Proceeds with an intercepted call as the given municipality, passing its failures on unchanged. */
    static @Nullable Object proceedAs(UUID tenantId, org.aopalliance.intercept.MethodInvocation invocation)
            throws Throwable {
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        run(tenantId, () -> {
            try {
                result[0] = invocation.proceed();
            }
            catch (Throwable e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        return result[0];
    }

    /** The municipality and purpose a transaction beginning now gets. */
    public static Scope current() {
        Scope explicit = EXPLICIT.get();
        if (explicit != null) {
            return explicit;
        }
        if (RESOLVING.get() != null) {
            // Loading the signed-in user reads the session store in a transaction of its own.
            return NO_TENANT;
        }
        RESOLVING.set(Boolean.TRUE);
        try {
            Optional<CurrentUser> user = CurrentUser.current();
            return user.map(found -> new Scope(found.tenantId(), Purpose.NONE)).orElse(NO_TENANT);
        }
        finally {
            RESOLVING.remove();
        }
    }

    private static <T> T within(Scope scope, Supplier<T> work) {
        Scope outer = EXPLICIT.get();
        Scope before = current();
        EXPLICIT.set(scope);
        boolean inTransaction = TransactionSynchronizationManager.isActualTransactionActive();
        if (inTransaction) {
            applyToBoundConnections(scope);
        }
        try {
            return work.get();
        }
        finally {
            if (outer == null) {
                EXPLICIT.remove();
            }
            else {
                EXPLICIT.set(outer);
            }
            if (inTransaction && TransactionSynchronizationManager.isActualTransactionActive()) {
                applyToBoundConnections(before);
            }
        }
    }

    private static void applyToBoundConnections(Scope scope) {
        for (Object resource : TransactionSynchronizationManager.getResourceMap().values()) {
            if (resource instanceof ConnectionHolder holder && holder.isSynchronizedWithTransaction()) {
                try {
                    apply(holder.getConnection(), scope);
                }
                catch (SQLException e) {
                    throw new DataAccessResourceFailureException("Could not set the tenant of the transaction", e);
                }
            }
        }
    }

    /** Sets the scope for the rest of the connection's current transaction. */
    static void apply(Connection connection, Scope scope) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(APPLY)) {
            statement.setString(1, scope.tenantId() == null ? "" : scope.tenantId().toString());
            statement.setString(2, scope.purpose().setting());
            statement.execute();
        }
    }

    /**
     * A municipality and a purpose.
     *
     * @param tenantId the municipality whose rows are visible; null for none
     * @param purpose the tenant-less reads allowed besides
     */
    public record Scope(@Nullable UUID tenantId, Purpose purpose) {
    }
}
