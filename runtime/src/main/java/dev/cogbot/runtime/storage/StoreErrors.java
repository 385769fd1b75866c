package dev.cogbot.runtime.storage;

import java.io.IOException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/** The store's failures as the one-line reasons its messages give. */
final class StoreErrors {

    /** H2's "Database may be already in use": another process holds the file lock. */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;

    private StoreErrors() {
    }

    /**
     * The first line of an exception's message: drivers such as H2 append the SQL statement on
     * further lines, which would break the one-line error messages.
     */
    static String reason(Exception e) {
        if (e instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
            return "it is in use by another process (is another cogbot running on the same data folder?)";
        }
        if (e instanceof SQLException sql && "08001".equals(sql.getSQLState())
                && String.valueOf(sql.getMessage()).startsWith("No suitable driver")) {
            return "no JDBC driver on the class path understands this URL";
        }
        if (e instanceof SQLTransientConnectionException && e.getCause() instanceof Exception cause) {
            // the pool's "connection is not available, request timed out" hides why: the database's answer
            return "no connection within store.connection-timeout (" + reason(cause) + ")";
        }
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof SocketException || cause instanceof UnknownHostException) {
                break; // a database server out of reach, not a file: the driver's own first line says so
            }
            // H2 wraps a failed file access in two layers whose first lines do not say what went wrong
            if (cause instanceof IOException io && io.getMessage() != null && !io.getMessage().isBlank()) {
                return "its file could not be written (" + io.getMessage().strip() + ")";
            }
        }
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        // A driver may echo the URL, password included, in its message.
        return JdbcUrls.redact(message.strip().lines().findFirst().orElse(message));
    }}
