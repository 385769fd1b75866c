package dev.cogbot.runtime.cluster;

/** A gateway login could not be coordinated with the cluster: the database is unreachable or refused. */
public final class IdentifyCoordinationException extends RuntimeException {

    public IdentifyCoordinationException(String message, Throwable cause) {
        super(message, cause);
    }
}
