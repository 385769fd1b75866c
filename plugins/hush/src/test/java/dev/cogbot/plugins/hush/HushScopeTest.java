package dev.cogbot.plugins.hush;

import static dev.cogbot.api.Permission.MANAGE_MESSAGES;
import static dev.cogbot.plugins.hush.PingCog.PONG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.testkit.TestBot;
import dev.cogbot.testkit.TestUser;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What a hush silences: setting {@code hush.scope}, the server it was said in by default. */
class HushScopeTest {

    @Test
    void aHushSilencesEveryChannelOfItsServer() {
        try (TestBot bot = hushAndPing().build()) {
            bot.user("alice").withPermissions(MANAGE_MESSAGES).says("!hush");

            assertThat(bot.user("bob").says("!ping")).isEmpty();
            assertThat(bot.user("bob").in("random").says("!ping")).isEmpty();
        }
    }

    @Test
    void aHushLeavesOtherServersAlone() {
        try (TestBot bot = hushAndPing().build()) {
            bot.user("alice").withPermissions(MANAGE_MESSAGES).says("!hush");

            assertThat(bot.user("bob").inGuild("Other Guild").says("!ping")).containsExactly(PONG);
        }
    }

    @Test
    void aHushInAServerLeavesDmsAlone() {
        try (TestBot bot = hushAndPing().build()) {
            bot.user("alice").withPermissions(MANAGE_MESSAGES).says("!hush");

            assertThat(bot.user("alice").inDm().says("!ping")).containsExactly(PONG);
        }
    }

    @Test
    void aDmHushSilencesOnlyThatDm() {
        try (TestBot bot = hushAndPing().build()) {
            bot.user("bob").inDm().says("!hush");

            assertThat(bot.user("bob").inDm().says("!ping")).isEmpty();
            assertThat(bot.user("carol").inDm().says("!ping")).containsExactly(PONG);
            assertThat(bot.user("bob").says("!ping")).containsExactly(PONG);
        }
    }

    @Test
    void anotherServerCanHushWhileOneIsHushed() {
        try (TestBot bot = hushAndPing().build()) {
            bot.user("alice").withPermissions(MANAGE_MESSAGES).says("!hush");
            TestUser otherMod = bot.user("bob").inGuild("Other Guild").withPermissions(MANAGE_MESSAGES);

            assertThat(otherMod.says("!hush 10")).containsExactly("cogbot reacted 🔇 to " + otherMod.lastMessageId());
        }
    }

    @Test
    void eachServersHushEndsOnItsOwnTime() {
        try (TestBot bot = hushAndPing().build()) {
            bot.user("alice").withPermissions(MANAGE_MESSAGES).says("!hush 5");
            bot.user("bob").inGuild("Other Guild").withPermissions(MANAGE_MESSAGES).says("!hush 10");
            bot.advance(Duration.ofMinutes(5));

            assertThat(bot.user("carol").says("!ping")).containsExactly(PONG);
            assertThat(bot.user("carol").inGuild("Other Guild").says("!ping")).isEmpty();
        }
    }

    @Test
    void scopeBotSilencesEveryServerAndDmAsInTheTutorial() {
        try (TestBot bot = hushAndPing().setting("hush.scope", "bot").owner("olive").build()) {
            bot.user("olive").says("!hush");

            assertThat(bot.user("bob").inGuild("Other Guild").says("!ping")).isEmpty();
            assertThat(bot.user("bob").inDm().says("!ping")).isEmpty();
        }
    }

    @Test
    void aMalformedScopeFailsTheLoad() {
        try (TestBot bot = TestBot.builder().setting("hush.scope", "guild").build()) {
            assertThatThrownBy(() -> bot.load("hush", new HushCog()))
                    .hasMessage("setting hush.scope (from hush.scope in the bot's settings) must be server or bot,"
                            + " got 'guild'");
            assertThat(bot.plugin("hush")).isEmpty();
        }
    }

    private static TestBot.Builder hushAndPing() {
        return TestBot.builder().plugin("hush", new HushCog()).plugin("ping", new PingCog());
    }
}
