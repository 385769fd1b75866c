package dev.cogbot.runtime.cli;

import dev.cogbot.runtime.BotPaths;
import dev.cogbot.runtime.control.BotNotRunningException;
import dev.cogbot.runtime.control.ControlRequest;
import dev.cogbot.runtime.plugins.PluginOperationException;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code cogbot load <id|jar-file-name>}. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Loads a plugin into the running bot; its commands work at once.",
                "PLUGIN is a plugin id (jokes) or the name of a JAR file in the plugins folder (jokes-0.1.0.jar);"
                        + " to add a plugin, copy its JAR into the folder first. With no bot running, records"
                        + " that PLUGIN is to be loaded at its next start."})
final class LoadCommand extends ControlCommand {

    @Parameters(paramLabel = "PLUGIN", description = "A plugin id, or a JAR file name in the plugins folder.")
    String plugin;

    @Override
    ControlRequest request() {
        return new ControlRequest.Load(plugin);
    }

    @Override
    int whenNotRunning(BotPaths paths, BotNotRunningException notRunning) {
        OfflinePlugins offline = new OfflinePlugins(paths);
        String id;
        try {
            id = offline.idToLoad(plugin);
        } catch (PluginOperationException refusal) {
            return refused(refusal);
        }
        offline.wanted().markLoaded(id);
        err().println(notRunning.getMessage() + "; " + id + " will be loaded when it starts");
        return ExitCode.BOT_NOT_RUNNING.code();
    }

    @Override
    Map<ExitCode, String> exitCodes() {
        Map<ExitCode, String> own = new LinkedHashMap<>();
        own.put(ExitCode.USAGE, "Wrong usage, or PLUGIN is a path: only a file name in the plugins folder will do.");
        own.put(ExitCode.NO_SUCH_PLUGIN, "No plugin with that id or file name is in the plugins folder.");
        own.put(ExitCode.PLUGIN_FAILED, "Refused or failed to start: already loaded, not a plugin JAR, a plugin it"
                + " needs is not loaded or not at a version it accepts, it needs a newer cogbot, or its own code failed.");
        return exitCodes("Loaded.", own, "No bot is running; PLUGIN is recorded to load at its next start.");
    }
}
