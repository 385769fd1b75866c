package dev.cogbot.runtime.cli;

import dev.cogbot.runtime.BotPaths;
import dev.cogbot.runtime.control.BotNotRunningException;
import dev.cogbot.runtime.control.ControlRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code cogbot reload <id>}. */
@Command(name = "reload", mixinStandardHelpOptions = true,
        description = {"Replaces a running plugin with the version in the plugins folder.",
                "That is the same file, or another JAR with the same plugin id. The plugins that need it are"
                        + " restarted too. If the new version fails to start, the old one is put back in service."})
final class ReloadCommand extends ControlCommand {

    @Parameters(paramLabel = "PLUGIN_ID", description = "The plugin's id, as 'cogbot plugins' lists it.")
    String pluginId;

    @Override
    ControlRequest request() {
        return new ControlRequest.Reload(pluginId);
    }

    @Override
    int whenNotRunning(BotPaths paths, BotNotRunningException notRunning) {
        err().println(notRunning.getMessage() + "; nothing to reload: it reads the plugins folder when it starts");
        return ExitCode.BOT_NOT_RUNNING.code();
    }

    @Override
    Map<ExitCode, String> exitCodes() {
        Map<ExitCode, String> own = new LinkedHashMap<>();
        own.put(ExitCode.NO_SUCH_PLUGIN, "No plugin with that id is loaded.");
        own.put(ExitCode.PLUGIN_FAILED, "The new version failed to start; the old one is back in service.");
        return exitCodes("Reloaded.", own, "No bot is running; nothing was done.");
    }
}
