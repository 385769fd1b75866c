package dev.cogbot.runtime.cluster;

import java.sql.SQLException;

/** The cluster's database could not be reached or used; the message names what was being done. */
public final class ClusterDatabaseException extends ClusterException {

    ClusterDatabaseException(String doing, Exception cause) {
        super("cannot " + doing + " in the cluster's database: " + firstLine(cause)
                + "; check that PostgreSQL runs and that jdbc-url points at it", cause);
    }

    /** Whether the database has no cluster tables: no node has ever run on it. */
    public boolean noClusterTables() {
        // PostgreSQL's undefined_table
        return getCause() instanceof SQLException e && "42P01".equals(e.getSQLState());
    }

    /** The first line of the driver's message, which Flyway and the pool wrap in their own. */
    private static String firstLine(Exception e) {
        Throwable deepest = e;
        while (!(deepest instanceof SQLException) && deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        String message = deepest.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.strip().lines().findFirst().orElse(message);
    }
}
