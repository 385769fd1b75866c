package dev.cogbot.discordfake;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.events.StatusChangeEvent;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;

/**
 * Builds a bare JDA shard manager against a {@link FakeDiscord}. No custom session controller: a shard
 * manager asks {@code GET gateway/bot} on its REST base for the gateway address (and for the
 * recommended shard count and {@code max_concurrency}).
 */
final class JdaShards {

    static final Duration READY_TIMEOUT = Duration.ofSeconds(30);

    private JdaShards() {
    }

    static DefaultShardManagerBuilder builder(FakeDiscord fake) {
        return DefaultShardManagerBuilder.createLight(fake.token(), Jda.INTENTS)
                .setRestConfig(new RestConfig().setBaseUrl(fake.restBaseUrl()))
                .setEnableShutdownHook(false);
    }

    /** Builds the manager and waits (with a timeout) until each of {@code shardIds} is CONNECTED. */
    static ShardManager login(DefaultShardManagerBuilder builder, int[] shardIds, Object... listeners) {
        Map<Integer, CompletableFuture<JDA>> connected = new ConcurrentHashMap<>();
        for (int id : shardIds) {
            connected.put(id, new CompletableFuture<>());
        }
        EventListener readiness = event -> {
            if (event instanceof StatusChangeEvent change && change.getNewStatus() == JDA.Status.CONNECTED) {
                CompletableFuture<JDA> shard = connected.get(event.getJDA().getShardInfo().getShardId());
                if (shard != null) {
                    shard.complete(event.getJDA());
                }
            }
        };
        ShardManager manager = builder.addEventListeners(readiness).addEventListeners(listeners).build();
        try {
            CompletableFuture.allOf(connected.values().toArray(CompletableFuture[]::new))
                    .get(READY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return manager;
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            String states = manager.getShards().stream()
                    .map(s -> s.getShardInfo() + " " + s.getStatus()).toList().toString();
            shutdown(manager);
            throw new AssertionError("the shards did not all connect within " + READY_TIMEOUT + ": " + states, e);
        }
    }

    static void shutdown(ShardManager manager) {
        if (manager == null) {
            return;
        }
        var shards = manager.getShards();
        shards.forEach(JDA::shutdownNow);
        manager.shutdown();
        for (JDA shard : shards) {
            try {
                shard.awaitShutdown(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The shard of the JDA an event came from. */
    static int shardOf(net.dv8tion.jda.api.events.GenericEvent event) {
        return event.getJDA().getShardInfo().getShardId();
    }
}
