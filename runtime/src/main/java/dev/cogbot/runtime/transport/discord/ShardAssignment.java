package dev.cogbot.runtime.transport.discord;

import java.util.Set;
import java.util.function.Consumer;

/**
 * Which of the bot's shards this process runs, when that is decided while the bot runs (a cluster's
 * shard leases) rather than fixed at start ({@code --shards}). The transport starts a shard when it
 * joins the set and stops it when it leaves.
 *
 * <pre>{@code
 * DiscordTransport discord = new DiscordTransport(options, assignment, sessionController);
 * discord.start(listener);   // follows the assignment until close()
 * }</pre>
 */
public interface ShardAssignment {

    /** How many shards the bot has in all. */
    int total();

    /**
     * Starts following: calls {@code running} with the shards to run now, before returning, and again
     * from another thread whenever the set changes, until {@link #stop()}. Calls never overlap.
     */
    void follow(Consumer<Set<Integer>> running);

    /** Stops following and gives this process's shards up, for others to take; call once they are stopped. */
    void stop();
}
