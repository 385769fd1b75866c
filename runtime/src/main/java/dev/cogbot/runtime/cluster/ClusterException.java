package dev.cogbot.runtime.cluster;

/** The cluster could not be joined or read. The message is one line that says what to do. */
public sealed class ClusterException extends RuntimeException
        permits NodeIdTakenException, ClusterDatabaseException {

    ClusterException(String message, Throwable cause) {
        super(message, cause);
    }
}
