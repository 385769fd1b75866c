package dev.cogbot.e2e.discord;

import static dev.cogbot.discordfake.FakeDiscordConfig.ALICE_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.BOB_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.GENERAL_ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who the bundled remind plugin reminds, through the real JDA transport on a local Discord: a member
 * found by mention or id as the network knows them, or {@code me}; an unknown member and anyone but
 * {@code me} in a DM are answered in one line. (By name on the console: {@code DurableTimersOfRealPluginsTest}.)
 */
class RemindMembersOnDiscordTest {

    private static final String USAGE = " Usage: !remind <me|member> <when> <text> | cancel <n>";

    @TempDir
    Path home;

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
    void aMemberFoundByMentionIsRemindedInTheChannel() {
        assertThat(bot.says(ALICE_ID, GENERAL_ID, "!remind <@" + BOB_ID + "> 10m stand-up"))
                .containsExactly("cogbot: I'll remind <@" + BOB_ID + "> in 10m.");

        String reminder = "<@" + BOB_ID + ">, alice asked me to remind you: stand-up";
        assertThat(bot.advance(Duration.ofMinutes(10))).containsExactly("cogbot: " + reminder);
        assertThat(bot.discord().messagesSentIn(GENERAL_ID)).last().isEqualTo(reminder);
    }

    @Test
    void aMemberIsFoundByTheNicknameMention() {
        assertThat(bot.says(ALICE_ID, GENERAL_ID, "!remind <@!" + BOB_ID + "> 10m stand-up"))
                .containsExactly("cogbot: I'll remind <@" + BOB_ID + "> in 10m.");
    }

    @Test
    void aMemberIsFoundById() {
        assertThat(bot.says(ALICE_ID, GENERAL_ID, "!remind " + BOB_ID + " 10m stand-up"))
                .containsExactly("cogbot: I'll remind <@" + BOB_ID + "> in 10m.");
    }

    @Test
    void meIsWhoAsked() {
        assertThat(bot.says(ALICE_ID, GENERAL_ID, "!remind me 10m tea")).containsExactly("cogbot: I'll remind you in 10m.");

        assertThat(bot.advance(Duration.ofMinutes(10)))
                .containsExactly("cogbot: <@" + ALICE_ID + ">, you asked me to remind you: tea");
    }

    @Test
    void anUnknownMemberIsAnsweredInOneLineAndNothingIsSet() {
        assertThat(bot.says(ALICE_ID, GENERAL_ID, "!remind zed 10m tea")).containsExactly(
                "cogbot: <who>: no member 'zed' in this server; mention them, or give their id or name." + USAGE);
        assertThat(bot.says(ALICE_ID, GENERAL_ID, "!reminders"))
                .containsExactly("cogbot: You have no reminders. !remind me 10m tea sets one.");
    }

    @Test
    void inADmMeIsRemindedThere() {
        assertThat(bot.saysInDm(BOB_ID, "!remind me 10m tea")).containsExactly("cogbot: I'll remind you in 10m.");

        String reminder = "<@" + BOB_ID + ">, you asked me to remind you: tea";
        assertThat(bot.advance(Duration.ofMinutes(10))).containsExactly("cogbot: " + reminder);
        long dm = bot.discord().dmChannelOf(BOB_ID).orElseThrow();
        assertThat(bot.discord().messagesSentIn(dm)).last().isEqualTo(reminder);
    }

    @Test
    void inADmOnlyMeWorks() {
        assertThat(bot.saysInDm(BOB_ID, "!remind alice 10m tea")).containsExactly(
                "cogbot: <who>: in a DM only 'me' works, e.g. !remind me 10m tea; remind a member in your server."
                        + USAGE);
    }
}
