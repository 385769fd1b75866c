package dev.cogbot.runtime.cli;

import dev.cogbot.runtime.control.ControlRequest;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code cogbot plugins}: the running bot's plugins. */
@Command(name = "plugins", mixinStandardHelpOptions = true,
        description = {"Lists the running bot's plugins: id, version, state, commands and JAR file.",
                "Running plugins come first (STARTED), then the other JARs in the plugins folder (UNLOADED,"
                        + " or FAILED: the bot's log says why)."})
final class PluginsCommand extends ControlCommand {

    @Override
    ControlRequest request() {
        return new ControlRequest.Plugins();
    }

    @Override
    Map<ExitCode, String> exitCodes() {
        return exitCodes("Listed.", Map.of(), "No bot is running on the data folder.");
    }
}
