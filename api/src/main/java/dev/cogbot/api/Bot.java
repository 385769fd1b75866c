package dev.cogbot.api;

import java.time.Duration;
import java.time.Instant;
import dev.cogbot.api.event.Event;
import java.util.function.Predicate;

/**
 * A plugin's handle on the running bot, handed to {@link Cog#onLoad(Bot)}.
 *
 * <p>Each plugin gets its own handle: everything started or registered through it (loops, timers,
 * waits, checks, hooks, error handlers, converters) belongs to that plugin and is cancelled or
 * removed when the plugin is unloaded, even if the cog forgets to do it in {@link Cog#onUnload()}.
 *
 * <p>All waiting goes through the bot's clock, so tests can drive time instead of waiting for it.
 */
public interface Bot {

    /** The bot's own user; {@code null} until the transport is ready. */
    User user();

    /**
     * Whether the bot has connected once (with several shards, every shard it runs) and can talk. It
     * stays true through a dropped connection: the transport resumes by itself, and what is sent
     * meanwhile waits for it.
     */
    boolean isReady();

    /**
     * Blocks the calling (virtual) thread until the bot is ready, like discord.py's
     * {@code wait_until_ready}: connected, and with several shards, every shard it runs. Never call
     * it from {@link Cog#onLoad}: plugins load before the bot connects, and an {@code onLoad} that
     * does not return fails its plugin's load.
     *
     * @throws dev.cogbot.api.error.CommandCancelled if the plugin is unloaded meanwhile
     */
    void waitUntilReady();

    /** Sets the bot's presence, like {@code bot.change_presence(activity=Game(...))}. */
    void changePresence(Activity activity);

    /** The current time on the bot's clock. */
    Instant now();

    /**
     * Waits without holding up anything else: only the calling command's virtual thread parks.
     *
     * @throws dev.cogbot.api.error.CommandCancelled if the wait is cut short because the plugin is
     *     unloaded or the bot shuts down
     */
    void sleep(Duration duration);

    /**
     * Waits for the next message, from anyone anywhere, that passes {@code check}. The check runs on
     * the bot's thread that reads events, once per message: keep it quick (no network calls). A check
     * that throws ends the wait: this method throws what it threw.
     *
     * <pre>{@code
     * Message m = bot.waitFor(msg -> msg.content().equals("ping"), Duration.ofSeconds(60));
     * }</pre>
     *
     * @throws dev.cogbot.api.error.ReplyTimeout if none arrives within {@code timeout}
     * @throws dev.cogbot.api.error.CommandCancelled if the wait is cancelled
     */
    Message waitFor(Predicate<Message> check, Duration timeout);

    /**
     * Waits for the next event of type {@code type} that passes {@code check}, like discord.py's
     * {@code wait_for('reaction_add', check=..., timeout=...)}. Only events that happen after the call
     * count. The check runs on the bot's thread that reads events, once per event: keep it quick (no
     * network calls). A check that throws ends the wait, as in discord.py: this method throws what it threw.
     *
     * <pre>{@code
     * Message poll = ctx.send("Pizza? React 👍");
     * ReactionAdded vote = bot.waitFor(ReactionAdded.class,
     *         r -> r.messageId().equals(poll.id()) && r.emoji().equals("👍"), Duration.ofMinutes(1));
     * }</pre>
     *
     * @throws dev.cogbot.api.error.WaitTimedOut if none comes within {@code timeout}
     * @throws dev.cogbot.api.error.CommandCancelled if the wait is cancelled
     */
    <E extends Event> E waitFor(Class<E> type, Predicate<? super E> check, Duration timeout);

    /**
     * Creates a loop that runs {@code body} every {@code interval}, like discord.py's
     * {@code tasks.loop}. It does not run until {@link Loop#start()}.
     *
     * <pre>{@code
     * Loop status = bot.loop(Duration.ofMinutes(1), this::updateStatus)
     *         .beforeLoop(bot::waitUntilReady);
     * status.start();
     * }</pre>
     */
    Loop loop(Duration interval, Runnable body);

    /**
     * Runs {@code task} once after {@code delay}; the returned handle cancels it. It is forgotten at
     * unload and restart: for something that must happen even then (a reminder), use {@link #timers()}.
     */
    Cancellable schedule(Duration delay, Runnable task);

    /**
     * This plugin's durable timers: named, kept in the bot's database, fired after a restart or a
     * reload too.
     *
     * <pre>{@code
     * bot.timers().onFire("remind", timer -> remindOf(timer.payload()));
     * bot.timers().schedule("remind:42", bot.now().plus(Duration.ofHours(1)), "tea");
     * }</pre>
     */
    Timers timers();

    /** Adds a check applied to every command of every plugin, like {@code @bot.check}. */
    void addCheck(Check check);

    /** Adds a hook run before every command of every plugin, like {@code @bot.before_invoke}. */
    void beforeInvoke(Hook hook);

    /** Adds a hook run after every command of every plugin, like {@code @bot.after_invoke}. */
    void afterInvoke(Hook hook);

    /**
     * Adds a bot-wide error handler, like discord.py's {@code on_command_error}. It sees errors no
     * command or cog handler dealt with; rethrow to pass the error on.
     */
    void onCommandError(ErrorHandler handler);

    /**
     * Lets this plugin's commands take arguments of {@code type}, converted by {@code converter},
     * like a discord.py converter. Register it in {@link Cog#onLoad}: commands are checked for
     * convertible arguments after every cog of the plugin has loaded. It is this plugin's own,
     * looked up before the runtime's built-ins (so it may also replace a built-in for this plugin's
     * commands), never seen by other plugins, and removed when the plugin is unloaded.
     *
     * <pre>{@code
     * public void onLoad(Bot bot) {
     *     bot.addConverter(Color.class, (ctx, text) -> Color.decode(text));
     * }
     * @Command
     * public void paint(Context ctx, Color colour) { ... }
     * }</pre>
     *
     * @throws IllegalStateException if this plugin already registered a converter for {@code type}
     */
    <T> void addConverter(Class<T> type, Converter<? extends T> converter);

    /** Whether {@code user} is one of the bot's owners. */
    boolean isOwner(User user);

    /**
     * This plugin's own persistent store, kept across restarts and reloads: its bot-wide scope, and
     * through it one scope per server, channel, user and member. Other plugins cannot see it, and
     * names in it never collide with theirs.
     *
     * <pre>{@code
     * bot.store().guild(guild).put("welcome", "Hi!");
     * }</pre>
     */
    GlobalStore store();

    /**
     * A store that every plugin asking for the same {@code name} shares: how plugins share data
     * without sharing code, each spelling out the name.
     *
     * <pre>{@code
     * bot.sharedStore("jokes").increment("told");      // the jokes plugin counts
     * bot.sharedStore("jokes").counter("told");        // the status plugin reads
     * }</pre>
     *
     * @param name 1 to 64 letters, digits, {@code .}, {@code _} or {@code -}
     * @throws IllegalArgumentException if {@code name} is not such a name
     */
    GlobalStore sharedStore(String name);

    /**
     * This plugin's settings (config file, overridden by environment variables); declare each one as
     * a {@link Setting} in {@link Cog#settings()} and read it typed.
     *
     * <pre>{@code
     * Duration interval = bot.settings().get(INTERVAL);
     * }</pre>
     */
    Settings settings();
}
