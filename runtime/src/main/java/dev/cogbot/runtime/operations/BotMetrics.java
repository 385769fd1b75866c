package dev.cogbot.runtime.operations;

import com.zaxxer.hikari.metrics.MetricsTrackerFactory;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import dev.cogbot.runtime.bot.BotRuntime;
import dev.cogbot.runtime.commands.CommandObserver;
import dev.cogbot.runtime.plugins.PluginEvent;
import dev.cogbot.runtime.scheduling.PluginFailures;
import dev.cogbot.runtime.storage.Storage;
import dev.cogbot.runtime.transport.Transport;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The bot's metrics, in Prometheus's format through Micrometer. Every tag takes few values: plugin
 * ids, registered command names, store operations, outcomes. Never a user, a server, a channel or
 * anything typed.
 *
 * <table>
 *   <caption>What is measured (as Prometheus names it)</caption>
 *   <tr><td>{@code cogbot_commands_total{plugin,command,outcome}}</td><td>commands run; outcome {@code ok} or {@code failed}</td></tr>
 *   <tr><td>{@code cogbot_command_latency_seconds{plugin,command}}</td><td>how long they ran (with a few buckets)</td></tr>
 *   <tr><td>{@code cogbot_command_errors_total{plugin}}</td><td>commands of each plugin that failed</td></tr>
 *   <tr><td>{@code cogbot_plugin_errors_total{plugin,kind}}</td><td>each plugin's code that failed, by kind:
 *       {@code command} (as above), {@code listener}, {@code loop}, {@code task}, {@code timer}</td></tr>
 *   <tr><td>{@code cogbot_shards_running}, {@code cogbot_shards_connected}</td><td>this process's shards, and how many are connected</td></tr>
 *   <tr><td>{@code cogbot_gateway_latency_seconds}</td><td>the gateway's heartbeat round trip (JDA's gateway ping)</td></tr>
 *   <tr><td>{@code cogbot_store_latency_seconds{operation,outcome}}</td><td>how long store operations took</td></tr>
 *   <tr><td>{@code cogbot_plugin_loads_total{plugin}}, {@code _unloads_}, {@code _reloads_}</td><td>plugin operations that succeeded</td></tr>
 *   <tr><td>{@code cogbot_plugin_refusals_total}</td><td>JARs or new versions the bot refused</td></tr>
 *   <tr><td>{@code cogbot_plugins_loaded}</td><td>plugins running now</td></tr>
 *   <tr><td>{@code hikaricp_connections{pool}}, {@code _active}, {@code _idle}, {@code _pending}, {@code _timeout_total}, …</td>
 *       <td>the store's connection pools, as HikariCP reports them: {@code cogbot-store}, and in a cluster {@code cogbot-cluster}</td></tr>
 * </table>
 *
 * <pre>{@code
 * BotMetrics metrics = new BotMetrics();
 * JdbcStore store = JdbcStore.open(url, password, StoreOptions.DEFAULTS.withPoolMetrics(metrics.pools()));
 * runtime.dispatcher().observe(metrics.commands());
 * runtime.observeFailures(metrics.pluginFailures());
 * host.onEvent(metrics::pluginEvent);
 * String page = metrics.scrape();
 * }</pre>
 */
public final class BotMetrics {

    static final Duration[] LATENCY_BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(25), Duration.ofMillis(100),
            Duration.ofMillis(250), Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(30)};

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    public BotMetrics() {
        // the usual process figures, so a dashboard needs no second exporter
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    /** What the dispatcher tells of each command run. */
    public CommandObserver commands() {
        return this::commandRan;
    }

    private void commandRan(String plugin, String command, Duration took, boolean failed) {
        Counter.builder("cogbot.commands").description("Commands run")
                .tag("plugin", plugin).tag("command", command).tag("outcome", failed ? "failed" : "ok")
                .register(registry).increment();
        Timer.builder("cogbot.command.latency").description("How long commands ran, checks and error handlers included")
                .tag("plugin", plugin).tag("command", command)
                .serviceLevelObjectives(LATENCY_BUCKETS)
                .register(registry).record(took);
        if (failed) {
            Counter.builder("cogbot.command.errors").description("Commands that failed, by plugin")
                    .tag("plugin", plugin).register(registry).increment();
            pluginError(plugin, "command");
        }
    }

    /** What the runtime tells of each failure of a plugin's listeners, loops, tasks and timers. */
    public PluginFailures pluginFailures() {
        return (plugin, kind) -> pluginError(plugin, kind.tag());
    }

    /** One counter for every failure of a plugin's code, so that one query sums a plugin's errors of all kinds. */
    private void pluginError(String plugin, String kind) {
        Counter.builder("cogbot.plugin.errors").description("Failures of each plugin's code, by kind")
                .tag("plugin", plugin).tag("kind", kind).register(registry).increment();
    }

    /** What the plugin host tells of each plugin operation. */
    public void pluginEvent(PluginEvent event) {
        switch (event) {
            case PluginEvent.Loaded loaded -> pluginCounter("cogbot.plugin.loads", "Plugins loaded", loaded.id());
            case PluginEvent.Unloaded unloaded -> pluginCounter("cogbot.plugin.unloads", "Plugins unloaded", unloaded.id());
            case PluginEvent.Reloaded reloaded -> pluginCounter("cogbot.plugin.reloads", "Plugins reloaded", reloaded.id());
            // a refused JAR may have any name: counted without one
            case PluginEvent.Refused refused -> Counter.builder("cogbot.plugin.refusals")
                    .description("Plugin JARs or versions refused").register(registry).increment();
        }
    }

    private void pluginCounter(String name, String description, String plugin) {
        Counter.builder(name).description(description).tag("plugin", plugin).register(registry).increment();
    }

    /** Reads the shards and the gateway's latency from the runtime's transport, and its plugins, at each scrape. */
    public void watch(BotRuntime runtime) {
        Transport transport = runtime.transport();
        Gauge.builder("cogbot.shards.running", transport, t -> t.gatewayStatus().shards())
                .description("Shards this process runs").register(registry);
        Gauge.builder("cogbot.shards.connected", transport, t -> t.gatewayStatus().connected())
                .description("Shards of this process connected now").register(registry);
        TimeGauge.builder("cogbot.gateway.latency", transport, TimeUnit.MILLISECONDS,
                        t -> t.gatewayStatus().pingMillis().stream().mapToDouble(millis -> millis).findFirst().orElse(Double.NaN))
                .description("The gateway's heartbeat round trip, averaged over the shards").register(registry);
        Gauge.builder("cogbot.plugins.loaded", runtime, r -> r.plugins().size())
                .description("Plugins running now").register(registry);
    }

    /** {@code store}, each of its operations timed. Hand this to the bot; keep the store itself for the rest. */
    public Storage timed(Storage store) {
        return new TimedStorage(store, registry);
    }

    /** The metrics now, in Prometheus's text format. */
    public String scrape() {
        return registry.scrape();
    }

    /** Where the store's HikariCP pools report their connections: each pool's figures, tagged with its name. */
    public MetricsTrackerFactory pools() {
        return new MicrometerMetricsTrackerFactory(registry);
    }

    /** The content type of {@link #scrape()}. */
    String contentType() {
        return "text/plain; version=0.0.4; charset=utf-8";
    }
}
