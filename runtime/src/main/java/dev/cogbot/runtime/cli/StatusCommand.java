package dev.cogbot.runtime.cli;

import dev.cogbot.runtime.BotPaths;
import dev.cogbot.runtime.control.BotNotRunningException;
import dev.cogbot.runtime.control.ControlRequest;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code cogbot status}: whether the bot runs, and how. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Shows whether the bot is running, and how.",
                "If it is: its uptime, transport (console or discord), whether it is ready (connected and"
                        + " answering), and its plugins."})
final class StatusCommand extends ControlCommand {

    @Override
    ControlRequest request() {
        return new ControlRequest.Status();
    }

    @Override
    int whenNotRunning(BotPaths paths, BotNotRunningException notRunning) {
        out().println(notRunning.getMessage());
        return ExitCode.BOT_NOT_RUNNING.code();
    }

    @Override
    Map<ExitCode, String> exitCodes() {
        return exitCodes("The bot is running; its status is shown.", Map.of(),
                "No bot is running on the data folder.");
    }
}
