package dev.cogbot.plugins.hush;

import static dev.cogbot.api.Permission.MANAGE_MESSAGES;
import static dev.cogbot.plugins.hush.PingCog.PONG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.testkit.TestBot;
import dev.cogbot.testkit.TestUser;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HushTest {

    private static final String MUTED = "🔇";

    private final TestBot bot = TestBot.builder()
            .plugin("hush", new HushCog())
            .plugin("ping", new PingCog())
            .build();
    // both may hush: moderators of the server they talk in
    private final TestUser alice = bot.user("alice").withPermissions(MANAGE_MESSAGES);
    private final TestUser bob = bot.user("bob").withPermissions(MANAGE_MESSAGES);

    @AfterEach
    void closeBot() {
        bot.close();
    }

    @Test
    void hushReactsMutedOnTheInvokingMessage() {
        assertThat(alice.says("!hush")).containsExactly("cogbot reacted 🔇 to " + alice.lastMessageId());
        assertThat(bot.reactionsOn(alice.lastMessageId())).containsExactly(MUTED);
    }

    @Test
    void anotherPluginsCommandGetsNoReplyWhileHushed() {
        alice.says("!hush");

        assertThat(bob.says("!ping")).isEmpty();
    }

    @Test
    void theHushersOwnCommandsGetNoReplyEither() {
        alice.says("!hush");

        assertThat(alice.says("!ping")).isEmpty();
    }

    @Test
    void unknownCommandsGetNoReplyWhileHushed() {
        alice.says("!hush");

        assertThat(bob.says("!pnig")).isEmpty();
    }

    @Test
    void helpIsSilencedToo() {
        // A hush means a quiet bot: only the owners' plugin administration is exempt.
        alice.says("!hush");

        assertThat(bob.says("!help ping")).isEmpty();
    }

    @Test
    void answersCommandsWhenNotHushed() {
        assertThat(bob.says("!ping")).containsExactly(PONG);
    }

    @Test
    void liftsTheHushAfterFiveMinutesByDefault() {
        alice.says("!hush");
        String hushId = alice.lastMessageId();

        assertThat(bot.advance(Duration.ofMinutes(5))).containsExactly("cogbot removed 🔇 from " + hushId);
        assertThat(bot.reactionsOn(hushId)).isEmpty();
    }

    @Test
    void answersCommandsAgainOnceTheHushIsOver() {
        alice.says("!hush");
        bot.advance(Duration.ofMinutes(5));

        assertThat(bob.says("!ping")).containsExactly(PONG);
    }

    @Test
    void isStillHushedJustBeforeFiveMinutes() {
        alice.says("!hush");
        String hushId = alice.lastMessageId();

        assertThat(bot.advance(Duration.ofMinutes(5).minusSeconds(1))).isEmpty();
        assertThat(bot.reactionsOn(hushId)).containsExactly(MUTED);
        assertThat(bob.says("!ping")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"!quiet", "!shush", "!sh"})
    void answersToItsAliases(String command) {
        assertThat(alice.says(command)).containsExactly("cogbot reacted 🔇 to " + alice.lastMessageId());
        assertThat(bob.says("!ping")).isEmpty();
        assertThat(bot.advance(Duration.ofMinutes(5))).containsExactly("cogbot removed 🔇 from " + alice.lastMessageId());
    }

    @Test
    void helpForHushListsItsAliases() {
        assertThat(alice.says("!help hush")).singleElement().asString().contains("Aliases: quiet, shush, sh");
    }

    @Test
    void hushItselfIsBlockedWhileHushed() {
        alice.says("!hush");

        assertThat(bob.says("!hush")).isEmpty();
        assertThat(bot.reactionsOn(bob.lastMessageId())).isEmpty();
    }

    @Test
    void aBlockedSecondHushDoesNotLengthenTheFirst() {
        alice.says("!hush");
        bot.advance(Duration.ofMinutes(4));
        bob.says("!hush 10");

        assertThat(bot.advance(Duration.ofMinutes(1))).containsExactly("cogbot removed 🔇 from " + alice.lastMessageId());
        assertThat(bob.says("!ping")).containsExactly(PONG);
    }

    @Test
    void canHushAgainOnceTheHushIsOver() {
        alice.says("!hush");
        bot.advance(Duration.ofMinutes(5));

        assertThat(bob.says("!hush")).containsExactly("cogbot reacted 🔇 to " + bob.lastMessageId());
        assertThat(alice.says("!ping")).isEmpty();
    }

    @Test
    void unloadingHushMidHushRemovesTheMutedReactionAtOnce() {
        alice.says("!hush");
        String hushId = alice.lastMessageId();
        bot.advance(Duration.ofMinutes(1));

        assertThat(unloadHush()).containsExactly("cogbot removed 🔇 from " + hushId);
        assertThat(bot.reactionsOn(hushId)).isEmpty();
    }

    @Test
    void unloadingHushMidHushLeavesNothingRunning() {
        alice.says("!hush");

        assertThat(bot.unload("hush").clean()).isTrue();
    }

    @Test
    void commandsWorkAgainAtOnceAfterUnloadingHushMidHush() {
        alice.says("!hush");
        bot.advance(Duration.ofMinutes(1));
        unloadHush();

        assertThat(bob.says("!ping")).containsExactly(PONG);
    }

    @Test
    void nothingHappensWhenAnUnloadedHushWouldHaveEnded() {
        alice.says("!hush");
        unloadHush();

        assertThat(bot.advance(Duration.ofMinutes(10))).isEmpty();
    }

    @Test
    void aReloadedHushStartsUnhushed() {
        alice.says("!hush");
        unloadHush();
        bot.load("hush", new HushCog());

        assertThat(bob.says("!ping")).containsExactly(PONG);
    }

    /** Unloads the hush plugin; returns what the bot did meanwhile (the kit's unload returns a report, not lines). */
    private List<String> unloadHush() {
        bot.unload("hush");
        return bot.advance(Duration.ZERO);
    }
}
