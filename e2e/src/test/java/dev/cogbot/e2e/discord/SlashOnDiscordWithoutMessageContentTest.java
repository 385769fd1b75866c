package dev.cogbot.e2e.discord;

import static dev.cogbot.discordfake.FakeDiscordConfig.BOB_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.GENERAL_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.discordfake.FakeDiscordConfig;
import dev.cogbot.runtime.slash.CommandSync;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slash-only mode: the whole bot on an application without the Message Content intent, with
 * {@code discord.message-content=auto} (the default), starts and serves its slash commands, while
 * a prefix command in a server, whose text Discord no longer delivers, goes unserved.
 */
class SlashOnDiscordWithoutMessageContentTest {

    @TempDir
    Path home;

    private DiscordSession bot;

    @BeforeEach
    void connectAndRegisterTheCommands() {
        bot = DiscordSession.on(home, FakeDiscordConfig.builder()
                .application(FakeDiscordConfig.defaults().application().withoutMessageContentIntent())
                .build(), Map.of("discord.message-content", "auto"));
        bot.advance(CommandSync.QUIET);
    }

    @AfterEach
    void disconnect() {
        bot.close();
    }

    @Test
    void theBotStartsWithoutReadingMessageContent() {
        assertThat(bot.connectionState()).containsIgnoringCase("without message content");
    }

    @Test
    void aSlashCommandIsServed() {
        assertThat(bot.runs(BOB_ID, GENERAL_ID, "lightbulb", Map.of()).original())
                .hasValueSatisfying(answer -> assertThat(answer.content()).containsIgnoringCase("light"));
    }

    @Test
    void aPrefixCommandInAServerIsNotServed() {
        assertThat(bot.says(BOB_ID, GENERAL_ID, "!lightbulb")).isEmpty();
    }
}
