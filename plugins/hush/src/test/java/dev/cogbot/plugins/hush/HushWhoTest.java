package dev.cogbot.plugins.hush;

import static dev.cogbot.api.Permission.ADMINISTRATOR;
import static dev.cogbot.api.Permission.MANAGE_MESSAGES;
import static dev.cogbot.plugins.hush.PingCog.PONG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.testkit.TestBot;
import dev.cogbot.testkit.TestUser;
import org.junit.jupiter.api.Test;

/** Who may hush: setting {@code hush.who}, moderators and owners by default. */
class HushWhoTest {

    private static final String REFUSAL =
            "cogbot: Only members who can manage messages here, and the bot's owners, can use !hush and !unhush.";

    @Test
    void aPlainMemberIsToldWhoMayHush() {
        try (TestBot bot = hushAndPing().build()) {
            assertThat(bot.user("bob").says("!hush 24h")).containsExactly(REFUSAL);
        }
    }

    @Test
    void aPlainMembersHushSilencesNothing() {
        try (TestBot bot = hushAndPing().build()) {
            TestUser bob = bot.user("bob");
            bob.says("!hush 24h");

            assertThat(bot.reactionsOn(bob.lastMessageId())).isEmpty();
            assertThat(bot.user("carol").says("!ping")).containsExactly(PONG);
        }
    }

    @Test
    void aMemberWhoCanManageMessagesMayHush() {
        try (TestBot bot = hushAndPing().build()) {
            TestUser mod = bot.user("alice").withPermissions(MANAGE_MESSAGES);

            assertThat(mod.says("!hush")).containsExactly("cogbot reacted 🔇 to " + mod.lastMessageId());
            assertThat(bot.user("bob").says("!ping")).isEmpty();
        }
    }

    @Test
    void anAdministratorMayHush() {
        try (TestBot bot = hushAndPing().build()) {
            TestUser admin = bot.user("alice").withPermissions(ADMINISTRATOR);

            assertThat(admin.says("!hush")).containsExactly("cogbot reacted 🔇 to " + admin.lastMessageId());
        }
    }

    @Test
    void anOwnerMayHushWithoutAnyPermission() {
        try (TestBot bot = hushAndPing().owner("olive").build()) {
            TestUser owner = bot.user("olive");

            assertThat(owner.says("!hush")).containsExactly("cogbot reacted 🔇 to " + owner.lastMessageId());
        }
    }

    @Test
    void permissionsInAnotherServerDoNotCount() {
        try (TestBot bot = hushAndPing().build()) {
            TestUser modElsewhere = bot.user("alice").withPermissions(MANAGE_MESSAGES).inGuild("Other Guild");

            assertThat(modElsewhere.says("!hush")).singleElement().asString().startsWith("cogbot: Only members");
        }
    }

    @Test
    void thePersonInADmMayHushIt() {
        try (TestBot bot = hushAndPing().build()) {
            TestUser dm = bot.user("bob").inDm();

            assertThat(dm.says("!hush")).containsExactly("cogbot reacted 🔇 to " + dm.lastMessageId());
            assertThat(dm.says("!ping")).isEmpty();
        }
    }

    @Test
    void whoEveryoneLetsAnyMemberHushAsInTheTutorial() {
        try (TestBot bot = hushAndPing().setting("hush.who", "everyone").build()) {
            TestUser bob = bot.user("bob");

            assertThat(bob.says("!hush")).containsExactly("cogbot reacted 🔇 to " + bob.lastMessageId());
            assertThat(bot.user("carol").says("!ping")).isEmpty();
        }
    }

    @Test
    void withABotWideHushADmHushIsForTheOwnersOnly() {
        try (TestBot bot = hushAndPing().setting("hush.scope", "bot").owner("olive").build()) {
            assertThat(bot.user("bob").inDm().says("!hush")).singleElement().asString().startsWith("cogbot: Only");
            TestUser owner = bot.user("olive").inDm();
            assertThat(owner.says("!hush")).containsExactly("cogbot reacted 🔇 to " + owner.lastMessageId());
        }
    }

    @Test
    void withABotWideHushAModeratorOfOneServerMayNotHushThemAll() {
        try (TestBot bot = hushAndPing().setting("hush.scope", "bot").owner("olive").build()) {
            TestUser mod = bot.user("alice").withPermissions(MANAGE_MESSAGES);

            assertThat(mod.says("!hush")).containsExactly("cogbot: Only the bot's owners can use !hush and !unhush: "
                    + "a hush here silences every server and DM.");
            assertThat(bot.user("bob").inGuild("Other Guild").says("!ping")).containsExactly(PONG);
            assertThat(bot.user("bob").inDm().says("!ping")).containsExactly(PONG);
        }
    }

    @Test
    void withABotWideHushAnOwnerMayHushWithoutAnyPermission() {
        try (TestBot bot = hushAndPing().setting("hush.scope", "bot").owner("olive").build()) {
            TestUser owner = bot.user("olive");

            assertThat(owner.says("!hush")).containsExactly("cogbot reacted 🔇 to " + owner.lastMessageId());
            assertThat(bot.user("bob").inGuild("Other Guild").says("!ping")).isEmpty();
        }
    }

    @Test
    void withABotWideHushAModeratorMayNotEndTheOwnersHush() {
        try (TestBot bot = hushAndPing().setting("hush.scope", "bot").owner("olive").build()) {
            TestUser owner = bot.user("olive");
            owner.says("!hush 1h");
            String hushId = owner.lastMessageId();

            assertThat(bot.user("alice").withPermissions(MANAGE_MESSAGES).says("!unhush")).singleElement()
                    .asString().startsWith("cogbot: Only the bot's owners");
            assertThat(bot.reactionsOn(hushId)).containsExactly("🔇");
            assertThat(bot.user("bob").says("!ping")).isEmpty();
        }
    }

    @Test
    void withABotWideHushTheOwnerWhoStartedItMayEndIt() {
        try (TestBot bot = hushAndPing().setting("hush.scope", "bot").owner("olive").build()) {
            TestUser owner = bot.user("olive");
            owner.says("!hush 1h");

            assertThat(owner.inDm().says("!unhush")).contains("cogbot: Hush lifted.");
            assertThat(bot.user("bob").says("!ping")).containsExactly(PONG);
        }
    }

    @Test
    void withABotWideHushEveryoneStillLetsAnyMemberHushAsInTheTutorial() {
        try (TestBot bot = hushAndPing().setting("hush.scope", "bot").setting("hush.who", "everyone").build()) {
            TestUser bob = bot.user("bob");

            assertThat(bob.says("!hush")).containsExactly("cogbot reacted 🔇 to " + bob.lastMessageId());
            assertThat(bot.user("carol").inDm().says("!ping")).isEmpty();
        }
    }

    @Test
    void aMalformedWhoFailsTheLoad() {
        try (TestBot bot = TestBot.builder().setting("hush.who", "mods").build()) {
            assertThatThrownBy(() -> bot.load("hush", new HushCog()))
                    .hasMessage("setting hush.who (from hush.who in the bot's settings) must be moderators or everyone,"
                            + " got 'mods'");
            assertThat(bot.plugin("hush")).isEmpty();
        }
    }

    private static TestBot.Builder hushAndPing() {
        return TestBot.builder().plugin("hush", new HushCog()).plugin("ping", new PingCog());
    }
}
