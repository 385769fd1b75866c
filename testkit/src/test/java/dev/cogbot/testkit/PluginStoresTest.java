package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;
import dev.cogbot.api.Guild;
import dev.cogbot.api.Permission;
import dev.cogbot.api.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a plugin keeps through bot.store() in the scopes of the messages it handles, through the test kit. */
class PluginStoresTest {

    static final class LevelsCog implements Cog {
        record Badge(String name, int level) {
        }

        @Command(help = "Gives the author one xp in this server.")
        public void xp(Context ctx) {
            Guild guild = ctx.message().guild().orElseThrow();
            ctx.send("xp " + ctx.bot().store().member(guild, ctx.author()).increment("xp"));
        }

        @Command(help = "Counts the commands in this channel.")
        public void here(Context ctx) {
            ctx.send("here " + ctx.bot().store().channel(ctx.channel()).increment("n"));
        }

        @Command(help = "Levels up the author's badge.")
        public void badge(Context ctx) {
            var mine = ctx.bot().store().user(ctx.author());
            Badge badge = mine.getRecord("badge", Badge.class).orElse(new Badge("joker", 0));
            mine.putRecord("badge", new Badge(badge.name(), badge.level() + 1));
            ctx.send(badge.name() + " " + (badge.level() + 1));
        }

        @Command(help = "Forgets everything about this server.")
        public void forget(Context ctx) {
            ctx.send("forgot " + ctx.bot().store().guild(ctx.message().guild().orElseThrow()).clear());
        }
    }

    private final TestBot bot = TestBot.builder().plugin("levels", new LevelsCog()).build();
    private final TestUser alice = bot.user("alice");

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    void aMemberCountsApartInEachServer() {
        alice.says("!xp");

        assertThat(alice.says("!xp")).containsExactly("cogbot: xp 2");
        assertThat(alice.inGuild("Other Guild").says("!xp")).containsExactly("cogbot: xp 1");
        assertThat(bot.user("bob").says("!xp")).containsExactly("cogbot: xp 1");
    }

    @Test
    void eachChannelCountsApart() {
        alice.says("!here");

        assertThat(alice.says("!here")).containsExactly("cogbot: here 2");
        assertThat(alice.in("random").says("!here")).containsExactly("cogbot: here 1");
        assertThat(alice.inDm().says("!here")).containsExactly("cogbot: here 1");
    }

    @Test
    void whatAPluginStoresIsItsOwn() {
        alice.says("!xp");
        User user = alice.asUser();

        assertThat(bot.store("levels").member(bot.guild(), user).counter("xp")).isEqualTo(1);
        assertThat(bot.store("other").member(bot.guild(), user).counter("xp")).isZero();
        assertThat(bot.sharedStore("levels").member(bot.guild(), user).counter("xp")).isZero();
    }

    @Test
    void aRecordReadsBackAtTheNextCommand() {
        alice.says("!badge");

        assertThat(alice.says("!badge")).containsExactly("cogbot: joker 2");
    }

    @Test
    void aValueThatNoLongerMapsToTheRecordFailsTheCommandNotTheBot() {
        bot.store("levels").user(alice.asUser()).put("badge", "{\"title\":\"joker\"}");

        try (LoggedProblems problems = LoggedProblems.capture()) {
            assertThat(alice.says("!badge")).containsExactly(
                    "cogbot: Sorry, !badge ran into a problem; the details are in the bot's log.");
            assertThat(problems.lines()).singleElement().asString()
                    .contains("!badge failed", "dev.cogbot.api.RecordMismatch");
        }
        assertThat(alice.says("!xp")).containsExactly("cogbot: xp 1");
        assertThat(bot.store("levels").user(alice.asUser()).get("badge")).contains("{\"title\":\"joker\"}");
    }

    @Test
    void noPluginMayTakeTheRuntimesIdAndWithItTheServersPrefixes() {
        assertThatThrownBy(() -> bot.load("cogbot", new LevelsCog()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the plugin id cogbot is the runtime's own; give the plugin another id");
    }

    @Test
    void clearingAServerForgetsItsMembersAndChannelsButNotOtherServers() {
        TestUser admin = alice.withPermissions(Permission.MANAGE_GUILD);
        admin.says("!xp");
        admin.says("!here");
        alice.inGuild("Other Guild").says("!xp");

        assertThat(admin.says("!forget")).containsExactly("cogbot: forgot 2");

        assertThat(alice.says("!xp")).containsExactly("cogbot: xp 1");
        assertThat(alice.inGuild("Other Guild").says("!xp")).containsExactly("cogbot: xp 2");
    }
}
