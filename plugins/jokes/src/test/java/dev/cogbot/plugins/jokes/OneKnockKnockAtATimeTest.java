package dev.cogbot.plugins.jokes;

import static dev.cogbot.plugins.jokes.KnockKnockTranscript.punchlineLineFor;
import static dev.cogbot.plugins.jokes.KnockKnockTranscript.setupIn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.testkit.TestBot;
import dev.cogbot.testkit.TestUser;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A member has at most one knock-knock waiting for them in a channel. */
class OneKnockKnockAtATimeTest {

    private static final String KNOCK_KNOCK = "cogbot: Knock knock!";
    private static final String ONE_AT_A_TIME =
            "cogbot: One at a time: I'm still waiting for your answer to my last knock-knock.";

    private final TestBot bot = TestBot.builder().plugin("jokes", new JokesCog()).build();
    private final TestUser alice = bot.user("alice");

    @AfterEach
    void closeBot() {
        bot.close();
    }

    @Test
    void aSecondKnockKnockWhileTheFirstWaitsGetsAShortAnswer() {
        alice.says("!knock_knock");

        assertThat(alice.says("!knock_knock")).containsExactly(ONE_AT_A_TIME);
    }

    @Test
    void aFloodOfKnockKnocksKeepsOneConversationOpen() {
        for (int i = 0; i < 20; i++) {
            alice.says("!kk");
        }

        assertThat(bot.runtime().pendingWaits()).isEqualTo(1);
        assertThat(bot.transcript()).filteredOn(KNOCK_KNOCK::equals).hasSize(1);
    }

    @Test
    void aFloodOfKnockKnocksIsAnsweredOnceNotLineForLine() {
        for (int i = 0; i < 20; i++) {
            alice.says("!kk");
        }

        assertThat(bot.transcript()).containsExactly(KNOCK_KNOCK, ONE_AT_A_TIME);
    }

    @Test
    void aMemberIsToldOneAtATimeAgainForTheirNextJoke() {
        alice.says("!knock_knock");
        alice.says("!knock_knock");
        bot.advance(Duration.ofSeconds(60));
        alice.says("!knock_knock");

        assertThat(alice.says("!knock_knock")).containsExactly(ONE_AT_A_TIME);
    }

    @Test
    void theWaitingJokeCarriesOnUndisturbedByTheRefusedOne() {
        alice.says("!knock_knock");
        alice.says("!knock");

        String setup = setupIn(alice.says("Who's there?"));
        assertThat(alice.says(setup + " who?")).startsWith(punchlineLineFor(setup));
    }

    @Test
    void aRefusedKnockKnockIsNotCountedAsAJokeTold() {
        alice.says("!knock_knock");
        alice.says("!knock_knock");
        String setup = setupIn(alice.says("Who's there?"));
        alice.says(setup + " who?");
        bot.advance(Duration.ofSeconds(5));

        assertThat(bot.sharedStore(JokesCog.SHARED_STORE).counter(JokesCog.JOKES_TOLD)).isEqualTo(1);
    }

    @Test
    void theNextKnockKnockIsWelcomeOnceThePunchlineIsOut() {
        alice.says("!knock_knock");
        String setup = setupIn(alice.says("Who's there?"));
        alice.says(setup + " who?");

        assertThat(alice.says("!knock_knock")).containsExactly(KNOCK_KNOCK);
    }

    @Test
    void theNextKnockKnockIsWelcomeOnceTheFirstTimedOut() {
        alice.says("!knock_knock");
        bot.advance(Duration.ofSeconds(60));

        assertThat(alice.says("!knock_knock")).containsExactly(KNOCK_KNOCK);
    }

    @Test
    void theSameMemberMayHaveOneInAnotherChannel() {
        alice.says("!knock_knock");

        assertThat(alice.in("random").says("!knock_knock")).containsExactly(KNOCK_KNOCK);
    }

    @Test
    void anotherMemberMayHaveOneInTheSameChannel() {
        alice.says("!knock_knock");

        assertThat(bot.user("bob").says("!knock_knock")).containsExactly(KNOCK_KNOCK);
    }

    @Test
    void aReloadedJokesPluginHasNoJokeWaiting() {
        alice.says("!knock_knock");
        bot.unload("jokes");
        bot.load("jokes", new JokesCog());

        assertThat(alice.says("!knock_knock")).containsExactly(KNOCK_KNOCK);
    }

    @Test
    void theSameCogLoadedAgainAfterAnUnloadHasNoJokeWaiting() {
        JokesCog cog = new JokesCog();
        try (TestBot other = TestBot.builder().plugin("jokes", cog).build()) {
            other.user("alice").says("!knock_knock");
            other.unload("jokes");
            other.load("jokes", cog);

            assertThat(other.user("alice").says("!knock_knock")).containsExactly(KNOCK_KNOCK);
        }
    }
}
