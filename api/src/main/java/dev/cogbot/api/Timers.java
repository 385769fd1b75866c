package dev.cogbot.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A plugin's durable timers: named, with a small payload, kept in the bot's database, so that they
 * fire even after a restart or a reload of the plugin, unlike {@link Bot#schedule}. Get them with
 * {@link Bot#timers()}.
 *
 * <pre>{@code
 * public void onLoad(Bot bot) {
 *     this.bot = bot;
 *     // register the handler on every load: timers that came due while the plugin was away fire
 *     // right after onLoad, oldest first
 *     bot.timers().onFire("remind", timer -> timer.channel().ifPresent(c -> c.send("Time for " + timer.payload())));
 * }
 *
 * @Command(name = "remind")
 * public void remind(Context ctx, Duration in) {
 *     bot.timers().schedule("remind:" + ctx.message().id(), bot.now().plus(in), "tea", ctx.channel());
 * }
 * }</pre>
 *
 * <p><b>Names and kinds.</b> A timer's name is unique within its plugin (plugins never see each
 * other's timers); scheduling a name that is pending <em>replaces</em> it, so rescheduling needs no
 * cancel first and a retried command does not double a timer. The part of the name before the first
 * {@code ':'} is its {@linkplain Timer#kind() kind}, which picks its handler: {@code "remind:42"} is
 * fired by the {@code "remind"} handler. A due timer whose kind has no handler waits until one is
 * registered.
 *
 * <p><b>When a timer fires.</b> Once its due instant has come on the bot's clock and the bot is
 * {@linkplain Bot#isReady() ready} to talk, on a thread of its plugin, at most once per scheduling
 * while the bot runs. One that came due while the bot was down or the plugin unloaded fires as soon
 * as its plugin has loaded again and the bot is ready (overdue ones one after the other, in due
 * order). A handler that returns, or throws, ends the timer: it is deleted (a throw is logged;
 * to retry, the handler schedules the same name again, which is kept). Delivery is
 * <em>at least once</em>: a timer is deleted only after its handler ended, so a bot killed while a
 * handler ran, or a plugin unloaded under it, fires it again later; a lost reminder is worse than a
 * repeated one.
 *
 * <p><b>Unloading.</b> An unloaded plugin runs no handler, but its timers stay stored: they fire
 * when it is loaded again (a reload, a restart, {@code cogbot load}). An owner who unloads a plugin
 * for good drops them with {@code cogbot unload <id> --forget-timers} (or {@code !unload <id>
 * --forget-timers} in chat).
 *
 * <p>Every method throws {@link StoreException} when the database cannot be written or read; a
 * {@link #schedule} that returned is stored and survives a crash of the bot.
 */
public interface Timers {

    /** The longest timer name, in characters. */
    int MAX_NAME_LENGTH = 200;

    /** The longest payload, in characters: a timer carries a reference or a short text, not data. */
    int MAX_PAYLOAD_LENGTH = 4_000;

    /**
     * Schedules (or reschedules) the timer {@code name} to fire at {@code due}; a {@code due} already
     * past fires it at once.
     *
     * <pre>{@code
     * bot.timers().schedule("remind:42", bot.now().plus(Duration.ofMinutes(10)), "tea");
     * }</pre>
     *
     * @return the timer as stored
     * @throws IllegalArgumentException if the name is blank or longer than {@link #MAX_NAME_LENGTH}, or
     *                                  the payload longer than {@link #MAX_PAYLOAD_LENGTH}
     */
    Timer schedule(String name, Instant due, String payload);

    /**
     * {@link #schedule(String, Instant, String)}, bound to {@code channel}: its handler gets the
     * channel back as {@link Timer#channel()}, after a restart too, to send there.
     *
     * <pre>{@code
     * bot.timers().schedule("remind:" + ctx.message().id(), due, "tea", ctx.channel());
     * }</pre>
     *
     * @throws IllegalArgumentException as {@link #schedule(String, Instant, String)} does, or if
     *                                  {@code channel} is not one the bot handed out
     */
    Timer schedule(String name, Instant due, String payload, Channel channel);

    /**
     * Calls the timer {@code name} off.
     *
     * @return whether it was pending
     */
    boolean cancel(String name);

    /** The pending timer {@code name}, if any. */
    Optional<Timer> get(String name);

    /** This plugin's pending timers, those already due first. */
    List<Timer> pending();

    /** This plugin's pending timers of one {@linkplain Timer#kind() kind}, those already due first. */
    List<Timer> pending(String kind);

    /**
     * Registers the handler of the timers of {@code kind}: {@code "remind"} fires {@code "remind"} and
     * {@code "remind:…"}. Register it in {@link Cog#onLoad}; it is removed when the plugin is unloaded.
     *
     * @throws IllegalArgumentException if {@code kind} is blank or holds a {@code ':'}
     * @throws IllegalStateException    if this plugin already has a handler for {@code kind}
     */
    void onFire(String kind, TimerHandler handler);
}
