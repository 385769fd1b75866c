package dev.cogbot.e2e.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.Durations;
import dev.cogbot.e2e.cli.Distribution.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cogbot plugins|load|unload|reload|status}: the distribution's own launcher, run as separate
 * processes against a bot that the same launcher runs in another process, on the console.
 * Read-only checks share one bot; those that change a bot's plugins, or stop it, have their own.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "bin/cogbot is a POSIX shell script")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CliAgainstRunningBotTest {

    private static final int NO_SUCH_PLUGIN = 10;
    private static final int BOT_NOT_RUNNING = 12;
    private static final int USAGE = 2;

    private Distribution shared;
    private BotProcess sharedBot;

    @BeforeAll
    void startSharedBot(@TempDir Path home) {
        shared = Distribution.copyTo(home);
        sharedBot = BotProcess.start(shared);
    }

    @AfterAll
    void stopSharedBot() {
        try (BotProcess bot = sharedBot) {
            if (bot != null) {
                assertThat(bot.stop()).as("the bot's exit code once its input ended").isZero();
            }
        }
    }

    @Test
    void pluginsListsTheBundledPluginsWithTheirCommandsAndFiles() {
        Result plugins = shared.run("plugins");
        assertThat(plugins.exitCode()).as(plugins.toString()).isZero();
        List<String> lines = plugins.out().lines().toList();
        assertThat(lines.getFirst().split("\\s+")).containsExactly("ID", "VERSION", "STATE", "COMMANDS", "FILE");
        assertThat(lines.subList(1, lines.size())).map(line -> List.of(line.split("\\s+")))
                .anySatisfy(row -> assertThat(row).startsWith("jokes").contains("STARTED", "knock_knock,lightbulb")
                        .last().asString().matches("jokes-.+\\.jar"))
                .anySatisfy(row -> assertThat(row).startsWith("hush").contains("STARTED", "hush"))
                .anySatisfy(row -> assertThat(row).startsWith("status").contains("STARTED", "jokes_told"))
                .anySatisfy(row -> assertThat(row).startsWith("remind").contains("STARTED", "remind,reminders"))
                .anySatisfy(row -> assertThat(row).startsWith("poll").contains("STARTED", "poll"))
                .hasSize(5);
        assertThat(plugins.err()).isEmpty();
    }

    @Test
    void pluginsWithSettingsListsEachDeclaredSettingAtTheDefaultTheConfFileDocuments() throws IOException {
        Result listing = shared.run("plugins", "--settings");
        assertThat(listing.exitCode()).as(listing.toString()).isZero();
        List<String> lines = listing.out().lines().toList();
        assertThat(lines.getFirst().split(" {2,}")).containsExactly("KEY", "TYPE", "DEFAULT", "VALUE", "FROM", "HELP");
        List<List<String>> rows = lines.subList(1, lines.size()).stream()
                .map(line -> List.of(line.split(" {2,}"))).filter(cells -> cells.size() == 6).toList();
        assertThat(rows).as("every setting is at its default: the conf file sets none")
                .allSatisfy(row -> assertThat(row.get(3)).isEqualTo(row.get(2)))
                .allSatisfy(row -> assertThat(row.get(4)).isEqualTo("default"))
                .allSatisfy(row -> assertThat(row.get(5)).as("help of " + row.getFirst()).isNotBlank());
        assertThat(lines).filteredOn(line -> line.startsWith("declare no settings: ")).singleElement().asString()
                .contains("remind", "poll");
        assertThat(listing.err()).isEmpty();

        // the conf file documents each of them, commented out at its default, and nothing else under their ids
        Map<String, String> documented = documentedPluginSettings(shared.home().resolve("conf/cogbot.properties"),
                List.of("jokes", "hush", "status", "remind", "poll"));
        assertThat(documented.keySet()).containsExactlyInAnyOrderElementsOf(rows.stream().map(List::getFirst).toList());
        for (List<String> row : rows) {
            String conf = documented.get(row.getFirst());
            if (row.get(1).startsWith("duration")) {
                assertThat(Durations.parse(conf, ChronoUnit.SECONDS)).as(row.getFirst())
                        .isEqualTo(Durations.parse(row.get(2), ChronoUnit.SECONDS));
            } else {
                assertThat(conf).as(row.getFirst()).isEqualTo(row.get(2));
            }
        }
    }

    /** The commented-out {@code #key=value} lines of {@code conf} under the plugins' ids. */
    private static Map<String, String> documentedPluginSettings(Path conf, List<String> pluginIds) throws IOException {
        Pattern entry = Pattern.compile("#((" + String.join("|", pluginIds) + ")\\.[a-z0-9.-]+)=(.*)");
        Map<String, String> documented = new java.util.LinkedHashMap<>();
        for (String line : Files.readAllLines(conf)) {
            Matcher matcher = entry.matcher(line.strip());
            if (matcher.matches()) {
                documented.put(matcher.group(1), matcher.group(3).strip());
            }
        }
        return documented;
    }

    @Test
    void statusShowsAReadyConsoleBotWithItsPlugins() {
        Result status = shared.run("status");
        assertThat(status.exitCode()).as(status.toString()).isZero();
        assertThat(status.out()).containsPattern("cogbot \\S+ is running \\(pid \\d+\\)")
                .containsPattern("uptime: +\\d+")
                .contains("transport: console", "ready:     yes", "plugins:   5 started",
                        "  jokes ", "STARTED: knock_knock, lightbulb (jokes-");
    }

    @Test
    void unloadingAPluginThatIsNotThereIsNoSuchPlugin() {
        Result unload = shared.run("unload", "nosuch");
        assertThat(unload.exitCode()).as(unload.toString()).isEqualTo(NO_SUCH_PLUGIN);
        assertThat(unload.err()).isEqualTo(
                "cogbot: no plugin 'nosuch' is loaded or in the plugins folder; 'cogbot plugins' lists them\n");
        assertThat(unload.out()).isEmpty();
    }

    @Test
    void loadingAPathIsRefusedInOneLine() {
        Result load = shared.run("load", "../x.jar");
        assertThat(load.exitCode()).as(load.toString()).isEqualTo(USAGE);
        assertThat(load.err()).isEqualTo(
                "cogbot: '../x.jar' is not a file in the plugins folder; copy the JAR there and load it by name\n");
    }

    @Test
    void aSecondBotOnTheSameDataFolderRefusesToStart() {
        Result second = shared.run();
        assertThat(second.exitCode()).as(second.toString()).isEqualTo(1);
        assertThat(second.err()).containsPattern("cogbot: a cogbot \\(pid \\d+\\) is already running on this data folder");
        assertThat(shared.run("status").exitCode()).as("the first bot is unharmed").isZero();
    }

    @Test
    void eachCommandsHelpExplainsItsExitCodes() throws Exception {
        List<String> commands = List.of("plugins", "load", "unload", "reload", "status");
        Map<String, Result> helps;
        try (ExecutorService launchers = Executors.newFixedThreadPool(3)) {
            Map<String, CompletableFuture<Result>> running = commands.stream().collect(Collectors.toMap(c -> c,
                    c -> CompletableFuture.supplyAsync(() -> shared.run(c, "--help"), launchers)));
            helps = running.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().join()));
        }
        helps.forEach((command, help) -> {
            assertThat(help.exitCode()).as(command + ": " + help).isZero();
            assertThat(help.out()).as(command).contains("Usage: cogbot " + command, "Exit codes:")
                    .containsPattern("(?m)^ +0 +\\S").containsPattern("(?m)^ +12 +No bot is running");
        });
        assertThat(helps.get("load").out()).containsPattern("(?m)^ +10 +No plugin")
                .containsPattern("(?m)^ +11 +Refused or failed to start");
        assertThat(helps.get("unload").out()).contains("--with-dependants").containsPattern("(?m)^ +11 +Refused");
    }

    @Test
    void unloadLoadAndReloadChangeTheRunningBotsCommands(@TempDir Path home) {
        Distribution dist = Distribution.copyTo(home);
        try (BotProcess bot = BotProcess.start(dist)) {
            assertThat(bot.type("!lightbulb")).last().asString().startsWith("#general <cogbot> ");

            Result unload = dist.run("unload", "jokes", "--with-dependants");
            assertThat(unload.exitCode()).as(unload.toString()).isZero();
            assertThat(unload.out()).isEqualTo("unloaded jokes\n");
            assertThat(bot.type("!lightbulb")).last().asString().contains("I don't know !lightbulb");

            Result load = dist.run("load", "jokes");
            assertThat(load.exitCode()).as(load.toString()).isZero();
            assertThat(load.out()).startsWith("loaded jokes ").contains("(commands: knock_knock, lightbulb)");
            assertThat(bot.type("!lightbulb")).last().asString().startsWith("#general <cogbot> ")
                    .doesNotContain("I don't know");

            Result reload = dist.run("reload", "jokes");
            assertThat(reload.exitCode()).as(reload.toString()).isZero();
            assertThat(reload.out()).startsWith("reloaded jokes ");
            assertThat(bot.type("!lightbulb")).last().asString().startsWith("#general <cogbot> ")
                    .doesNotContain("I don't know");

            assertThat(bot.stop()).isZero();
        }
    }

    @Test
    void withTheBotStoppedTheCommandsSaySoAndUnloadAndLoadHoldForTheNextStart(@TempDir Path home) {
        Distribution dist = Distribution.copyTo(home);
        try (BotProcess bot = BotProcess.start(dist)) {
            assertThat(bot.stop()).isZero();
        }

        Result status = dist.run("status");
        assertThat(status.exitCode()).as(status.toString()).isEqualTo(BOT_NOT_RUNNING);
        assertThat(status.out()).startsWith("cogbot is not running (no control socket at ");

        Result unload = dist.run("unload", "jokes");
        assertThat(unload.exitCode()).as(unload.toString()).isEqualTo(BOT_NOT_RUNNING);
        assertThat(unload.err()).startsWith("cogbot is not running").contains("jokes stays unloaded when it starts");

        try (BotProcess bot = BotProcess.start(dist)) {
            assertThat(bot.type("!lightbulb")).last().asString().contains("I don't know !lightbulb");
            Result plugins = dist.run("plugins");
            assertThat(plugins.out().lines()).anySatisfy(line -> assertThat(line).startsWith("jokes ").contains("UNLOADED"));
            assertThat(bot.stop()).isZero();
        }

        Result load = dist.run("load", "jokes");
        assertThat(load.exitCode()).as(load.toString()).isEqualTo(BOT_NOT_RUNNING);
        assertThat(load.err()).contains("jokes will be loaded when it starts");

        try (BotProcess bot = BotProcess.start(dist)) {
            assertThat(bot.type("!lightbulb")).last().asString().startsWith("#general <cogbot> ")
                    .doesNotContain("I don't know");
            assertThat(bot.stop()).isZero();
        }
    }
}
