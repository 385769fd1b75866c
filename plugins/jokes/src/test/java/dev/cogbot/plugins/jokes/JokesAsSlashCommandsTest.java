package dev.cogbot.plugins.jokes;

import static dev.cogbot.plugins.jokes.KnockKnockTranscript.punchlineLineFor;
import static dev.cogbot.plugins.jokes.KnockKnockTranscript.setupIn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.Cog;
import dev.cogbot.api.Context;
import dev.cogbot.testkit.TestBot;
import dev.cogbot.testkit.TestInteraction;
import dev.cogbot.testkit.TestUser;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The tutorial's jokes, told as slash commands: the conversation then goes on in the channel. */
class JokesAsSlashCommandsTest {

    /** Stands in for the hush plugin: a bot-wide check that says no. */
    static final class Hushed implements Cog {
        @Override
        public boolean botCheck(Context ctx) {
            return false;
        }
    }

    private final TestBot bot = TestBot.builder().plugin("jokes", new JokesCog()).build();
    private final TestUser alice = bot.user("alice");

    @AfterEach
    void closeBot() {
        bot.close();
    }

    @Test
    void knockKnockStartsAsASlashCommandAndGoesOnInTheChannel() {
        TestInteraction knock = alice.slash("/knock_knock");
        assertThat(knock.response().text()).isEqualTo("Knock knock!");

        String setup = setupIn(alice.says("Who's there?"));
        assertThat(alice.says(setup + " who?")).containsExactly(punchlineLineFor(setup), "cogbot is typing…");
        assertThat(bot.advance(Duration.ofSeconds(5))).containsExactly("cogbot: lmao");
    }

    @Test
    void lightbulbAnswersWithAJokeEveryoneSees() {
        TestInteraction lightbulb = alice.slash("/lightbulb");

        assertThat(JokeBook.LIGHTBULB).contains(lightbulb.response().text());
        assertThat(lightbulb.response().ephemeral()).isFalse();
    }

    @Test
    void aHushedLightbulbIsAnsweredPrivately() {
        bot.load("hush", new Hushed());

        TestInteraction lightbulb = alice.slash("/lightbulb");

        assertThat(lightbulb.response().ephemeral()).isTrue();
        assertThat(lightbulb.response().text()).isEqualTo("/lightbulb is not available here right now.");
    }

    @Test
    void aHushedKnockKnockAnswersWithItsMutedReaction() {
        bot.load("hush", new Hushed());

        // the plugin's own error handler reacts 🔇; with no response to react to, the emoji is the answer
        assertThat(alice.slash("/knock_knock").response().text()).isEqualTo("🔇");
    }
}
