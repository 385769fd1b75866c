package dev.cogbot.e2e.discord;

import static dev.cogbot.discordfake.FakeDiscordConfig.ALICE_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.BOB_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.BOT_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.GENERAL_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.discordfake.FakeDiscordConfig;
import dev.cogbot.discordfake.model.FakeApplication;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole bot on an application without the Message Content intent (discord.message-content=auto,
 * the default): it starts, and prefix commands work where Discord still delivers the text.
 */
class PrefixWithoutMessageContentOnDiscordTest {

    @TempDir
    Path home;

    private DiscordSession bot;

    @BeforeEach
    void connect() {
        FakeApplication app = FakeDiscordConfig.defaults().application();
        bot = DiscordSession.on(home, FakeDiscordConfig.builder()
                .application(new FakeApplication(app.id(), app.name(), app.ownerUserId(), app.team(),
                        FakeApplication.DEFAULT_FLAGS & ~FakeApplication.MESSAGE_CONTENT_INTENT_ALLOWED))
                .build(), Map.of());
    }

    @AfterEach
    void disconnect() {
        bot.close();
    }

    @Test
    void aPrefixCommandInAServerIsNotSeen() {
        assertThat(bot.says(BOB_ID, GENERAL_ID, "!lightbulb")).isEmpty();
    }

    @Test
    void aCommandAfterAMentionOfTheBotIsServed() {
        assertThat(bot.says(BOB_ID, GENERAL_ID, "<@" + BOT_ID + "> lightbulb")).hasSize(1);
    }

    @Test
    void aPrefixCommandInADmIsServed() {
        assertThat(bot.saysInDm(BOB_ID, "!lightbulb")).hasSize(1);
    }

    @Test
    void aPrefixCommandInAReplyToTheBotIsServed() {
        bot.says(ALICE_ID, GENERAL_ID, "<@" + BOT_ID + "> lightbulb");
        long botsAnswer = bot.lastMessageOf(BOT_ID, GENERAL_ID);

        assertThat(bot.replies(BOB_ID, GENERAL_ID, botsAnswer, "!lightbulb")).hasSize(1);
    }
}
