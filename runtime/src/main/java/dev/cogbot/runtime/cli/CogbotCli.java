package dev.cogbot.runtime.cli;

import dev.cogbot.runtime.RuntimeVersion;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code cogbot}: with no subcommand it runs the bot, like {@code cogbot run}.
 *
 * <pre>
 * cogbot                 # run the bot (console unless a Discord token is configured)
 * cogbot run --prefix ?  # the same, with options
 * cogbot --help
 * </pre>
 */
@Command(name = "cogbot", mixinStandardHelpOptions = true, versionProvider = CogbotCli.Version.class,
        description = "Runs a Discord bot whose features (cogs) are hot-pluggable plugin JARs.",
        subcommands = {RunCommand.class, CommandLine.HelpCommand.class})
public final class CogbotCli implements Callable<Integer> {

    @CommandLine.Mixin
    RunOptions runOptions = new RunOptions();

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code, for tests. */
    public static int execute(String... args) {
        return new CommandLine(new CogbotCli())
                .setExecutionExceptionHandler(new OneLineErrors())
                .execute(args);
    }

    @Override
    public Integer call() {
        return new RunCommand(runOptions).call();
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"cogbot " + RuntimeVersion.version() + " (plugin API " + RuntimeVersion.apiVersion() + ")"};
        }
    }
}
