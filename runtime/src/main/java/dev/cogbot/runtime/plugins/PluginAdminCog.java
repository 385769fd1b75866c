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

    @Command(name = "unload", usage = "<plugin id> [--with-dependants]",
            help = "Unloads a plugin; with --with-dependants also the plugins that need it (owners only).")
    public void unload(Context ctx, @Arg("plugin") String plugin, @Arg(value = "flag", fallback = "") String flag) {
        if (!flag.isEmpty() && !WITH_DEPENDANTS.equals(flag)) {
            ctx.send("Unknown option " + flag + "; the only one is " + WITH_DEPENDANTS + ".");
            return;
        }
        ctx.send(attempt(() -> host.unload(plugin, WITH_DEPENDANTS.equals(flag))));
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
