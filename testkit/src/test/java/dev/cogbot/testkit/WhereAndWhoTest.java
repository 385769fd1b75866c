package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;
import dev.cogbot.api.Guild;
import dev.cogbot.api.Permission;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a command learns of where it was invoked and who invoked it: the server, the channel, the member. */
class WhereAndWhoTest {

    static final class WhereCog implements Cog {
        @Command(help = "Says where it was asked.")
        public void where(Context ctx) {
            ctx.send(ctx.message().guild().map(Guild::name).orElse("no server")
                    + (ctx.channel().isPrivate() ? ", privately" : ", in #" + ctx.channel().name()));
        }

        @Command(help = "Says the server of the channel, and whether the message's is the same.")
        public void channel(Context ctx) {
            ctx.send(ctx.channel().guild().map(Guild::name).orElse("no server")
                    + (ctx.message().guild().equals(ctx.channel().guild()) ? ", as the message's" : ", unlike the message's"));
        }

        @Command(help = "Says whether the author may manage messages.")
        public void mod(Context ctx) {
            ctx.send(ctx.message().member()
                    .map(m -> m.displayName() + (m.hasPermissions(Permission.MANAGE_MESSAGES) ? " moderates" : " chats"))
                    .orElse("nobody's member"));
        }

        @Command(help = "Says whether the author may manage messages in this channel.")
        public void modhere(Context ctx) {
            ctx.send(ctx.message().member()
                    .map(m -> m.displayName() + (ctx.channel().permissionsOf(m).contains(Permission.MANAGE_MESSAGES)
                            ? " moderates here" : " chats here"))
                    .orElse("nobody's member"));
        }
    }

    private final TestBot bot = TestBot.builder().plugin("where", new WhereCog()).build();

    @AfterEach
    void closeBot() {
        bot.close();
    }

    @Test
    void usersTalkInTheTestGuildsGeneralByDefault() {
        assertThat(bot.user("bob").says("!where")).containsExactly("cogbot: Test Guild, in #general");
    }

    @Test
    void anotherChannelIsInTheSameServer() {
        assertThat(bot.user("bob").in("random").says("!where")).containsExactly("cogbot: Test Guild, in #random");
    }

    @Test
    void anotherServerIsItsOwn() {
        assertThat(bot.user("bob").inGuild("Other Guild").says("!where")).containsExactly("cogbot: Other Guild, in #general");
    }

    @Test
    void aDmIsInNoServer() {
        assertThat(bot.user("bob").inDm().says("!where")).containsExactly("cogbot: no server, privately");
    }

    @Test
    void aDmNamesTheUserItIsWith() {
        TestUser bob = bot.user("bob");

        assertThat(bob.inDm().channel().recipientId()).isEqualTo(bob.asUser().id());
    }

    @Test
    void aUserIsAPlainMemberByDefault() {
        assertThat(bot.user("bob").says("!mod")).containsExactly("cogbot: bob chats");
    }

    @Test
    void grantedPermissionsReachTheCommand() {
        assertThat(bot.user("alice").withPermissions(Permission.MANAGE_MESSAGES).says("!mod"))
                .containsExactly("cogbot: alice moderates");
    }

    @Test
    void permissionsStayInTheirServer() {
        TestUser mod = bot.user("alice").withPermissions(Permission.MANAGE_MESSAGES);

        assertThat(mod.in("random").says("!mod")).containsExactly("cogbot: alice moderates");
        assertThat(mod.inGuild("Other Guild").says("!mod")).containsExactly("cogbot: alice chats");
    }

    @Test
    void aDmHasNoMember() {
        assertThat(bot.user("bob").inDm().says("!mod")).containsExactly("cogbot: nobody's member");
    }

    @Test
    void aChannelKnowsItsServerAsItsMessageDoes() {
        assertThat(bot.user("bob").inGuild("Other Guild").says("!channel"))
                .containsExactly("cogbot: Other Guild, as the message's");
    }

    @Test
    void aDmChannelIsInNoServer() {
        assertThat(bot.user("bob").inDm().says("!channel")).containsExactly("cogbot: no server, as the message's");
    }

    @Test
    void aChannelSaysWhatAMemberMayDoThere() {
        TestUser mod = bot.user("alice").withPermissions(Permission.MANAGE_MESSAGES)
                .deniedIn("announcements", Permission.MANAGE_MESSAGES);

        assertThat(mod.says("!modhere")).containsExactly("cogbot: alice moderates here");
        assertThat(mod.in("announcements").says("!modhere")).containsExactly("cogbot: alice chats here");
    }

    @Test
    void aChannelOverwriteLeavesTheServerWidePermissionsAlone() {
        TestUser mod = bot.user("alice").withPermissions(Permission.MANAGE_MESSAGES)
                .deniedIn("announcements", Permission.MANAGE_MESSAGES);

        assertThat(mod.in("announcements").says("!mod")).containsExactly("cogbot: alice moderates");
    }
}
