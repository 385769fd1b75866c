package dev.cogbot.e2e.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.testkit.BotEvent;
import dev.cogbot.testkit.TestBot;
import dev.cogbot.testkit.TestUser;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled poll plugin from its real JAR: a reload brings new classes in a new class loader, and
 * the polls, votes and timers it kept still work with them.
 */
class PollPluginJarTest {

    @TempDir
    Path home;

    private KitBotOnPluginFolder kit;
    private TestBot bot;
    private TestUser olga;
    private TestUser bob;

    @BeforeEach
    void startWithThePollPlugin() {
        kit = KitBotOnPluginFolder.start(home, "olga", "poll");
        bot = kit.bot();
        olga = bot.user("olga");
        bob = bot.user("bob");
    }

    @AfterEach
    void stop() {
        kit.close();
    }

    @Test
    void votesCastBeforeAReloadAreCountedAfterIt() {
        BotEvent.Sent poll = ask("!poll Lunch? pizza sushi");
        bob.clicks(poll, "poll:1:0");

        assertThat(olga.slash("/plugins reload id:poll").response().text()).startsWith("Reloaded poll ");
        assertThat(bot.user("carol").clicks(poll, "poll:1:0").updatedMessage()).map(BotEvent.Sent::line)
                .hasValueSatisfying(line -> assertThat(line).contains("pizza: 2 votes", "sushi: 0 votes"));
        assertThat(bob.clicks(poll, "poll:1:0").lines()).contains("cogbot (privately): You took back your vote for pizza.");
    }

    @Test
    void aClickWhileThePluginIsUnloadedIsAnsweredPrivatelyAndVotingResumesOnceLoaded() {
        BotEvent.Sent poll = ask("!poll Lunch? pizza sushi");
        olga.slash("/plugins unload id:poll");

        assertThat(bob.clicks(poll, "poll:1:0").response().ephemeral()).isTrue();

        olga.slash("/plugins load id:poll");
        assertThat(bob.clicks(poll, "poll:1:0").lines()).contains("cogbot (privately): You voted for pizza.");
    }

    @Test
    void aPollClosesByItselfAfterAReload() {
        BotEvent.Sent poll = ask("!poll 1h Lunch? pizza sushi");
        olga.slash("/plugins reload id:poll");

        assertThat(bot.advance(Duration.ofHours(1))).containsExactly("cogbot edited " + poll.messageId()
                + ": [Lunch? | Closed with no votes. | pizza: 0 votes | sushi: 0 votes | Poll 1 by alice]");
    }

    private BotEvent.Sent ask(String command) {
        bot.user("alice").says(command);
        return bot.events().stream().filter(BotEvent.Sent.class::isInstance).map(BotEvent.Sent.class::cast)
                .reduce((first, second) -> second).orElseThrow();
    }
}
