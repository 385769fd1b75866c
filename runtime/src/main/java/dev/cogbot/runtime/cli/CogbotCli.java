package dev.cogbot.runtime.cli;

import dev.cogbot.runtime.RuntimeVersion;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code cogbot}: with no subcommand it runs the bot, like {@code cogbot run}. The other
 * subcommands manage the bot running on the same data folder.
 *
 * <pre>
 * cogbot                 # run the bot (console unless a Discord token is configured)
 * cogbot run --prefix ?  # the same, with options
 * cogbot plugins         # the running bot's plugins; also load, unload, reload, status
 * cogbot backup FILE     # a consistent copy of the store, while the bot runs
 * cogbot install org.example:greeter:1.0.0   # a plugin from Maven repositories into plugins/
 * cogbot new-plugin ID   # a new plugin project in ./ID, ready to build
 * cogbot cluster         # the nodes of the cluster (cluster.enabled=true on PostgreSQL)
 * cogbot --help
 * </pre>
 */
@Command(name = "cogbot", mixinStandardHelpOptions = true, versionProvider = CogbotCli.Version.class,
        description = "Runs a Discord bot whose features (cogs) are hot-pluggable plugin JARs.",
        subcommands = {RunCommand.class, PluginsCommand.class, LoadCommand.class, UnloadCommand.class,
                ReloadCommand.class, StatusCommand.class, BackupCommand.class, InstallCommand.class,
                NewPluginCommand.class, ClusterCommand.class,
                CommandLine.HelpCommand.class})
public final class CogbotCli implements Callable<Integer> {

    @CommandLine.Mixin
    RunOptions runOptions = new RunOptions();

    @CommandLine.Mixin
    DiscordFlags discordFlags = new DiscordFlags();

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code, for tests. */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** Runs the command line printing to {@code out} and {@code err}, and returns the exit code, for tests. */
    static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    /** The command line: one-line errors, and each management command's exit codes in its help. */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new CogbotCli())
                .setExecutionExceptionHandler(new OneLineErrors())
                .setParameterExceptionHandler(new OneLineErrors.Usage());
        for (CommandLine sub : cli.getSubcommands().values()) {
            if (sub.getCommand() instanceof ControlCommand command) {
                Map<String, String> codes = new LinkedHashMap<>();
                command.exitCodes().forEach((code, meaning) -> codes.put(String.format("%3d", code.code()), meaning));
                sub.getCommandSpec().usageMessage()
                        .exitCodeListHeading("%nExit codes:%n")
                        .exitCodeList(codes);
            }
        }
        return cli;
    }

    @Override
    public Integer call() {
        return new RunCommand(runOptions, discordFlags).call();
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"cogbot " + RuntimeVersion.version() + " (plugin API " + RuntimeVersion.apiVersion() + ")"};
        }
    }
}
