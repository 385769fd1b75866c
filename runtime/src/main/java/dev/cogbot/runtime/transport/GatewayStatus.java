package dev.cogbot.runtime.transport;

import java.util.OptionalLong;

/**
 * How this process's connection to the network stands: of the shards it runs, how many are
 * connected now, and the gateway's heartbeat latency. What a readiness probe and the metrics read.
 *
 * <pre>{@code
 * GatewayStatus status = transport.gatewayStatus();
 * boolean serving = status.allConnected();   // 2 of 2 shards connected
 * }</pre>
 *
 * @param shards      how many shards this process runs (1 for a network without sharding)
 * @param connected   how many of them are connected now
 * @param pingMillis  the gateway's heartbeat round trip, averaged over the shards, once measured
 */
public record GatewayStatus(int shards, int connected, OptionalLong pingMillis) {

    /** A network that is there as long as the process runs, such as the console. */
    public static final GatewayStatus ALWAYS_CONNECTED = new GatewayStatus(1, 1, OptionalLong.empty());

    public GatewayStatus {
        if (shards < 0 || connected < 0 || connected > shards) {
            throw new IllegalArgumentException("connected shards must be between 0 and " + shards + ", got " + connected);
        }
    }

    /** Whether every shard this process runs is connected. */
    public boolean allConnected() {
        return connected == shards;
    }
}
