package dev.cogbot.runtime.cli;

import dev.cogbot.runtime.BotPaths;
import dev.cogbot.runtime.CogbotApp;
import dev.cogbot.runtime.cluster.LeasedDiscordTransport;
import dev.cogbot.runtime.config.BotConfig;
import dev.cogbot.runtime.plugins.DevBuilds;
import dev.cogbot.runtime.scheduling.SystemTime;
import dev.cogbot.runtime.transport.console.ConsoleTransport;
import dev.cogbot.runtime.transport.Transport;
import dev.cogbot.runtime.transport.discord.DiscordLoginException;
import dev.cogbot.runtime.transport.discord.DiscordOptions;
import dev.cogbot.runtime.transport.discord.DiscordTransport;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code cogbot run}: starts the bot and serves until the input ends or the process is stopped. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Starts the bot with the plugins in the plugins folder.",
                "With a Discord token (DISCORD_TOKEN, --token-file, or discord.token in the config) it connects",
                "to Discord and serves until stopped. Without one it talks on this console: type messages such",
                "as !help; /help lists the console's own commands. Piped input is played line by line, and the",
                "bot exits when it ends and the work in progress is done."})
final class RunCommand implements Callable<Integer> {

    @Mixin
    RunOptions options = new RunOptions();

    @Mixin
    DiscordFlags discord = new DiscordFlags();

    RunCommand() {
    }

    RunCommand(RunOptions options, DiscordFlags discord) {
        this.options = options;
        this.discord = discord;
    }

    @Override
    public Integer call() {
        // before anything starts: a mistyped --dev PATH is one line, not a bot that starts without it
        DevBuilds.check(options.dev);
        BotPaths paths = options.paths();
        BotConfig config = BotConfig.load(paths.configFile(), System.getenv());
        if (options.prefix != null) {
            config = config.withOverride("prefix", options.prefix);
        }
        Optional<DiscordOptions> toDiscord = discord.resolve(config, System.getenv());
        boolean pinnedByHand = discord.pinsShards(config);
        SystemTime time = new SystemTime();
        AtomicReference<DiscordTransport> discordTransport = new AtomicReference<>();
        CogbotApp app = CogbotApp.start(paths, config, time, node -> toDiscord
                .<Transport>map(options -> {
                    // a cluster's node takes its shards by lease (those of --shards, if given); alone, it runs them all
                    discordTransport.set(node
                            .map(joined -> LeasedDiscordTransport.create(options, pinnedByHand, joined, time))
                            .orElseGet(() -> new DiscordTransport(options)));
                    return discordTransport.get();
                })
                .orElseGet(() -> ConsoleTransport.forSystemConsole(paths.dataDir().resolve("console-history"))),
                new CogbotApp.Options(options.dev, options.waitForTimers));
        Thread stopOnSignal = new Thread(app::close, "cogbot-shutdown");
        Runtime.getRuntime().addShutdownHook(stopOnSignal);
        try {
            app.awaitTermination();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        app.close();
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnSignal);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the signal's own hook is closing the app
        }
        Optional<DiscordLoginException> fatal = Optional.ofNullable(discordTransport.get())
                .flatMap(DiscordTransport::fatalError);
        if (fatal.isPresent()) {
            // Discord ended it: the same one line and exit code as a refused login
            throw fatal.get();
        }
        return ExitCode.OK.code();
    }
}
