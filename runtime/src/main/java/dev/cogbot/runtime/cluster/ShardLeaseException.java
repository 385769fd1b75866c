package dev.cogbot.runtime.cluster;

/**
 * The shard leases could not be read or written: the database is unreachable or refused, or this
 * node disagrees with the cluster (another shard count). The message says which, in one line.
 */
public final class ShardLeaseException extends RuntimeException {

    public ShardLeaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
