package dev.cogbot.runtime.plugins;

import dev.cogbot.api.Arg;
import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;
import dev.cogbot.api.checks.OwnerOnly;
import java.util.List;

/**
 * The owners' chat commands for plugins: {@code load}, {@code unload}, {@code reload},
 * {@code plugins}. Installed as a built-in cog, so no plugin's bot-wide check (a hush) can block
 * them; everyone else gets a clear refusal.
 */
@OwnerOnly
public final class PluginAdminCog implements Cog {

    private static final String WITH_DEPENDANTS = "--with-dependants";
    private static final String FORGET_TIMERS = "--forget-timers";

    private final PluginHost host;

    public PluginAdminCog(PluginHost host) {
        this.host = host;
    }

    @Override
    public String name() {
        return "Plugins";
    }

    @Command(name = "load", usage = "<plugin id or JAR file name>",
            help = "Loads a plugin from the plugins folder (owners only).")
    public void load(Context ctx, @Arg("plugin") String plugin) {
        ctx.send(attempt(() -> host.load(plugin)));
    }

    @Command(name = "unload", usage = "<plugin id> [--with-dependants] [--forget-timers]",
            help = "Unloads a plugin; with --with-dependants also the plugins that need it; with --forget-timers"
                    + " their durable timers are deleted, for good, instead of waiting for the next load (owners only).")
    public void unload(Context ctx, @Arg("plugin") String plugin, @Arg(value = "options", rest = true, fallback = "") String options) {
        List<String> flags = options.isBlank() ? List.of() : List.of(options.trim().split("\\s+"));
        for (String flag : flags) {
            if (!WITH_DEPENDANTS.equals(flag) && !FORGET_TIMERS.equals(flag)) {
                ctx.send("Unknown option " + flag + "; the options are " + WITH_DEPENDANTS + " and " + FORGET_TIMERS + ".");
                return;
            }
        }
        ctx.send(attempt(() -> host.unload(plugin, flags.contains(WITH_DEPENDANTS), flags.contains(FORGET_TIMERS))));
    }

    @Command(name = "reload", usage = "<plugin id>",
            help = "Replaces a plugin with the version in the plugins folder; if that fails, the old one stays (owners only).")
    public void reload(Context ctx, @Arg("plugin") String plugin) {
        ctx.send(attempt(() -> host.reload(plugin)));
    }

    @Command(name = "plugins", help = "Lists the plugins, their state and commands (owners only).")
    public void plugins(Context ctx) {
        List<PluginSummary> summaries = host.summaries();
        ctx.send(summaries.isEmpty() ? "No plugins in the plugins folder."
                : String.join("\n", summaries.stream().map(PluginSummary::line).toList()));
    }

    private static String attempt(java.util.function.Supplier<String> operation) {
        try {
            String done = operation.get();
            return Character.toUpperCase(done.charAt(0)) + done.substring(1) + ".";
        } catch (PluginOperationException e) {
            return "Could not do that: " + e.getMessage() + ".";
        }
    }
}
