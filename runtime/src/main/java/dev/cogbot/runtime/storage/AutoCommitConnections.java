package dev.cogbot.runtime.storage;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The store's pool as the other parts of cogbot get it: every connection in auto-commit mode, so that
 * a statement run without a transaction is stored, whatever mode the store's own calls use. A caller
 * that needs a transaction turns auto-commit off and commits, as JDBC has it; the pool puts the
 * store's mode back when the connection is closed.
 *
 * <pre>{@code
 * try (Connection connection = store.dataSource().getConnection()) {
 *     connection.createStatement().execute("UPDATE cluster_node SET ...");  // stored at once
 * }
 * }</pre>
 */
final class AutoCommitConnections implements DataSource {

    private final DataSource pool;

    AutoCommitConnections(DataSource pool) {
        this.pool = pool;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return autoCommitting(pool.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return autoCommitting(pool.getConnection(username, password));
    }

    private static Connection autoCommitting(Connection connection) throws SQLException {
        try {
            connection.setAutoCommit(true);
            return connection;
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : pool.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || pool.isWrapperFor(type);
    }
}
