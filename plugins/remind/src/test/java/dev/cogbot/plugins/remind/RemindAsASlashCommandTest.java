package dev.cogbot.plugins.remind;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.testkit.TestBot;
import dev.cogbot.testkit.TestInteraction;
import dev.cogbot.testkit.TestUser;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code /remind} with its options as a user fills them in; the reminder comes in the channel. */
class RemindAsASlashCommandTest {

    private final TestBot bot = TestBot.builder().plugin("remind", new RemindCog()).build();
    private final TestUser alice = bot.user("alice");

    @AfterEach
    void closeBot() {
        bot.close();
    }

    @Test
    void remindMeAnswersWhenAndRemindsInTheChannel() {
        TestInteraction remind = alice.slash("/remind who:me when:10m text:\"put the kettle on\"");
        assertThat(remind.response().text()).isEqualTo("I'll remind you in 10m.");

        assertThat(bot.advance(Duration.ofMinutes(10)))
                .containsExactly("cogbot: <@alice>, you asked me to remind you: put the kettle on");
    }

    @Test
    void remindersListsThemAsTheResponse() {
        alice.slash("/remind who:me when:1h text:tea");

        assertThat(alice.slash("/reminders").response().text()).contains("tea");
    }

    @Test
    void aWhenThatIsNoDurationIsAnsweredPrivately() {
        TestInteraction remind = alice.slash("/remind who:me when:soon text:tea");

        assertThat(remind.response().ephemeral()).isTrue();
    }
}
