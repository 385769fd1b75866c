package dev.cogbot.plugins.jokes;

import static dev.cogbot.plugins.jokes.KnockKnockTranscript.setupIn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.Cog;
import dev.cogbot.api.Context;
import dev.cogbot.testkit.TestBot;
import dev.cogbot.testkit.TestUser;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JokeCountTest {

    private static final String JOKES_TOLD = "told";

    private final Blocker blocker = new Blocker();
    private final TestBot bot = TestBot.builder()
            .plugin("jokes", new JokesCog())
            .plugin("blocker", blocker)
            .build();
    private final TestUser alice = bot.user("alice");

    @AfterEach
    void closeBot() {
        bot.close();
    }

    @Test
    void startsAtZero() {
        assertThat(told()).isZero();
    }

    @Test
    void countsAKnockKnockToldToTheEnd() {
        tellAKnockKnock();

        assertThat(told()).isEqualTo(1);
    }

    @Test
    void countsAKnockKnockOnlyOnceItHasLaughed() {
        alice.says("!knock_knock");
        String setup = setupIn(alice.says("Who's there?"));
        alice.says(setup + " who?");

        assertThat(told()).isZero();
        bot.advance(Duration.ofSeconds(5));
        assertThat(told()).isEqualTo(1);
    }

    @Test
    void countsALightbulbJoke() {
        alice.says("!lightbulb");

        assertThat(told()).isEqualTo(1);
    }

    @Test
    void countsEveryJokeTold() {
        tellAKnockKnock();
        alice.says("!lightbulb");
        alice.says("!lightbulb");

        assertThat(told()).isEqualTo(3);
    }

    @Test
    void addsToACountThatWasAlreadyThere() {
        bot.sharedStore("jokes").add(JOKES_TOLD, 41);

        alice.says("!lightbulb");

        assertThat(told()).isEqualTo(42);
    }

    @Test
    void doesNotCountAKnockKnockAbandonedAtWhosThere() {
        alice.says("!knock_knock");
        bot.advance(Duration.ofSeconds(60));

        assertThat(told()).isZero();
    }

    @Test
    void doesNotCountAKnockKnockAbandonedAtTheSetup() {
        alice.says("!knock_knock");
        alice.says("Who's there?");
        bot.advance(Duration.ofSeconds(60));

        assertThat(told()).isZero();
    }

    @Test
    void blockedKnockKnockGetsAMutedReaction() {
        blocker.blocking = true;

        assertThat(alice.says("!knock_knock")).containsExactly("cogbot reacted 🔇 to " + alice.lastMessageId());
        assertThat(bot.reactionsOn(alice.lastMessageId())).containsExactly("🔇");
    }

    @Test
    void blockedKnockKnockIsNotCounted() {
        blocker.blocking = true;

        alice.says("!knock_knock");

        assertThat(told()).isZero();
    }

    @Test
    void blockedKnockKnockDoesNotWaitForWhosThere() {
        blocker.blocking = true;
        alice.says("!knock_knock");
        blocker.blocking = false;

        assertThat(alice.says("Who's there?")).isEmpty();
        assertThat(bot.advance(Duration.ofSeconds(60))).isEmpty();
    }

    @Test
    void blockedLightbulbStaysSilentAndIsNotCounted() {
        blocker.blocking = true;

        assertThat(alice.says("!lightbulb")).isEmpty();
        assertThat(told()).isZero();
    }

    @Test
    void countsAgainOnceNoLongerBlocked() {
        blocker.blocking = true;
        alice.says("!knock_knock");
        blocker.blocking = false;

        tellAKnockKnock();

        assertThat(told()).isEqualTo(1);
    }

    private void tellAKnockKnock() {
        alice.says("!knock_knock");
        String setup = setupIn(alice.says("Who's there?"));
        alice.says(setup + " who?");
        bot.advance(Duration.ofSeconds(5));
    }

    private long told() {
        return bot.sharedStore("jokes").counter(JOKES_TOLD);
    }

    /** Stands in for the hush plugin: a bot-wide check that can say no to every command. */
    private static final class Blocker implements Cog {
        volatile boolean blocking;

        @Override
        public boolean botCheck(Context ctx) {
            return !blocking;
        }
    }
}
