package dev.cogbot.e2e.discord;

import static dev.cogbot.discordfake.FakeDiscordConfig.ALICE_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.BOB_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.GENERAL_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.discordfake.FakeDiscord;
import dev.cogbot.discordfake.Recorded;
import dev.cogbot.discordfake.RouteMatcher;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled remind plugin through the real JDA transport: a reminder set before the bot restarts
 * is said after it, in the channel it was asked in, pinging who it is for; one that came due while
 * the bot was down is said once the bot has connected again.
 */
class RemindAcrossRestartOnDiscordTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

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

    private String storeUrl() {
        return "jdbc:h2:file:" + store.resolve("cogbot") + ";AUTO_SERVER=FALSE";
    }

    @Test
    void aReminderSetBeforeARestartIsSaidAfterItInItsChannel() {
        bot = DiscordSession.restartable(first, discord, storeUrl(), START);
        assertThat(bot.says(ALICE_ID, GENERAL_ID, "!remind <@" + BOB_ID + "> 10m stand-up"))
                .containsExactly("cogbot: I'll remind <@" + BOB_ID + "> in 10m.");
        bot.close();

        bot = DiscordSession.restartable(second, discord, storeUrl(), START.plus(Duration.ofMinutes(1)));
        assertThat(bot.advance(Duration.ofMinutes(8))).isEmpty();

        String reminder = "<@" + BOB_ID + ">, alice asked me to remind you: stand-up";
        assertThat(bot.advance(Duration.ofMinutes(1))).containsExactly("cogbot: " + reminder);
        assertThat(discord.messagesSentIn(GENERAL_ID)).last().isEqualTo(reminder);
    }

    @Test
    void aReminderAskedInADmBeforeARestartIsSaidInThatDmAfterIt() {
        bot = DiscordSession.restartable(first, discord, storeUrl(), START);
        assertThat(bot.saysInDm(ALICE_ID, "!remind me 10m tea")).containsExactly("cogbot: I'll remind you in 10m.");
        long dm = discord.dmChannelOf(ALICE_ID).orElseThrow();
        bot.close();

        // the new session has no DM in JDA's cache: it opens the DM with alice again
        bot = DiscordSession.restartable(second, discord, storeUrl(), START.plus(Duration.ofMinutes(1)));
        bot.advance(Duration.ofMinutes(9));

        String reminder = "<@" + ALICE_ID + ">, you asked me to remind you: tea";
        Recorded.MessageSent said = discord.await(Recorded.MessageSent.class, m -> m.content().equals(reminder),
                DiscordSession.PATIENCE);
        assertThat(said.channelId()).isEqualTo(dm);
        assertThat(discord.dmChannelOf(ALICE_ID)).contains(dm);
    }

    @Test
    void aDmReminderForAUserWhoNoLongerTakesDmsIsDroppedAndTheBotKeepsWorking() {
        bot = DiscordSession.restartable(first, discord, storeUrl(), START);
        bot.saysInDm(ALICE_ID, "!remind me 10m tea");
        long dm = discord.dmChannelOf(ALICE_ID).orElseThrow();
        bot.close();

        bot = DiscordSession.restartable(second, discord, storeUrl(), START.plus(Duration.ofMinutes(1)));
        discord.failNextWith(RouteMatcher.sendMessage(dm), 403, 50007, "Cannot send messages to this user");
        bot.advance(Duration.ofMinutes(9));

        discord.await(Recorded.RestCall.class, c -> c.status() == 403, DiscordSession.PATIENCE);
        assertThat(discord.messagesSentIn(dm)).doesNotContain("<@" + ALICE_ID + ">, you asked me to remind you: tea");
        assertThat(bot.says(BOB_ID, GENERAL_ID, "!remind me 10m cake")).containsExactly("cogbot: I'll remind you in 10m.");
    }

    @Test
    void aReminderThatCameDueWhileTheBotWasDownIsSaidOnceItIsConnected() {
        bot = DiscordSession.restartable(first, discord, storeUrl(), START);
        bot.says(ALICE_ID, GENERAL_ID, "!remind me 10m tea");
        bot.close();

        bot = DiscordSession.restartable(second, discord, storeUrl(), START.plus(Duration.ofHours(1)));

        String reminder = "<@" + ALICE_ID + ">, you asked me to remind you: tea";
        Recorded.MessageSent said = discord.await(Recorded.MessageSent.class, m -> m.content().equals(reminder),
                DiscordSession.PATIENCE);
        assertThat(said.channelId()).isEqualTo(GENERAL_ID);
        assertThat(discord.messagesSentIn(GENERAL_ID)).filteredOn(reminder::equals).hasSize(1);
    }
}
