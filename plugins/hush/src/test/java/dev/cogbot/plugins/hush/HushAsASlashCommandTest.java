package dev.cogbot.plugins.hush;

import static dev.cogbot.api.Permission.MANAGE_MESSAGES;
import static dev.cogbot.plugins.hush.PingCog.PONG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.testkit.TestBot;
import dev.cogbot.testkit.TestInteraction;
import dev.cogbot.testkit.TestUser;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code /hush} works as {@code !hush} does; its 🔇 is the command's answer, since there is no message to react to. */
class HushAsASlashCommandTest {

    private final TestBot bot = TestBot.builder()
            .plugin("hush", new HushCog())
            .plugin("ping", new PingCog())
            .build();
    private final TestUser alice = bot.user("alice").withPermissions(MANAGE_MESSAGES);
    private final TestUser bob = bot.user("bob");

    @AfterEach
    void closeBot() {
        bot.close();
    }

    @Test
    void hushAnswersMutedForEveryoneToSee() {
        TestInteraction hush = alice.slash("/hush duration:5m");

        assertThat(hush.response().text()).isEqualTo("🔇");
        assertThat(hush.response().ephemeral()).isFalse();
    }

    @Test
    void whileHushedAnotherPluginsSlashCommandIsAnsweredPrivately() {
        alice.slash("/hush duration:5m");

        TestInteraction ping = bob.slash("/ping");

        assertThat(ping.response().ephemeral()).isTrue();
        assertThat(ping.response().text()).isEqualTo("/ping is not available here right now.");
    }

    @Test
    void whileHushedAPrefixCommandStillGetsNoReply() {
        alice.slash("/hush duration:5m");

        assertThat(bob.says("!ping")).isEmpty();
    }

    @Test
    void theHushEndsAfterItsDuration() {
        alice.slash("/hush");

        bot.advance(Duration.ofMinutes(5));

        assertThat(bob.says("!ping")).containsExactly(PONG);
    }

    @Test
    void aMemberWhoMayNotHushIsToldWhyPrivately() {
        TestInteraction hush = bob.slash("/hush duration:5m");

        assertThat(hush.response().ephemeral()).isTrue();
        assertThat(hush.response().text()).isEqualTo("Only members who can manage messages here, and the bot's owners, can use /hush and /unhush.");
    }

    @Test
    void aDurationThatIsNoDurationIsAnsweredPrivately() {
        TestInteraction hush = alice.slash("/hush duration:soon");

        assertThat(hush.response().ephemeral()).isTrue();
        assertThat(hush.response().text()).startsWith("<duration>:");
    }
}
