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

/** Ending a hush early with {@code /unhush} or {@code /hush duration:off}, which send no message to wait for. */
class UnhushAsASlashCommandTest {

    private final TestBot bot = TestBot.builder()
            .plugin("hush", new HushCog())
            .plugin("ping", new PingCog())
            .owner("olive")
            .build();
    private final TestUser alice = bot.user("alice").withPermissions(MANAGE_MESSAGES);
    private final TestUser mod = bot.user("moe").withPermissions(MANAGE_MESSAGES);
    private final TestUser bob = bot.user("bob");

    @AfterEach
    void closeBot() {
        bot.close();
    }

    @Test
    void unhushEndsAHushStartedWithThePrefix() {
        alice.says("!hush 1h");
        String hushId = alice.lastMessageId();

        TestInteraction unhush = mod.slash("/unhush");

        assertThat(unhush.response().text()).isEqualTo("Hush lifted.");
        assertThat(unhush.lines()).contains("cogbot removed 🔇 from " + hushId);
        assertThat(bot.reactionsOn(hushId)).isEmpty();
        assertThat(bob.says("!ping")).containsExactly(PONG);
    }

    @Test
    void unhushEndsAHushStartedAsASlashCommand() {
        alice.slash("/hush duration:1h");

        assertThat(mod.slash("/unhush").response().text()).isEqualTo("Hush lifted.");
        assertThat(bob.says("!ping")).containsExactly(PONG);
    }

    @Test
    void hushOffEndsTheHush() {
        alice.says("!hush 1h");

        assertThat(mod.slash("/hush duration:off").response().text()).isEqualTo("Hush lifted.");
        assertThat(bob.says("!ping")).containsExactly(PONG);
    }

    @Test
    void thePrefixUnhushEndsAHushStartedAsASlashCommand() {
        alice.slash("/hush duration:1h");

        assertThat(mod.says("!unhush")).containsExactly("cogbot: Hush lifted.");
        assertThat(bob.says("!ping")).containsExactly(PONG);
    }

    @Test
    void anEndedHushDoesNotEndAgainWhenItsTimeIsUp() {
        alice.says("!hush 1h");
        mod.slash("/unhush");

        assertThat(bot.advance(Duration.ofHours(1))).isEmpty();
    }

    @Test
    void theOwnersMayEndAHushWithoutAnyPermission() {
        alice.says("!hush 1h");

        assertThat(bot.user("olive").slash("/unhush").response().text()).isEqualTo("Hush lifted.");
        assertThat(bob.says("!ping")).containsExactly(PONG);
    }

    @Test
    void aPlainMemberIsToldPrivatelyWhoMayEndAHush() {
        alice.says("!hush 1h");

        TestInteraction unhush = bob.slash("/unhush");

        assertThat(unhush.response().ephemeral()).isTrue();
        assertThat(unhush.response().text())
                .isEqualTo("Only members who can manage messages here, and the bot's owners, can use /hush and /unhush.");
    }

    @Test
    void aPlainMembersUnhushLeavesTheHushOn() {
        alice.says("!hush 1h");
        bob.slash("/unhush");

        assertThat(bob.says("!ping")).isEmpty();
        assertThat(bot.reactionsOn(alice.lastMessageId())).containsExactly("🔇");
    }

    @Test
    void sayingSoWhenNothingIsHushed() {
        assertThat(mod.slash("/unhush").response().text()).isEqualTo("Nothing is hushed here.");
    }

    @Test
    void canHushAgainAfterAnEarlyEnd() {
        alice.slash("/hush duration:1h");
        mod.slash("/unhush");

        assertThat(mod.slash("/hush duration:5m").response().text()).isEqualTo("🔇");
        assertThat(bob.says("!ping")).isEmpty();
    }
}
