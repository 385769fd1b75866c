package dev.cogbot.runtime.cli;

import dev.cogbot.runtime.cluster.ClusterDatabaseException;
import dev.cogbot.runtime.cluster.NodeIdTakenException;
import dev.cogbot.runtime.config.ConfigException;
import dev.cogbot.runtime.control.AlreadyRunningException;
import dev.cogbot.runtime.control.AnotherUsersDataFolderException;
import dev.cogbot.runtime.plugins.DevBuilds;
import dev.cogbot.runtime.storage.DataFolderException;
import dev.cogbot.runtime.storage.StorageException;
import dev.cogbot.runtime.transport.discord.DiscordLoginException;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a failure into one line on stderr that says what was wrong and what to do, and an exit code. */
final class OneLineErrors implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception error, CommandLine commandLine, ParseResult parseResult) {
        ExitCode code = switch (error) {
            case ConfigException bad -> ExitCode.BAD_CONFIG;
            case StorageException broken -> ExitCode.STORAGE;
            case DataFolderException full -> ExitCode.DATA_FOLDER;
            case AnotherUsersDataFolderException theirs -> ExitCode.ANOTHER_USERS_BOT;
            case AlreadyRunningException taken -> ExitCode.FAILED;
            case DiscordLoginException refused -> switch (refused.reason()) {
                case INVALID_TOKEN -> ExitCode.INVALID_TOKEN;
                case UNREACHABLE -> ExitCode.DISCORD_UNREACHABLE;
                case DISALLOWED_INTENTS -> ExitCode.DISALLOWED_INTENTS;
            };
            case DiscordSetupException wrong -> ExitCode.BAD_CONFIG;
            case NodeIdTakenException taken -> ExitCode.BAD_CONFIG;
            case ClusterDatabaseException unreachable -> ExitCode.STORAGE;
            case DevBuilds.BadPath wrong -> ExitCode.USAGE;
            default -> {
                // the logger only now: the management commands never need logging set up
                Logger log = LoggerFactory.getLogger(OneLineErrors.class);
                log.error("cogbot failed", error);
                yield ExitCode.FAILED;
            }
        };
        commandLine.getErr().println("cogbot: " + error.getMessage());
        return code.code();
    }

    /** Wrong usage: one line naming what was wrong and where the command's help is, instead of the whole usage. */
    static final class Usage implements IParameterExceptionHandler {
        @Override
        public int handleParseException(ParameterException wrong, String[] args) {
            CommandLine command = wrong.getCommandLine();
            String name = command.getCommandSpec().qualifiedName();
            String hint = "";
            if (wrong instanceof UnmatchedArgumentException unmatched) {
                List<String> suggestions = unmatched.getSuggestions();
                if (!suggestions.isEmpty()) {
                    hint = " (did you mean " + String.join(" or ", suggestions) + "?)";
                }
            }
            command.getErr().println(name + ": " + wrong.getMessage() + hint + "; '" + name + " --help' shows the usage");
            command.getErr().flush();
            return ExitCode.USAGE.code();
        }
    }
}
