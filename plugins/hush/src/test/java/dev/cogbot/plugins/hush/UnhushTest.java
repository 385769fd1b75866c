package dev.cogbot.plugins.hush;

import static dev.cogbot.api.Permission.MANAGE_MESSAGES;
import static dev.cogbot.plugins.hush.PingCog.PONG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.testkit.TestBot;
import dev.cogbot.testkit.TestUser;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ending a hush early: {@code !hush off} or {@code !unhush}. */
class UnhushTest {

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

    @ParameterizedTest
    @ValueSource(strings = {"!hush off", "!unhush", "!sh off", "!quiet OFF"})
    void endsTheHushAtOnce(String command) {
        alice.says("!hush 1h");
        String hushId = alice.lastMessageId();

        assertThat(mod.says(command)).containsExactlyInAnyOrder("cogbot removed 🔇 from " + hushId, "cogbot: Hush lifted.");
        assertThat(bot.reactionsOn(hushId)).isEmpty();
        assertThat(bob.says("!ping")).containsExactly(PONG);
    }

    @Test
    void anEndedHushDoesNotEndAgainWhenItsTimeIsUp() {
        alice.says("!hush 1h");
        mod.says("!unhush");

        assertThat(bot.advance(Duration.ofHours(1))).isEmpty();
    }

    @Test
    void theOwnersMayEndAHushWithoutAnyPermission() {
        alice.says("!hush 1h");

        assertThat(bot.user("olive").says("!unhush")).contains("cogbot: Hush lifted.");
        assertThat(bob.says("!ping")).containsExactly(PONG);
    }

    @Test
    void aPlainMemberIsToldWhoMayEndAHush() {
        alice.says("!hush 1h");

        assertThat(bob.says("!hush off")).containsExactly(
                "cogbot: Only members who can manage messages here, and the bot's owners, can use !hush and !unhush.");
    }

    @Test
    void aPlainMembersUnhushLeavesTheHushOn() {
        alice.says("!hush 1h");
        bob.says("!unhush");

        assertThat(bob.says("!ping")).isEmpty();
        assertThat(bot.reactionsOn(alice.lastMessageId())).containsExactly("🔇");
    }

    @Test
    void sayingSoWhenNothingIsHushed() {
        assertThat(mod.says("!unhush")).containsExactly("cogbot: Nothing is hushed here.");
    }

    @Test
    void anUnhushInAnotherServerLeavesThisHushAlone() {
        alice.says("!hush 1h");

        assertThat(mod.inGuild("Other Guild").withPermissions(MANAGE_MESSAGES).says("!unhush"))
                .containsExactly("cogbot: Nothing is hushed here.");
        assertThat(bob.says("!ping")).isEmpty();
    }

    @Test
    void canHushAgainAfterAnEarlyEnd() {
        alice.says("!hush 1h");
        mod.says("!hush off");

        assertThat(mod.says("!hush")).containsExactly("cogbot reacted 🔇 to " + mod.lastMessageId());
    }

    @Test
    void thePersonInADmMayEndTheirDmsHush() {
        TestUser dm = bot.user("bob").inDm();
        dm.says("!hush 1h");

        assertThat(dm.says("!unhush")).contains("cogbot: Hush lifted.");
        assertThat(dm.says("!ping")).containsExactly(PONG);
    }

    @Test
    void otherCommandsStayBlockedWhileHushed() {
        alice.says("!hush 1h");

        assertThat(mod.says("!ping")).isEmpty();
        assertThat(mod.says("!hush 5")).isEmpty();
    }
}
