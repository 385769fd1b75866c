package dev.cogbot.runtime.operations;

import dev.cogbot.runtime.bot.BotRuntime;
import dev.cogbot.runtime.storage.Storage;
import dev.cogbot.runtime.transport.GatewayStatus;
import java.time.Duration;
import java.util.Optional;

/**
 * What the liveness and readiness probes answer.
 *
 * <ul>
 *   <li><b>live</b>: the runtime's own thread, which handles all the transport reports, takes a task
 *       within {@link #LIVENESS_PATIENCE}. A process whose thread is stuck is worth restarting; one
 *       whose Discord connection or database is down is not (a restart would not bring those back),
 *       so neither counts here.</li>
 *   <li><b>ready</b>: the bot is ready (every shard had its READY), every shard of this process is
 *       connected now, and the store answers. What a load balancer or a rolling update waits for.</li>
 * </ul>
 *
 * <pre>{@code
 * HealthChecks health = new HealthChecks(runtime, store);
 * HealthChecks.Verdict ready = health.ready();   // Verdict[ok=false, reason=1 of 2 shards connected]
 * }</pre>
 */
public final class HealthChecks {

    static final Duration LIVENESS_PATIENCE = Duration.ofSeconds(5);

    /**
     * A probe's answer.
     *
     * @param ok     whether the probe passes
     * @param reason a few words for a person: what is wrong, or what is right
     */
    public record Verdict(boolean ok, String reason) {
    }

    private final BotRuntime runtime;
    private final StoreProbe store;

    /** @param store the store itself, not a timed view: probes are no store traffic worth measuring */
    public HealthChecks(BotRuntime runtime, Storage store) {
        this(runtime, new StoreProbe(store, StoreProbe.PATIENCE));
    }

    HealthChecks(BotRuntime runtime, StoreProbe store) {
        this.runtime = runtime;
        this.store = store;
    }

    public Verdict live() throws InterruptedException {
        return runtime.answersWithin(LIVENESS_PATIENCE)
                ? new Verdict(true, "live")
                : new Verdict(false, "the runtime's thread did not answer within " + LIVENESS_PATIENCE.toSeconds()
                        + " s, or the bot is stopping");
    }

    public Verdict ready() throws InterruptedException {
        if (!runtime.isReady()) {
            return new Verdict(false, "starting: " + runtime.transport().name() + " has not reported ready yet");
        }
        GatewayStatus gateway = runtime.transport().gatewayStatus();
        if (!gateway.allConnected()) {
            return new Verdict(false, gateway.connected() + " of " + gateway.shards() + " shards connected");
        }
        Optional<String> storeProblem = store.problem();
        if (storeProblem.isPresent()) {
            return new Verdict(false, storeProblem.get());
        }
        return new Verdict(true, "ready: " + gateway.connected() + " of " + gateway.shards()
                + " shards connected, the store answers");
    }
}
