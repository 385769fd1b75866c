package dev.cogbot.runtime.cli;

import dev.cogbot.runtime.BotPaths;
import dev.cogbot.runtime.control.BotNotRunningException;
import dev.cogbot.runtime.control.ControlRequest;
import dev.cogbot.runtime.plugins.PluginOperationException;
import dev.cogbot.runtime.plugins.PluginProblem;
import dev.cogbot.runtime.storage.StorageException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cogbot unload <id> [--with-dependants]}. */
@Command(name = "unload", mixinStandardHelpOptions = true,
        description = {"Unloads a plugin from the running bot.",
                "Its commands go at once, its cogs' unload callbacks run, and everything it started is stopped."
                        + " It stays unloaded across restarts until loaded again, and its durable timers stay"
                        + " stored, to fire when it is loaded again, unless --forget-timers is given. With no bot"
                        + " running, records that it is to stay unloaded at its next start."})
final class UnloadCommand extends ControlCommand {

    @Parameters(paramLabel = "PLUGIN_ID", description = "The plugin's id, as 'cogbot plugins' lists it.")
    String pluginId;

    @Option(names = "--with-dependants",
            description = "Also unload the plugins that need this one (they are unloaded first). Without it,"
                    + " a plugin others need is not unloaded.")
    boolean withDependants;

    @Option(names = "--forget-timers",
            description = "Unload it for good: delete the durable timers of the plugins unloaded (reminders, say),"
                    + " which otherwise fire when they are loaded again.")
    boolean forgetTimers;

    @Override
    ControlRequest request() {
        return new ControlRequest.Unload(pluginId, withDependants, forgetTimers);
    }

    @Override
    int whenNotRunning(BotPaths paths, BotNotRunningException notRunning) {
        OfflinePlugins offline = new OfflinePlugins(paths);
        List<String> going = new ArrayList<>();
        try {
            String id = offline.requireKnown(pluginId);
            List<String> dependants = offline.dependantsOf(id);
            if (!dependants.isEmpty() && !withDependants) {
                throw new PluginOperationException(new PluginProblem.HasDependants(id, dependants));
            }
            going.addAll(dependants);
            going.add(id);
        } catch (PluginOperationException refusal) {
            return refused(refusal);
        }
        going.forEach(offline.wanted()::markUnloaded);
        if (forgetTimers) {
            try {
                out().println(OfflineTimers.forget(paths, going));
            } catch (StorageException e) {
                err().println("cogbot: " + e.getMessage());
                return ExitCode.STORAGE.code();
            }
        }
        err().println(notRunning.getMessage() + "; " + String.join(", ", going)
                + (going.size() == 1 ? " stays" : " stay") + " unloaded when it starts ('cogbot load "
                + going.getLast() + "' undoes this)");
        return ExitCode.BOT_NOT_RUNNING.code();
    }

    @Override
    Map<ExitCode, String> exitCodes() {
        Map<ExitCode, String> own = new LinkedHashMap<>();
        own.put(ExitCode.NO_SUCH_PLUGIN, "No plugin with that id is loaded.");
        own.put(ExitCode.PLUGIN_FAILED, "Refused: other plugins need it; unload them first, or use --with-dependants.");
        own.put(ExitCode.STORAGE, "With no bot running, --forget-timers could not open or write the store.");
        return exitCodes("Unloaded.", own, "No bot is running; the plugin is recorded to stay unloaded at its next start.");
    }
}
