package dev.cogbot.plugins.jokes;

import static dev.cogbot.plugins.jokes.KnockKnockTranscript.punchlineLineFor;
import static dev.cogbot.plugins.jokes.KnockKnockTranscript.setupIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import dev.cogbot.testkit.TestBot;
import dev.cogbot.testkit.TestUser;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KnockKnockConversationTest {

    private static final String WHO_IS_THERE = "cogbot: Knock knock!";
    private static final String LAUGH = "cogbot: lmao";
    private static final String TYPING = "cogbot is typing…";

    private final TestBot bot = TestBot.builder().plugin("jokes", new JokesCog()).build();
    private final TestUser alice = bot.user("alice");
    private final TestUser bob = bot.user("bob");

    @AfterEach
    void closeBot() {
        bot.close();
    }

    @Test
    void tellsTheWholeKnockKnockJokeAndLaughsAtItFiveSecondsLater() {
        assertThat(alice.says("!knock_knock")).containsExactly(WHO_IS_THERE);
        String setup = setupIn(alice.says("Who's there?"));
        assertThat(alice.says(setup + " who?")).containsExactly(punchlineLineFor(setup), TYPING);
        assertThat(bot.advance(Duration.ofSeconds(5))).containsExactly(LAUGH);
    }

    @Test
    void doesNotLaughBeforeTheFiveSecondsAreUp() {
        String setup = knockKnockUpToTheSetup(alice);
        alice.says(setup + " who?");

        assertThat(bot.advance(Duration.ofMillis(4_900))).isEmpty();
        assertThat(bot.advance(Duration.ofMillis(100))).containsExactly(LAUGH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Who's there?", "WHOS THERE", "who is there!!", "Who’s there?", "whose there"})
    void acceptsTheWaysPeopleTypeWhosThere(String reply) {
        alice.says("!knock_knock");

        setupIn(alice.says(reply));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{Setup} who?", "{SETUP} WHO", "{setup} who!!", "{Setup}, who?", "  {setup}   who ?"})
    void acceptsTheWaysPeopleTypeTheSetupFollowedByWho(String template) {
        String setup = knockKnockUpToTheSetup(alice);
        String reply = template.replace("{Setup}", setup)
                .replace("{SETUP}", setup.toUpperCase(Locale.ROOT))
                .replace("{setup}", setup.toLowerCase(Locale.ROOT));

        assertThat(alice.says(reply)).containsExactly(punchlineLineFor(setup), TYPING);
    }

    @Test
    void ignoresUnrelatedMessagesWhileWaitingForWhosThere() {
        alice.says("!knock_knock");

        assertThat(alice.says("hang on, my tea is ready")).isEmpty();
        assertThat(alice.says("who?")).isEmpty();
        setupIn(alice.says("who's there?"));
    }

    @Test
    void ignoresUnrelatedMessagesWhileWaitingForTheSetupWho() {
        String setup = knockKnockUpToTheSetup(alice);

        assertThat(alice.says("who's there?")).isEmpty();
        assertThat(alice.says("somebody else who?")).isEmpty();
        assertThat(alice.says(setup + " who?")).containsExactly(punchlineLineFor(setup), TYPING);
    }

    @Test
    void anotherUsersWhosThereDoesNotMoveTheJokeOn() {
        alice.says("!knock_knock");

        assertThat(bob.says("Who's there?")).isEmpty();
        setupIn(alice.says("Who's there?"));
    }

    @Test
    void anotherUsersSetupWhoDoesNotMoveTheJokeOn() {
        String setup = knockKnockUpToTheSetup(alice);

        assertThat(bob.says(setup + " who?")).isEmpty();
        assertThat(alice.says(setup + " who?")).containsExactly(punchlineLineFor(setup), TYPING);
    }

    @Test
    void theSameUserInAnotherChannelDoesNotMoveTheJokeOn() {
        alice.says("!knock_knock");

        assertThat(alice.in("random").says("Who's there?")).isEmpty();
        setupIn(alice.says("Who's there?"));
    }

    @Test
    void twoUsersCanHaveAJokeToldAtOnceInTheSameChannel() {
        assertThat(alice.says("!knock_knock")).containsExactly(WHO_IS_THERE);
        assertThat(bob.says("!knock_knock")).containsExactly(WHO_IS_THERE);

        String bobsSetup = setupIn(bob.says("Who's there?"));
        String alicesSetup = setupIn(alice.says("Who's there?"));

        assertThat(alice.says(alicesSetup + " who?")).containsExactly(punchlineLineFor(alicesSetup), TYPING);
        assertThat(bob.says(bobsSetup + " who?")).containsExactly(punchlineLineFor(bobsSetup), TYPING);
        assertThat(bot.advance(Duration.ofSeconds(5))).containsExactly(LAUGH, LAUGH);
    }

    @Test
    void aJokeToldToTheEndWaitsForNoMoreReplies() {
        String setup = knockKnockUpToTheSetup(alice);
        alice.says(setup + " who?");
        bot.advance(Duration.ofSeconds(5));

        assertThat(alice.says("Who's there?")).isEmpty();
        assertThat(bot.advance(Duration.ofMinutes(5))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"!knock", "!kk"})
    void answersToItsAliases(String command) {
        assertThat(alice.says(command)).containsExactly(WHO_IS_THERE);
        setupIn(alice.says("Who's there?"));
    }

    @Test
    void helpForKnockKnockListsItsAliases() {
        assertThat(alice.says("!help knock_knock"))
                .singleElement(STRING)
                .contains("!knock_knock")
                .contains("Aliases: knock, kk");
    }

    /** Starts a joke for {@code user} and answers "Who's there?"; returns the setup the bot gave. */
    private static String knockKnockUpToTheSetup(TestUser user) {
        assertThat(user.says("!knock_knock")).containsExactly(WHO_IS_THERE);
        return setupIn(user.says("Who's there?"));
    }
}
