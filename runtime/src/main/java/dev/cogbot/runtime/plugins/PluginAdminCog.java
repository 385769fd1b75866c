package dev.cogbot.runtime.plugins;

import dev.cogbot.api.Arg;
import dev.cogbot.api.Bot;
import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;
import dev.cogbot.api.Slash;
import dev.cogbot.api.checks.OwnerOnly;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The owners' chat commands for plugins: {@code load}, {@code unload}, {@code reload},
 * {@code plugins}, served as the slash commands {@code /plugins load|unload|reload|list}, whose
 * plugin id is suggested as it is typed. Installed as a built-in cog, so no plugin's bot-wide check
 * (a hush) can block them; everyone else gets a clear refusal.
 *
 * <p>The suggestions come from a listing at most {@link #SUGGESTIONS_FRESH_FOR} old on the bot's
 * clock: Discord asks at each keystroke, and a listing reads every JAR of the plugins folder, so a
 * burst of typing reads the folder once. A JAR dropped in meanwhile is suggested a moment later;
 * what this cog itself loads, unloads or reloads shows at once.
 */
@OwnerOnly
public final class PluginAdminCog implements Cog {

    private static final String WITH_DEPENDANTS = "--with-dependants";
    private static final String FORGET_TIMERS = "--forget-timers";
    /** Discord shows at most 25 suggestions. */
    private static final int MOST_SUGGESTED = 25;
    /** How long one listing serves the suggestions: a burst of typing, not long enough to mislead. */
    public static final Duration SUGGESTIONS_FRESH_FOR = Duration.ofSeconds(3);

    private final PluginAdmin admin;
    /** For the clock; set at the load, before any suggestion is asked for. */
    private volatile Bot bot;
    /** The listing the suggestions come from until its time is up; null when there is none. */
    private volatile Listed listed;
    /** How many operations of this cog have ended: a listing read before the last one is not used. */
    private final AtomicLong changes = new AtomicLong();

    public PluginAdminCog(PluginAdmin admin) {
        this.admin = admin;
    }

    @Override
    public String name() {
        return "Plugins";
    }

    @Override
    public void onLoad(Bot bot) {
        this.bot = bot;
    }

    @Slash(group = "plugins", name = "load")
    @Command(name = "load", usage = "<plugin id or JAR file name>",
            help = "Loads a plugin from the plugins folder (owners only).")
    public void load(Context ctx, @Arg(value = "id", help = "the plugin's id or JAR file name in the plugins folder",
            complete = "unloadedIds") String plugin) {
        ctx.send(reply(changed(admin.load(plugin))));
    }

    @Slash(group = "plugins", name = "unload")
    @Command(name = "unload", usage = "<plugin id> [--with-dependants] [--forget-timers]",
            help = "Unloads a plugin (owners only).\nWith --with-dependants also the plugins that need it; with"
                    + " --forget-timers their durable timers are deleted, for good, instead of waiting for the next load.")
    public void unload(Context ctx,
                       @Arg(value = "id", help = "the id of a loaded plugin", complete = "loadedIds") String plugin,
                       @Arg(value = "flags", rest = true, fallback = "", complete = "unloadFlags",
                            help = "--with-dependants: also what needs it; --forget-timers: drop its durable timers")
                       String options) {
        List<String> flags = options.isBlank() ? List.of() : List.of(options.trim().split("\\s+"));
        for (String flag : flags) {
            if (!WITH_DEPENDANTS.equals(flag) && !FORGET_TIMERS.equals(flag)) {
                ctx.send("Unknown option " + flag + "; the options are " + WITH_DEPENDANTS + " and " + FORGET_TIMERS + ".");
                return;
            }
        }
        ctx.send(reply(changed(admin.unload(plugin, flags.contains(WITH_DEPENDANTS), flags.contains(FORGET_TIMERS)))));
    }

    @Slash(group = "plugins", name = "reload")
    @Command(name = "reload", usage = "<plugin id>",
            help = "Reloads a plugin from the plugins folder; if that fails, the old one stays (owners only).")
    public void reload(Context ctx,
                       @Arg(value = "id", help = "the id of a loaded plugin", complete = "loadedIds") String plugin) {
        ctx.send(reply(changed(admin.reload(plugin))));
    }

    @Slash(group = "plugins", name = "list")
    @Command(name = "plugins", help = "Lists the plugins, their state and commands (owners only).")
    public void plugins(Context ctx) {
        ctx.send(admin.list().chatText());
    }

    /** Suggests the plugins running now, for {@code /plugins unload} and {@code /plugins reload}. */
    List<String> loadedIds(String typed) {
        return matching(forSuggestions().runningIds(), typed);
    }

    /** Suggests the plugins of the plugins folder that are not running, for {@code /plugins load}. */
    List<String> unloadedIds(String typed) {
        return matching(forSuggestions().notRunningIds(), typed);
    }

    /** Suggests the flags of {@code /plugins unload}, alone and together. */
    List<String> unloadFlags(String typed) {
        return matching(List.of(WITH_DEPENDANTS, FORGET_TIMERS, WITH_DEPENDANTS + " " + FORGET_TIMERS), typed);
    }

    /** A listing taken at most {@link #SUGGESTIONS_FRESH_FOR} ago and since this cog's last operation, or a new one. */
    private PluginListing forSuggestions() {
        Instant now = bot.now();
        long operations = changes.get();
        Listed recent = listed;
        if (recent != null && recent.operations() == operations && now.isBefore(recent.until())) {
            return recent.listing();
        }
        // counted before it is read: a listing read across an operation is not used after it
        PluginListing listing = admin.list();
        listed = new Listed(listing, now.plus(SUGGESTIONS_FRESH_FOR), operations);
        return listing;
    }

    /** {@code result}, once the listing the suggestions came from is dropped: it may no longer be so. */
    private PluginResult changed(PluginResult result) {
        changes.incrementAndGet();
        return result;
    }

    /** A listing, until when it serves the suggestions, and how many operations had ended when it was read. */
    private record Listed(PluginListing listing, Instant until, long operations) {
    }

    /** Those of {@code candidates} that hold what was typed, ignoring case, in order, at most 25. */
    private static List<String> matching(Collection<String> candidates, String typed) {
        String wanted = typed.strip().toLowerCase(Locale.ROOT);
        return candidates.stream().filter(c -> c.toLowerCase(Locale.ROOT).contains(wanted)).distinct().sorted()
                .limit(MOST_SUGGESTED).toList();
    }

    /** The reply to an operation: what was done, as a sentence, or why not; on a cluster, one line per node. */
    static String reply(PluginResult result) {
        return switch (result.outcome()) {
            case PluginOutcome.Done done ->
                    Character.toUpperCase(done.line().charAt(0)) + done.line().substring(1) + ".";
            case PluginOutcome.Refused refused -> "Could not do that: " + refused.line() + ".";
            case PluginOutcome.AcrossCluster nodes -> (nodes.refusals().isEmpty() ? "On every node that answered:"
                    : "Not done on every node:") + "\n" + String.join("\n", nodes.lines().stream()
                    .map(line -> "- " + line).toList());
        };
    }
}
