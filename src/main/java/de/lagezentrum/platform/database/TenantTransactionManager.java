package de.lagezentrum.platform.database;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * The transaction manager of the application: every transaction starts by telling PostgreSQL whose
 * rows it may see ({@link TenantScope}), so row-level security applies even to a query that forgot
 * its {@code WHERE tenant_id}. The setting is local to the transaction and gone at its end, so a
 * pooled connection never carries one municipality's setting into the next request.
 */
class TenantTransactionManager extends JdbcTransactionManager {

    TenantTransactionManager(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
            throws SQLException {
        super.prepareTransactionalConnection(connection, definition);
        TenantScope.apply(connection, TenantScope.current());
    }
}
