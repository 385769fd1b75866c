package dev.cogbot.api;

import dev.cogbot.api.error.CommandError;
import dev.cogbot.api.event.Event;
import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * A bundle of commands, hooks, checks and listeners: the unit a plugin contributes.
 *
 * <p>The runtime creates one instance of each cog class of a loaded plugin, calls {@link #onLoad(Bot)} (discord.py's
 * {@code __init__}), registers the instance's {@link Command @Command} methods, and calls
 * {@link #onUnload()} (discord.py's {@code cog_unload}) before the plugin goes away. Its
 * {@link Listen @Listen} methods hear events (discord.py's {@code Cog.listener()}) while it is loaded. The other
 * methods are the cog's "special methods"; override the ones you need.
 *
 * <pre>{@code
 * @Extension
 * public final class HushCog implements Cog {
 *     private volatile boolean hushed;
 *
 *     @Override
 *     public boolean botCheck(Context ctx) {
 *         return !hushed;   // blocks every command of every plugin while hushed
 *     }
 * }
 * }</pre>
 */
public interface Cog extends ExtensionPoint {

    /** The name commands are grouped under in {@code help}; defaults to the class name without a "Cog" suffix. */
    default String name() {
        String simple = getClass().getSimpleName();
        return simple.endsWith("Cog") && simple.length() > 3 ? simple.substring(0, simple.length() - 3) : simple;
    }

    /** One line describing the cog, shown in {@code help}. */
    default String description() {
        return "";
    }

    /**
     * The settings this cog reads, each under the plugin's id in the config file. Before the plugin
     * loads the runtime checks each one's value (a wrong one refuses the load, in one line naming the
     * key, the value and what is expected); it lists them with {@code cogbot plugins --settings} and
     * warns about keys under the plugin's id that no cog declares. Several cogs of a plugin may declare
     * the same setting, but not one key two ways. Called once, before {@link #onLoad}.
     *
     * <pre>{@code
     * static final Setting<Duration> INTERVAL = Setting.duration("interval", Duration.ofMinutes(1),
     *         "how often the presence is refreshed").positive();
     *
     * @Override
     * public List<Setting<?>> settings() {
     *     return List.of(INTERVAL);
     * }
     * }</pre>
     */
    default List<Setting<?>> settings() {
        return List.of();
    }

    /**
     * Called once when the plugin is loaded, before any command of this cog can run. Keep the
     * handle: it is how the cog reaches the bot (presence, loops, waits, storage, settings).
     * Everything done here happens-before every command, hook and check of the cog, so fields set
     * here need no extra synchronization; state that commands change later does, since commands run
     * on many threads at once. Do not block here: the bot is not ready yet.
     */
    default void onLoad(Bot bot) {
    }

    /**
     * Called once when the plugin is unloaded. Anything the cog forgets to stop here is stopped by
     * the runtime anyway, but stopping it here keeps shutdown orderly.
     */
    default void onUnload() {
    }

    /**
     * A check applied to every command of every plugin, {@code help} included, and to messages that
     * name no command ({@link Context#command()} is then null); {@code false} fails it silently with a
     * {@link dev.cogbot.api.error.CheckDeclined}. The owners' plugin administration commands are
     * exempt: no plugin can lock the owners out.
     */
    default boolean botCheck(Context ctx) {
        return true;
    }

    /**
     * A check applied to every command of this cog, before the cog's ready-made checks
     * ({@link dev.cogbot.api.checks}); {@code false} fails it silently, a thrown
     * {@link dev.cogbot.api.error.CheckFailure} tells the user its message.
     */
    default boolean cogCheck(Context ctx) {
        return true;
    }

    /** Runs before every command of this cog, after checks passed and arguments converted. */
    default void cogBeforeInvoke(Context ctx) {
    }

    /** Runs after every command of this cog, even one that failed (see {@link Context#commandFailed()}). */
    default void cogAfterInvoke(Context ctx) {
    }

    /**
     * Handles errors of this cog's commands that their own {@link OnError} handler passed on.
     * Return normally to mark the error handled; rethrow it (the default) to pass it on to the
     * bot-wide handlers.
     */
    default void cogCommandError(Context ctx, CommandError error) {
        throw error;
    }

    /**
     * Handles what one of this cog's {@link Listen @Listen} methods threw while handling
     * {@code event}. Return normally to mark it handled; rethrow it (the default) to have the runtime
     * log it at WARN, naming the plugin and the listener. Either way the other listeners still get the
     * event, and this listener the next one.
     *
     * <pre>{@code
     * @Override
     * public void cogListenerError(Event event, RuntimeException error) {
     *     if (event instanceof ReactionAdded added) added.channel().send("Could not count that vote.");
     *     else throw error;
     * }
     * }</pre>
     */
    default void cogListenerError(Event event, RuntimeException error) {
        throw error;
    }
}
