package dev.cogbot.runtime.cli;

import dev.cogbot.runtime.BotPaths;
import dev.cogbot.runtime.control.BotNotRunningException;
import dev.cogbot.runtime.control.ControlRequest;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cogbot plugins}: the running bot's plugins; with {@code --settings}, the settings they declare. */
@Command(name = "plugins", mixinStandardHelpOptions = true,
        description = {"Lists the running bot's plugins: id, version, state, commands and JAR file.",
                "Running plugins come first (STARTED), then the other JARs in the plugins folder (UNLOADED,"
                        + " or FAILED: a line below the table says why, and the bot's log has the details)."})
final class PluginsCommand extends ControlCommand {

    @Option(names = "--settings", description = {"List the settings the running plugins declare instead: key, type,"
            + " default, the value in use, where it comes from (default, file, environment, command line) and help;"
            + " then keys set under a plugin's id that it does not declare."})
    boolean settings;

    @Override
    ControlRequest request() {
        return settings ? new ControlRequest.Settings() : new ControlRequest.Plugins();
    }

    /** The settings are what the loaded plugins declare: with no bot there is nothing to ask. */
    @Override
    int whenNotRunning(BotPaths paths, BotNotRunningException notRunning) {
        if (!settings) {
            return super.whenNotRunning(paths, notRunning);
        }
        err().println(notRunning.getMessage() + "; plugins declare their settings as they load, so start the bot"
                + " to list them (conf/cogbot.properties documents the bundled plugins')");
        return ExitCode.BOT_NOT_RUNNING.code();
    }

    @Override
    Map<ExitCode, String> exitCodes() {
        return exitCodes("Listed.", Map.of(), "No bot is running on the data folder.");
    }
}
