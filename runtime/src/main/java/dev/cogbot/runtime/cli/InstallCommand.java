package dev.cogbot.runtime.cli;

import dev.cogbot.runtime.BotPaths;
import dev.cogbot.runtime.RuntimeVersion;
import dev.cogbot.runtime.config.BotConfig;
import dev.cogbot.runtime.config.ConfigException;
import dev.cogbot.runtime.control.BotNotRunningException;
import dev.cogbot.runtime.control.ControlClient;
import dev.cogbot.runtime.control.ControlRequest;
import dev.cogbot.runtime.control.ControlResponse;
import dev.cogbot.runtime.install.Coordinates;
import dev.cogbot.runtime.install.InstallException;
import dev.cogbot.runtime.install.InstallProblem;
import dev.cogbot.runtime.install.InstallSettings;
import dev.cogbot.runtime.install.MavenRepositories;
import dev.cogbot.runtime.install.PluginInstaller;
import dev.cogbot.runtime.install.PluginInstaller.Installed;
import dev.cogbot.runtime.plugins.PluginListing;
import dev.cogbot.runtime.plugins.PluginOperationException;
import dev.cogbot.runtime.plugins.PluginProblem;
import dev.cogbot.runtime.plugins.WantedPlugins;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cogbot install <groupId:artifactId:version>} and {@code cogbot install --file JAR}. */
@Command(name = "install", mixinStandardHelpOptions = true,
        description = {"Installs a plugin JAR into the plugins folder, where a running bot loads it within a few"
                + " seconds (or reloads it, replacing an older version); with no bot running it loads at the next start.",
                "The JAR comes from Maven repositories, the local repository first (settings install.repositories"
                        + " and install.local-repository; checksums must match), or from a file. It is checked as the"
                        + " bot would check it (a plugin, for this plugin API) before anything in the folder changes."
                        + " Only the plugin's own JAR is fetched: a plugin whose POM lists run-time dependencies"
                        + " works only if they are bundled inside its JAR, and install warns about them."})
final class InstallCommand extends ControlCommand {

    /** How long to wait for a running bot to load what was installed before leaving it to the bot. */
    private static final Duration BOT_PATIENCE = Duration.ofSeconds(20);
    private static final String STARTED = "STARTED";
    private static final String FAILED = "FAILED";

    @ArgGroup(multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(paramLabel = "GROUP:ARTIFACT:VERSION",
                description = "The plugin's Maven coordinates, e.g. org.example:greeter:1.0.0.")
        String coordinates;

        @Option(names = "--file", paramLabel = "JAR", description = "Install this plugin JAR instead.")
        Path file;
    }

    @Option(names = "--config", paramLabel = "FILE",
            description = "The config file with install.* settings (default: HOME/conf/cogbot.properties).")
    Path configFile;

    @Override
    ControlRequest request() {
        return new ControlRequest.Plugins();
    }

    @Override
    public Integer call() {
        BotPaths paths = paths();
        try {
            Path jar = source.file != null ? readableFile(source.file) : fetch(paths);
            Installed installed = new PluginInstaller(paths.pluginsDir(), RuntimeVersion.apiVersion()).install(jar);
            return report(paths, installed);
        } catch (InstallException e) {
            err().println("cogbot: " + e.getMessage());
            return exitCode(e.problem()).code();
        } catch (PluginOperationException e) {
            err().println("cogbot: " + e.getMessage());
            return switch (e.problem()) {
                case PluginProblem.NotAPluginJar notAPlugin -> ExitCode.NOT_A_PLUGIN.code();
                case PluginProblem.NeedsNewerRuntime otherApi -> ExitCode.WRONG_API_VERSION.code();
                default -> ExitCode.PLUGIN_FAILED.code();
            };
        } catch (ConfigException e) {
            err().println("cogbot: " + e.getMessage());
            return ExitCode.BAD_CONFIG.code();
        } catch (UncheckedIOException e) {
            err().println("cogbot: " + e.getMessage());
            return ExitCode.FAILED.code();
        } finally {
            out().flush();
            err().flush();
        }
    }

    private Path fetch(BotPaths paths) {
        Coordinates coordinates = Coordinates.parse(source.coordinates);
        InstallSettings settings = InstallSettings.from(BotConfig.load(configFile(paths), System.getenv()));
        try (MavenRepositories repositories = new MavenRepositories(settings)) {
            MavenRepositories.Fetched fetched = repositories.fetch(coordinates);
            if (!fetched.runTimeDependencies().isEmpty()) {
                err().println("cogbot: warning: " + coordinates + " lists run-time dependencies that install does not"
                        + " fetch (" + String.join(", ", fetched.runTimeDependencies()) + "): a plugin is one JAR, so it"
                        + " works only if they are bundled inside it");
            }
            return fetched.jar();
        }
    }

    private Path configFile(BotPaths paths) {
        if (configFile != null) {
            return configFile;
        }
        return parent != null && parent.runOptions.configFile != null ? parent.runOptions.configFile : paths.configFile();
    }

    private static Path readableFile(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new InstallException(new InstallProblem.NoSuchFile(file.toString()));
        }
        return file;
    }

    /** One line: what was installed where, and what the bot made of it. */
    private int report(BotPaths paths, Installed installed) {
        String what = installed.id() + " " + installed.version();
        String done = installed.unchanged()
                ? what + " is already installed as " + installed.file()
                : "installed " + what + " as " + installed.file()
                        + (installed.replaced().isEmpty() ? "" : ", replacing " + String.join(", ", installed.replaced()));
        Optional<List<String>> listing;
        try {
            listing = awaitLoaded(paths, installed);
        } catch (BotNotRunningException e) {
            WantedPlugins wanted = WantedPlugins.in(paths.dataDir());
            if (wanted.isUnloaded(installed.id())) {
                wanted.markLoaded(installed.id()); // installing it is asking for it
            }
            out().println(done + "; no bot is running: it loads at the next start");
            return ExitCode.OK.code();
        } catch (IOException e) {
            out().println(done + "; the running bot could not be asked whether it loaded it (" + e.getMessage() + ")");
            return ExitCode.OK.code();
        }
        if (listing.isEmpty()) {
            out().println(done + "; the running bot reloads it within a few seconds");
            return ExitCode.OK.code();
        }
        String fileName = installed.file().getFileName().toString();
        Optional<String> state = PluginListing.stateIn(listing.get(), installed.id(), fileName);
        if (state.equals(Optional.of(STARTED))) {
            out().println(done + "; the running bot has loaded it");
            return ExitCode.OK.code();
        }
        Optional<String> problem = PluginListing.problemIn(listing.get(), fileName);
        if (problem.isPresent()) {
            // the bot refused it: say why, rather than that it took too long
            err().println("cogbot: " + done + ", but the running bot has not started it: " + problem.get()
                    + "; its log says why");
            return ExitCode.PLUGIN_FAILED.code();
        }
        String listed = state.map(s -> "lists it as " + s).orElse("does not list it");
        err().println("cogbot: " + done + ", but the running bot has not started it"
                + (state.equals(Optional.of(FAILED)) ? "" : " within " + BOT_PATIENCE.toSeconds() + " s")
                + " ('cogbot plugins' " + listed + "); its log says why");
        return ExitCode.PLUGIN_FAILED.code();
    }

    /**
     * The running bot's plugin listing once it lists the installed file as started, or as failed
     * (the folder watcher records its refusals, with why), or after {@link #BOT_PATIENCE}. A JAR
     * written over one of the same name is not waited for (empty): its row looks the same before
     * and after the reload.
     *
     * @throws BotNotRunningException if no bot runs on the data folder
     */
    private Optional<List<String>> awaitLoaded(BotPaths paths, Installed installed)
            throws BotNotRunningException, IOException {
        ControlClient bot = new ControlClient(paths.dataDir());
        String fileName = installed.file().getFileName().toString();
        boolean overwritten = installed.replaced().contains(fileName);
        long deadline = System.nanoTime() + BOT_PATIENCE.toNanos();
        while (true) {
            List<String> listing = bot.send(request()).lines();
            if (overwritten) {
                return Optional.empty();
            }
            String state = PluginListing.stateIn(listing, installed.id(), fileName).orElse("");
            if (state.equals(STARTED) || state.equals(FAILED) || System.nanoTime() > deadline) {
                return Optional.of(listing);
            }
            try {
                Thread.sleep(200); // a person waits here, for a real bot on the real clock
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.of(listing);
            }
        }
    }

    static ExitCode exitCode(InstallProblem problem) {
        return switch (problem) {
            case InstallProblem.BadCoordinates bad -> ExitCode.USAGE;
            case InstallProblem.NotFound missing -> ExitCode.ARTIFACT_NOT_FOUND;
            case InstallProblem.NoSuchFile missing -> ExitCode.ARTIFACT_NOT_FOUND;
            case InstallProblem.ChecksumMismatch damaged -> ExitCode.CHECKSUM_MISMATCH;
            case InstallProblem.Unreachable down -> ExitCode.REPOSITORY_UNREACHABLE;
        };
    }

    @Override
    Map<ExitCode, String> exitCodes() {
        Map<ExitCode, String> own = new LinkedHashMap<>();
        own.put(ExitCode.USAGE, "Wrong usage, or the coordinates are not groupId:artifactId:version.");
        own.put(ExitCode.BAD_CONFIG, "The config file or an install.* setting is wrong.");
        own.put(ExitCode.PLUGIN_FAILED, "Installed, but the running bot has not started it (it refused it, its code"
                + " failed, or it took over " + BOT_PATIENCE.toSeconds() + " s); its log says why.");
        own.put(ExitCode.ARTIFACT_NOT_FOUND, "No repository has the artifact (the message lists those asked),"
                + " or the --file is not there.");
        own.put(ExitCode.CHECKSUM_MISMATCH, "The download does not match its checksum; nothing was installed.");
        own.put(ExitCode.REPOSITORY_UNREACHABLE, "A repository could not be reached or read.");
        own.put(ExitCode.NOT_A_PLUGIN, "The JAR is not a plugin (no Plugin-Id and Plugin-Version in its manifest).");
        own.put(ExitCode.WRONG_API_VERSION, "The plugin's Plugin-Requires does not accept this cogbot's plugin API.");
        return exitCodes("Installed (or already there); the line says whether a running bot loaded it.", own);
    }
}
