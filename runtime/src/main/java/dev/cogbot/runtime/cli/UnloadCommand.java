package dev.cogbot.runtime.cli;

import dev.cogbot.runtime.BotPaths;
import dev.cogbot.runtime.control.BotNotRunningException;
import dev.cogbot.runtime.control.ControlRequest;
import dev.cogbot.runtime.plugins.PluginOperationException;
import dev.cogbot.runtime.plugins.PluginProblem;
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
                        + " It stays unloaded across restarts until loaded again. With no bot running, records"
                        + " that it is to stay unloaded at its next start."})
final class UnloadCommand extends ControlCommand {

    @Parameters(paramLabel = "PLUGIN_ID", description = "The plugin's id, as 'cogbot plugins' lists it.")
    String pluginId;

    @Option(names = "--with-dependants",
            description = "Also unload the plugins that need this one (they are unloaded first). Without it,"
                    + " a plugin others need is not unloaded.")
    boolean withDependants;

    @Override
    ControlRequest request() {
        return new ControlRequest.Unload(pluginId, withDependants);
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
        return exitCodes("Unloaded.", own, "No bot is running; the plugin is recorded to stay unloaded at its next start.");
    }
}
