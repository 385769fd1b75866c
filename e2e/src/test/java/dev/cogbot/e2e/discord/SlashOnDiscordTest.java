package dev.cogbot.e2e.discord;

import static dev.cogbot.discordfake.FakeDiscordConfig.ALICE_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.BOB_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.GENERAL_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.discordfake.FakeInteraction;
import dev.cogbot.discordfake.FakeInteraction.ResponseMessage;
import dev.cogbot.discordfake.Recorded;
import dev.cogbot.runtime.slash.CommandSync;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tutorial's scenarios as slash commands, through the real JDA transport and the real plugin
 * JARs, on a local Discord: the same jokes, conversation, hush, count and reminder as the prefix
 * commands give, each answered as Discord wants an interaction answered.
 */
class SlashOnDiscordTest {

    @TempDir
    Path home;

    private DiscordSession bot;

    @BeforeEach
    void connectAndRegisterTheCommands() {
        bot = new DiscordSession(home);
        // the bot registers its commands once nothing has changed for the quiet period on its clock
        bot.advance(CommandSync.QUIET);
    }

    @AfterEach
    void disconnect() {
        bot.close();
    }

    @Test
    void lightbulbTellsAJokeAsTheAnswer() {
        FakeInteraction run = bot.runs(ALICE_ID, GENERAL_ID, "lightbulb", Map.of());

        assertThat(run.callbackType()).hasValue(4);
        assertThat(run.original()).hasValueSatisfying(answer -> {
            assertThat(answer.content()).containsIgnoringCase("light");
            assertThat(answer.ephemeral()).isFalse();
        });
    }

    @Test
    void knockKnockContinuesInTheChannelWithTheUsersMessages() {
        FakeInteraction run = bot.runs(ALICE_ID, GENERAL_ID, "knock_knock", Map.of());
        assertThat(run.original()).map(ResponseMessage::content).hasValue("Knock knock!");
        bot.newLines();

        String setup = botSaid(bot.says(ALICE_ID, GENERAL_ID, "Who's there?"));
        List<String> punchline = bot.says(ALICE_ID, GENERAL_ID, setup.replace(".", "") + " who?");
        assertThat(punchline).hasSize(2).last().isEqualTo("typing");
        assertThat(bot.advance(Duration.ofSeconds(5))).containsExactly("cogbot: lmao");
        assertThat(run.followUps()).extracting(ResponseMessage::content)
                .containsExactly(setup, botSaid(punchline), "lmao");
    }

    @Test
    void aSilentKnockKnockGetsTheTimeoutReplyAfterSixtySeconds() {
        FakeInteraction run = bot.runs(ALICE_ID, GENERAL_ID, "knock_knock", Map.of());
        bot.newLines();

        assertThat(bot.advance(Duration.ofSeconds(59))).isEmpty();
        assertThat(bot.advance(Duration.ofSeconds(1)))
                .containsExactly("cogbot: Well, if you aren't talking, I'm not listening.");
        assertThat(run.followUps()).extracting(ResponseMessage::content)
                .containsExactly("Well, if you aren't talking, I'm not listening.");
    }

    @Test
    void hushAnswersWithTheMutedEmojiForEveryoneToSee() {
        FakeInteraction hush = bot.runs(ALICE_ID, GENERAL_ID, "hush", Map.of());

        assertThat(hush.original()).hasValueSatisfying(answer -> {
            assertThat(answer.content()).isEqualTo("🔇");
            assertThat(answer.ephemeral()).isFalse();
        });
    }

    @Test
    void aHushedLightbulbIsAnsweredPrivately() {
        bot.runs(ALICE_ID, GENERAL_ID, "hush", Map.of());

        FakeInteraction lightbulb = bot.runs(BOB_ID, GENERAL_ID, "lightbulb", Map.of());

        assertThat(lightbulb.callbackType()).hasValue(4);
        assertThat(lightbulb.original()).hasValueSatisfying(answer -> {
            assertThat(answer.flags() & 64).isEqualTo(64);
            assertThat(answer.content()).isEqualTo("/lightbulb is not available here right now.");
        });
    }

    @Test
    void aHushedKnockKnockIsAnsweredWithTheMutedEmojiItsErrorHandlerReactsWith() {
        bot.runs(ALICE_ID, GENERAL_ID, "hush", Map.of());

        FakeInteraction knock = bot.runs(BOB_ID, GENERAL_ID, "knock_knock", Map.of());

        // the prefix version reacts 🔇 to the command; a slash command has no message, so the emoji is the answer
        assertThat(knock.original()).map(ResponseMessage::content).hasValue("🔇");
    }

    @Test
    void aLightbulbHushedWithThePrefixCommandIsAnsweredPrivately() {
        bot.says(ALICE_ID, GENERAL_ID, "!hush");

        FakeInteraction lightbulb = bot.runs(BOB_ID, GENERAL_ID, "lightbulb", Map.of());

        assertThat(lightbulb.callbackType()).hasValue(4);
        assertThat(lightbulb.original()).hasValueSatisfying(answer -> assertThat(answer.ephemeral()).isTrue());
    }

    @Test
    void theHushEndsAfterFiveMinutesAndJokesAreForEveryoneAgain() {
        bot.runs(ALICE_ID, GENERAL_ID, "hush", Map.of());
        bot.advance(Duration.ofMinutes(5));

        FakeInteraction lightbulb = bot.runs(BOB_ID, GENERAL_ID, "lightbulb", Map.of());

        assertThat(lightbulb.original()).hasValueSatisfying(answer -> {
            assertThat(answer.ephemeral()).isFalse();
            assertThat(answer.content()).containsIgnoringCase("light");
        });
    }

    @Test
    void jokesToldCountsTheJokesToldBySlashCommand() {
        assertThat(bot.runs(BOB_ID, GENERAL_ID, "jokes_told", Map.of()).original()).map(ResponseMessage::content)
                .hasValue("No jokes told yet. Try a knock-knock!");
        bot.runs(ALICE_ID, GENERAL_ID, "lightbulb", Map.of());
        bot.says(BOB_ID, GENERAL_ID, "!lightbulb");

        assertThat(bot.runs(BOB_ID, GENERAL_ID, "jokes_told", Map.of()).original()).map(ResponseMessage::content)
                .hasValue("I've told 2 jokes.");
    }

    @Test
    void thePresenceCountsTheJokesToldBySlashCommand() {
        bot.runs(ALICE_ID, GENERAL_ID, "lightbulb", Map.of());
        bot.advance(Duration.ofMinutes(1));

        bot.discord().await(Recorded.PresenceUpdate.class,
                p -> p.presence().activities().stream().anyMatch(a -> a.name().equals("Jokes told: 1")),
                DiscordSession.PATIENCE);
    }

    @Test
    void remindAnswersThenSaysTheReminderInTheChannel() {
        FakeInteraction remind = bot.runs(ALICE_ID, GENERAL_ID, "remind",
                Map.of("who", "me", "when", "10m", "text", "tea"));
        assertThat(remind.original()).map(ResponseMessage::content).hasValue("I'll remind you in 10m.");
        bot.newLines();

        assertThat(bot.advance(Duration.ofMinutes(10)))
                .containsExactly("cogbot: <@" + ALICE_ID + ">, you asked me to remind you: tea");
    }

    @Test
    void aSlowCommandIsDeferredAndItsAnswerReplacesTheThinking() {
        bot.install("slow", new SlowCog());
        bot.advance(CommandSync.QUIET);
        FakeInteraction slow = bot.runs(ALICE_ID, GENERAL_ID, "slow", Map.of());
        assertThat(slow.callbackType()).isEmpty();

        bot.advance(Duration.ofSeconds(2));
        assertThat(slow.callbackType()).hasValue(5);
        assertThat(slow.original()).hasValueSatisfying(thinking -> assertThat(thinking.loading()).isTrue());

        // past Discord's three seconds for a first answer: the deferral made the edit the answer
        bot.discord().advanceTime(Duration.ofSeconds(4));
        bot.advance(SlowCog.TAKES.minusSeconds(2));
        assertThat(slow.original()).hasValueSatisfying(answer -> {
            assertThat(answer.content()).isEqualTo("done at last");
            assertThat(answer.loading()).isFalse();
        });
        assertThat(slow.messageEvents()).extracting(Recorded.InteractionMessage::kind)
                .containsExactly(Recorded.InteractionMessage.Kind.ORIGINAL, Recorded.InteractionMessage.Kind.EDITED);
        assertThat(slow.followUps()).isEmpty();
    }

    private static String botSaid(List<String> lines) {
        return lines.stream().filter(l -> l.startsWith("cogbot: ")).reduce((a, b) -> b).orElseThrow()
                .substring("cogbot: ".length());
    }
}
