package dev.cogbot.e2e.discord;

import static dev.cogbot.discordfake.FakeDiscordConfig.ALICE_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.BOB_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.GENERAL_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.discordfake.Recorded;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tutorial's scenarios, through the real JDA transport and the real plugin JARs, on a local Discord. */
class TutorialOnDiscordTest {

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
    void lightbulbTellsAJoke() {
        assertThat(bot.says(ALICE_ID, GENERAL_ID, "!lightbulb")).singleElement().asString()
                .startsWith("cogbot: ").containsIgnoringCase("light");
    }

    @Test
    void knockKnockIsAConversationEndingInTypingAndLaughter() {
        assertThat(bot.says(ALICE_ID, GENERAL_ID, "!knock_knock")).containsExactly("cogbot: Knock knock!");
        String setup = botSaid(bot.says(ALICE_ID, GENERAL_ID, "Who's there?"));
        List<String> punchline = bot.says(ALICE_ID, GENERAL_ID, setup.replace(".", "") + " who?");
        assertThat(punchline).hasSize(2).last().isEqualTo("typing");
        assertThat(bot.advance(Duration.ofSeconds(5))).containsExactly("cogbot: lmao");
    }

    @Test
    void aSilentUserGetsTheTimeoutReplyAfterSixtySeconds() {
        bot.says(ALICE_ID, GENERAL_ID, "!knock_knock");
        assertThat(bot.advance(Duration.ofSeconds(59))).isEmpty();
        assertThat(bot.advance(Duration.ofSeconds(1)))
                .containsExactly("cogbot: Well, if you aren't talking, I'm not listening.");
    }

    @Test
    void anotherUserTalkingDuringAConversationIsIgnored() {
        bot.says(ALICE_ID, GENERAL_ID, "!knock_knock");
        assertThat(bot.says(BOB_ID, GENERAL_ID, "who's there?")).isEmpty();
        assertThat(bot.says(ALICE_ID, GENERAL_ID, "who's there?")).singleElement().asString().startsWith("cogbot: ");
    }

    @Test
    void hushReactsBlocksEveryCommandAndUnreactsAfterFiveMinutes() {
        bot.says(ALICE_ID, GENERAL_ID, "!hush");
        long hush = bot.lastMessageOf(ALICE_ID, GENERAL_ID);
        assertThat(bot.discord().reactions()).anyMatch(r -> r.messageId() == hush && r.emoji().equals("🔇"));

        assertThat(bot.says(BOB_ID, GENERAL_ID, "!lightbulb")).isEmpty();
        assertThat(bot.says(BOB_ID, GENERAL_ID, "!knock_knock"))
                .containsExactly("reacted 🔇 to " + bot.lastMessageOf(BOB_ID, GENERAL_ID));

        assertThat(bot.advance(Duration.ofMinutes(5))).containsExactly("removed 🔇 from " + hush);
        assertThat(bot.says(BOB_ID, GENERAL_ID, "!lightbulb")).hasSize(1);
    }

    @Test
    void thePresenceCountsTheJokesTold() {
        bot.says(ALICE_ID, GENERAL_ID, "!lightbulb");
        bot.says(BOB_ID, GENERAL_ID, "!lightbulb");
        bot.advance(Duration.ofMinutes(1));
        // JDA sends presence over the gateway on its own thread: wait for the server to see it
        var update = bot.discord().await(Recorded.PresenceUpdate.class,
                p -> p.presence().activities().stream().anyMatch(a -> a.name().equals("Jokes told: 2")),
                DiscordSession.PATIENCE);
        assertThat(update.presence().activities().getFirst().type()).isZero();
    }

    @Test
    void directMessagesAreAnsweredInTheDirectMessage() {
        assertThat(bot.saysInDm(ALICE_ID, "!lightbulb")).singleElement().asString().containsIgnoringCase("light");
        long dm = bot.discord().dmChannelOf(ALICE_ID).orElseThrow();
        assertThat(bot.discord().messagesSentIn(dm)).hasSize(1);
    }

    @Test
    void theApplicationOwnerIsAnOwnerAndOthersAreRefused() {
        assertThat(bot.says(ALICE_ID, GENERAL_ID, "!plugins")).singleElement().asString().contains("jokes");
        assertThat(bot.says(BOB_ID, GENERAL_ID, "!plugins"))
                .containsExactly("cogbot: Only the bot's owners can use !plugins.");
    }

    @Test
    void commandsAppearAndDisappearAsPluginsAreLoadedAndUnloadedWhileConnected() {
        bot.app().plugins().unload("jokes", false);
        assertThat(bot.says(ALICE_ID, GENERAL_ID, "!lightbulb")).singleElement().asString().contains("I don't know !lightbulb");
        bot.app().plugins().load("jokes");
        assertThat(bot.says(ALICE_ID, GENERAL_ID, "!lightbulb")).singleElement().asString().containsIgnoringCase("light");
    }


    private static String botSaid(List<String> lines) {
        return lines.stream().filter(l -> l.startsWith("cogbot: ")).reduce((a, b) -> b).orElseThrow()
                .substring("cogbot: ".length());
    }
}
