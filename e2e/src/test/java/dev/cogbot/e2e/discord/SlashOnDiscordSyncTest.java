package dev.cogbot.e2e.discord;

import static dev.cogbot.discordfake.FakeDiscordConfig.ALICE_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.GENERAL_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.discordfake.RegisteredCommand;
import dev.cogbot.runtime.plugins.PluginFolderWatcher;
import dev.cogbot.runtime.slash.CommandSync;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The slash commands Discord shows follow the plugins loaded, through the real JDA transport, with
 * as few writes as Discord's 200 a day allow: one after ready, none for a reload that changes no
 * command, one for a burst of changes.
 */
class SlashOnDiscordSyncTest {

    private static final OptionalLong GLOBAL = OptionalLong.empty();

    @TempDir
    Path home;
    @TempDir
    Path elsewhere;

    private DiscordSession bot;

    @BeforeEach
    void connect() {
        bot = new DiscordSession(home);
    }

    @AfterEach
    void disconnect() {
        bot.close();
    }

    @Test
    void afterReadyTheCommandsAreRegisteredWithOneWrite() {
        assertThat(writes()).isZero();

        bot.advance(CommandSync.QUIET);

        assertThat(bot.discord().commandWrites(GLOBAL).bulkOverwrites()).isEqualTo(1);
        assertThat(writes()).isEqualTo(1);
        assertThat(registered()).contains("lightbulb", "knock_knock", "hush", "jokes_told", "remind", "plugins", "help");
    }

    @Test
    void aReloadOfAnUnchangedPluginWritesNothing() {
        bot.advance(CommandSync.QUIET);
        int readsBefore = commandReads();

        bot.app().plugins().reload("jokes");
        bot.advance(CommandSync.QUIET);

        assertThat(commandReads()).as("the sync compared with what Discord has").isGreaterThan(readsBefore);
        assertThat(writes()).isEqualTo(1);
    }

    @Test
    void threeJarsDroppedAtOnceMakeOneWrite() throws Exception {
        List<String> three = List.of("jokes", "hush", "remind");
        for (String id : three) {
            Files.move(jar(id), elsewhere.resolve(id + ".jar"));
        }
        settleFolder();
        bot.advance(CommandSync.QUIET);
        assertThat(registered()).doesNotContain("lightbulb", "hush", "remind");
        int before = writes();

        for (String id : three) {
            Files.copy(elsewhere.resolve(id + ".jar"), home.resolve("plugins").resolve(id + ".jar"));
        }
        settleFolder();
        bot.advance(CommandSync.QUIET);

        assertThat(three).allMatch(bot.app().plugins()::isRunning);
        assertThat(registered()).contains("lightbulb", "hush", "remind");
        assertThat(writes()).isEqualTo(before + 1);
        // nothing else is left to come: the watcher and the sync are quiet
        settleFolder();
        bot.advance(CommandSync.MOST_DELAY);
        assertThat(writes()).isEqualTo(before + 1);
    }

    @Test
    void anUnloadRemovesThePluginsCommandsFromDiscordAndALoadBringsThemBack() {
        bot.advance(CommandSync.QUIET);

        bot.app().plugins().unload("jokes", false);
        bot.advance(CommandSync.QUIET);
        assertThat(registered()).doesNotContain("lightbulb", "knock_knock").contains("hush");
        assertThatThrownBy(() -> bot.discord().userRunsCommand(ALICE_ID, GENERAL_ID, "lightbulb", Map.of()))
                .isInstanceOf(IllegalArgumentException.class);

        bot.app().plugins().load("jokes");
        bot.advance(CommandSync.QUIET);
        assertThat(registered()).contains("lightbulb", "knock_knock");
        assertThat(bot.runs(ALICE_ID, GENERAL_ID, "lightbulb", Map.of()).original())
                .hasValueSatisfying(answer -> assertThat(answer.content()).containsIgnoringCase("light"));
        assertThat(writes()).isEqualTo(3);
    }

    private List<String> registered() {
        return bot.discord().registeredCommands(GLOBAL).stream().map(RegisteredCommand::name).toList();
    }

    private int writes() {
        return bot.discord().commandWrites(GLOBAL).total();
    }

    private int commandReads() {
        return (int) bot.discord().restCalls().stream()
                .filter(c -> c.method().equals("GET") && c.path().endsWith("/commands")).count();
    }

    private Path jar(String id) throws Exception {
        try (var files = Files.list(home.resolve("plugins"))) {
            return files.filter(f -> f.getFileName().toString().startsWith(id + "-")).findFirst().orElseThrow();
        }
    }

    /**
     * Waits until the folder watcher has handled every change made so far (a marker written after them is
     * seen, as the file system reports a folder's events in order), then moves the bot's clock past its
     * quiet period, so it acts on them.
     */
    private void settleFolder() throws Exception {
        PluginFolderWatcher watcher = bot.app().folderWatcher();
        String marker = ".events-handled-" + (++markers);
        Files.writeString(home.resolve("plugins").resolve(marker), "");
        assertThat(watcher.awaitSeen(marker, DiscordSession.PATIENCE)).isTrue();
        bot.advance(PluginFolderWatcher.DEFAULT_SETTLE);
    }

    private int markers;
}
