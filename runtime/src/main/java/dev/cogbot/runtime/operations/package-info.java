/**
 * Operations: an optional local HTTP port with health and metrics, for an orchestrator (systemd,
 * Kubernetes) and a Prometheus scraper. Off unless {@code operations.port} is set.
 *
 * <ul>
 *   <li>{@code GET /health/live}: 200 while the runtime's own thread answers, 503 once it is stuck or
 *       the bot is stopping ({@link dev.cogbot.runtime.operations.HealthChecks#live});</li>
 *   <li>{@code GET /health/ready}: 200 only when the bot is ready, every shard of this process is
 *       connected and the store answers; 503 with the reason otherwise;</li>
 *   <li>{@code GET /metrics}: Prometheus's text format, through Micrometer
 *       ({@link dev.cogbot.runtime.operations.BotMetrics}).</li>
 * </ul>
 *
 * <p>It reads the other packages and is read by none but the assembly ({@code CogbotApp}): the
 * commands report through {@link dev.cogbot.runtime.commands.CommandObserver}, the plugins through
 * {@code PluginHost.onEvent}, the store is timed by wrapping it where the bot is handed it.
 */
package dev.cogbot.runtime.operations;
