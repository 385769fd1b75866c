package dev.cogbot.runtime.transport.discord;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Which of this process's shards have had their READY. The bot counts as ready once every one of
 * them has, as discord.py's auto-sharded client does: a cog that waits until ready and then sets the
 * presence or reads the guilds must find every shard there, not only the first to connect.
 */
final class ShardReadiness {

    private final Set<Integer> ready = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean announced = new AtomicBoolean();

    /**
     * Records that shard {@code shardId} is ready.
     *
     * @param running how many shards this process runs
     * @return true exactly once: for the READY that completes the set
     */
    boolean shardReady(int shardId, int running) {
        ready.add(shardId);
        return ready.size() >= running && announced.compareAndSet(false, true);
    }

    /** Records that shard {@code shardId} no longer runs here (its lease went to another node). */
    void shardStopped(int shardId) {
        ready.remove(shardId);
    }
}
