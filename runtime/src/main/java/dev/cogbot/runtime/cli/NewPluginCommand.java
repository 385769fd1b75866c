package dev.cogbot.runtime.cli;

import dev.cogbot.runtime.RuntimeVersion;
import dev.cogbot.runtime.starter.NewPlugin;
import dev.cogbot.runtime.starter.PluginProjectWriter;
import dev.cogbot.runtime.starter.StarterException;
import dev.cogbot.runtime.starter.StarterProblem;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cogbot new-plugin ID}: writes a plugin project that builds, and passes its tests, as written. */
@Command(name = "new-plugin", mixinStandardHelpOptions = true,
        description = {"Writes a new plugin project into DIR/ID, ready to build and load.",
                "It holds a pom on cogbot's plugin parent, a cog with one command (!hello), its test on cogbot's"
                        + " test kit, a README, and a build script that finds a JDK 21 or newer and makes the"
                        + " plugin's JAR with the Maven wrapper.",
                "An existing folder of that name is used only if it is empty."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"  0:The project is written.",
                "  1:The project could not be written; nothing is left half-written.",
                "  2:The id or the package is not valid, or DIR/ID exists and is not empty; nothing was written."})
final class NewPluginCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", description = "The plugin id: lowercase letters, digits and dashes, such as greeter."
            + " It names the folder, the JAR and the plugin's settings.")
    String id;

    @Option(names = "--dir", paramLabel = "DIR", description = "Where to make the project's folder (default: the current folder).")
    Path dir = Path.of(".");

    @Option(names = "--package", paramLabel = "NAME",
            description = "The Java package of the cog (default: org.example. and the id without dashes).")
    String javaPackage;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            NewPlugin plugin = NewPlugin.of(id, javaPackage, RuntimeVersion.version(), distributionRepository());
            Path project = new PluginProjectWriter().write(plugin, dir);
            out.println("Wrote the plugin project " + plugin.id() + " to " + project + ".");
            out.println("Build and test it:  cd " + project + " && ./build");
            out.println("Load it into a bot: copy target/" + plugin.id() + "-" + NewPlugin.FIRST_VERSION
                    + ".jar into the bot's plugins/, or run the bot with: cogbot run --dev " + project);
            if (plugin.cogbotRepository().isEmpty()) {
                out.println("This cogbot has no repository/ folder: the build takes cogbot's artifacts from the local"
                        + " Maven repository, so install them there from cogbot's sources first.");
            }
            out.flush();
            return ExitCode.OK.code();
        } catch (StarterException refused) {
            err.println("cogbot: " + refused.getMessage());
            err.flush();
            return switch (refused.problem()) {
                case StarterProblem.NotAPluginId bad -> ExitCode.USAGE.code();
                case StarterProblem.NotAJavaPackage bad -> ExitCode.USAGE.code();
                case StarterProblem.FolderNotEmpty taken -> ExitCode.USAGE.code();
                case StarterProblem.CannotWrite failed -> ExitCode.FAILED.code();
            };
        }
    }

    /** The distribution's Maven-layout repository of cogbot's artifacts, {@code repository/} beside {@code bin/}, if it has one. */
    private static Optional<Path> distributionRepository() {
        String home = System.getProperty("cogbot.home");
        if (home == null) {
            return Optional.empty();
        }
        Path repository = Path.of(home).resolve("repository");
        return Files.isDirectory(repository) ? Optional.of(repository) : Optional.empty();
    }
}
