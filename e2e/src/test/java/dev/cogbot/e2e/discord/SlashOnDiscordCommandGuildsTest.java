package dev.cogbot.e2e.discord;

import static dev.cogbot.discordfake.FakeDiscordConfig.ALICE_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.GENERAL_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.GUILD_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.discordfake.FakeDiscord;
import dev.cogbot.discordfake.RegisteredCommand;
import dev.cogbot.runtime.slash.CommandSync;
import dev.cogbot.runtime.slash.SlashSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code discord.command-guilds}, through the real JDA transport: the commands go to the servers
 * named instead of everywhere, and a bot restarted without the setting registers them globally and
 * empties the servers it wrote before, so no command shows twice.
 */
class SlashOnDiscordCommandGuildsTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final OptionalLong GUILD = OptionalLong.of(GUILD_ID);
    private static final OptionalLong GLOBAL = OptionalLong.empty();
    private static final Map<String, String> IN_THE_GUILD = Map.of(SlashSettings.GUILDS_KEY, Long.toString(GUILD_ID));

    @TempDir
    Path first;
    @TempDir
    Path second;
    @TempDir
    Path store;

    private FakeDiscord discord;
    private DiscordSession bot;

    @BeforeEach
    void startServer() {
        discord = FakeDiscord.start();
    }

    @AfterEach
    void stop() {
        try {
            if (bot != null) {
                bot.close();
            }
        } finally {
            discord.close();
        }
    }

    @Test
    void theCommandsAreRegisteredInTheGuildOnly() {
        bot = DiscordSession.restartable(first, discord, storeUrl(), START, IN_THE_GUILD);
        bot.advance(CommandSync.QUIET);

        assertThat(names(GUILD)).contains("lightbulb", "knock_knock", "hush", "jokes_told", "remind");
        assertThat(discord.commandWrites(GUILD).total()).isEqualTo(1);
        assertThat(names(GLOBAL)).isEmpty();
        assertThat(discord.commandWrites(GLOBAL).total()).isZero();
        assertThat(bot.runs(ALICE_ID, GENERAL_ID, "lightbulb", Map.of()).original())
                .hasValueSatisfying(answer -> assertThat(answer.content()).containsIgnoringCase("light"));
    }

    @Test
    void switchingBackToGlobalOnRestartEmptiesTheGuild() {
        bot = DiscordSession.restartable(first, discord, storeUrl(), START, IN_THE_GUILD);
        bot.advance(CommandSync.QUIET);
        bot.close();

        bot = DiscordSession.restartable(second, discord, storeUrl(), START.plus(Duration.ofMinutes(1)));
        bot.advance(CommandSync.QUIET);

        assertThat(names(GUILD)).isEmpty();
        assertThat(names(GLOBAL)).contains("lightbulb", "knock_knock", "hush", "jokes_told", "remind");
        assertThat(discord.commandWrites(GUILD).total()).isEqualTo(2);
        assertThat(discord.commandWrites(GLOBAL).total()).isEqualTo(1);
    }

    @Test
    void aServerTheBotCannotReachIsToldInTheSyncStatusWithWhatToDo() {
        long elsewhere = GUILD_ID + 1_000;
        bot = DiscordSession.restartable(first, discord, storeUrl(), START,
                Map.of(SlashSettings.GUILDS_KEY, Long.toString(elsewhere)));
        bot.advance(CommandSync.QUIET);

        assertThat(bot.app().runtime().commandSync().status().line())
                .contains("cannot register slash commands in server " + elsewhere + ": the bot is not in it,")
                .contains("leave it unset to register globally")
                .doesNotContain("\n");
        assertThat(discord.commandWrites(OptionalLong.of(elsewhere)).total()).isZero();
    }

    private List<String> names(OptionalLong scope) {
        return discord.registeredCommands(scope).stream().map(RegisteredCommand::name).toList();
    }

    private String storeUrl() {
        return "jdbc:h2:file:" + store.resolve("cogbot") + ";AUTO_SERVER=FALSE";
    }
}
