package dev.cogbot.runtime.cluster;

import java.sql.SQLException;

/** The cluster's database could not be reached or used; the message names what was being done. */
public final class ClusterDatabaseException extends ClusterException {

    ClusterDatabaseException(String doing, SQLException cause) {
        super("cannot " + doing + " in the cluster's database: " + firstLine(cause)
                + "; check that PostgreSQL runs and that jdbc-url points at it", cause);
    }

    private static String firstLine(SQLException e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.strip().lines().findFirst().orElse(message);
    }
}
