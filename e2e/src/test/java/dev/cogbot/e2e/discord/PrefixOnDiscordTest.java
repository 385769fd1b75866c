package dev.cogbot.e2e.discord;

import static dev.cogbot.discordfake.FakeDiscordConfig.ALICE_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.BOB_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.BOT_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.CAROL_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.GENERAL_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.LOBBY_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.discordfake.FakeDiscordConfig;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server's own prefix and the mention prefix, through the real JDA transport on a local Discord
 * with two servers: alice owns {@code Cog Test Guild} ({@code #general}), where bob is a plain
 * member; carol is a plain member of {@code Second Cog Guild} ({@code #lobby}).
 */
class PrefixOnDiscordTest {

    private static final String MENTION = "<@" + BOT_ID + ">";

    @TempDir
    Path home;

    private DiscordSession bot;

    @BeforeEach
    void connect() {
        bot = DiscordSession.on(home, FakeDiscordConfig.twoGuilds().toBuilder().recommendedShards(1).build(), Map.of());
    }

    @AfterEach
    void disconnect() {
        bot.close();
    }

    @Test
    void aServersOwnerChangesThePrefixInTheirServerOnly() {
        assertThat(bot.says(ALICE_ID, GENERAL_ID, "!prefix ?")).containsExactly(
                "cogbot: The prefix in Cog Test Guild is now ?. Mentioning me works too.");

        assertThat(bot.says(BOB_ID, GENERAL_ID, "?lightbulb")).hasSize(1);
        assertThat(bot.says(BOB_ID, GENERAL_ID, "!lightbulb")).isEmpty();
        assertThat(bot.says(CAROL_ID, LOBBY_ID, "!lightbulb")).hasSize(1);
        assertThat(bot.says(CAROL_ID, LOBBY_ID, "?lightbulb")).isEmpty();
        assertThat(bot.says(CAROL_ID, LOBBY_ID, "!prefix")).containsExactly(
                "cogbot: The prefix here is !. Mentioning me works too.");
    }

    @Test
    void aPlainMemberCannotChangeThePrefix() {
        assertThat(bot.says(BOB_ID, GENERAL_ID, "!prefix ?")).containsExactly(
                "cogbot: Only members with the Manage Server permission (or the bot's owners) can change the prefix.");
        assertThat(bot.says(BOB_ID, GENERAL_ID, "!lightbulb")).hasSize(1);
    }

    @Test
    void mentioningTheBotWorksAsAPrefixInAServer() {
        assertThat(bot.says(BOB_ID, GENERAL_ID, MENTION + " prefix")).containsExactly(
                "cogbot: The prefix here is !. Mentioning me works too.");
    }

    @Test
    void theNicknameFormOfTheMentionWorksToo() {
        assertThat(bot.says(BOB_ID, GENERAL_ID, "<@!" + BOT_ID + "> lightbulb")).hasSize(1);
    }

    @Test
    void mentioningTheBotStillWorksAfterTheServerChangedItsPrefix() {
        bot.says(ALICE_ID, GENERAL_ID, "!prefix ?");

        assertThat(bot.says(BOB_ID, GENERAL_ID, MENTION + " prefix")).containsExactly(
                "cogbot: The prefix here is ?. Mentioning me works too.");
    }

    @Test
    void mentioningTheBotWorksAsAPrefixInADm() {
        assertThat(bot.saysInDm(BOB_ID, MENTION + " lightbulb")).hasSize(1);
    }
}
