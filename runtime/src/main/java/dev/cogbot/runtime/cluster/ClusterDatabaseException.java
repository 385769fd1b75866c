package dev.cogbot.runtime.cluster;

import java.sql.SQLException;

/** The cluster's database could not be reached or used; the message names what was being done. */
public final class ClusterDatabaseException extends ClusterException {

    ClusterDatabaseException(String doing, SQLException cause) {
        super("cannot " + doing + " in the cluster's database: " + firstLine(cause)
                + "; check that PostgreSQL runs and that jdbc-url points at it", cause);
    }

    /** Whether the database has no cluster tables: no node has ever run on it. */
    public boolean noClusterTables() {
        // PostgreSQL's undefined_table
        return getCause() instanceof SQLException e && "42P01".equals(e.getSQLState());
    }

    private static String firstLine(SQLException e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.strip().lines().findFirst().orElse(message);
    }
}
