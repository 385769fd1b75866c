package dev.cogbot.e2e.discord;

import static dev.cogbot.discordfake.FakeDiscordConfig.ALICE_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.BOB_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.BOT_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.BOT_ROLE_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.GENERAL_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.GUILD_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.MODERATOR_ROLE_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.RANDOM_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.Channel;
import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;
import dev.cogbot.api.Member;
import dev.cogbot.api.Message;
import dev.cogbot.api.Role;
import dev.cogbot.api.User;
import dev.cogbot.discordfake.FakeDiscordConfig;
import dev.cogbot.discordfake.model.FakeGuild;
import dev.cogbot.discordfake.model.FakeMember;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in converters for users, members, channels, roles and messages, through the real JDA
 * transport on a local Discord: each form a user types (mention, id, name, link) finds the same
 * thing the network knows, and what it does not know is answered in one line. Bob goes by the
 * nickname {@code Bobby} in the server.
 */
class ModelConvertersOnDiscordTest {

    /** A command per model converter, each saying what it was given. */
    static final class ModelCog implements Cog {
        @Command
        public void who(Context ctx, User user) {
            ctx.send("user " + user.id() + " named " + user.name());
        }

        @Command
        public void member(Context ctx, Member member) {
            ctx.send("member " + member.id() + " shown as " + member.displayName() + " in " + member.guild().name());
        }

        @Command
        public void where(Context ctx, Channel channel) {
            ctx.send("channel " + channel.id() + " named " + channel.name());
        }

        @Command
        public void role(Context ctx, Role role) {
            ctx.send("role " + role.id() + " named " + role.name());
        }

        @Command
        public void quote(Context ctx, Message message) {
            ctx.send("message " + message.id() + " in " + message.channel().name() + ": " + message.content());
        }
    }

    @TempDir
    Path home;

    private DiscordSession bot;

    @BeforeEach
    void connect() {
        FakeDiscordConfig defaults = FakeDiscordConfig.defaults();
        FakeGuild guild = defaults.guild();
        FakeGuild withNickname = new FakeGuild(guild.id(), guild.name(), guild.ownerId(), guild.roles(), guild.channels(),
                List.of(FakeMember.of(BOT_ID, BOT_ROLE_ID), FakeMember.of(ALICE_ID, MODERATOR_ROLE_ID),
                        new FakeMember(BOB_ID, List.of(), "Bobby")));
        bot = DiscordSession.on(home, defaults.toBuilder().guild(withNickname).build(), Map.of());
        bot.app().runtime().install("model", List.of(new ModelCog()));
    }

    @AfterEach
    void disconnect() {
        bot.close();
    }

    @Test
    void aMemberIsFoundByMention() {
        assertThat(bot.says(ALICE_ID, GENERAL_ID, "!member <@" + BOB_ID + ">"))
                .containsExactly("cogbot: member " + BOB_ID + " shown as Bobby in Cog Test Guild");
    }

    @Test
    void aMemberIsFoundById() {
        assertThat(bot.says(ALICE_ID, GENERAL_ID, "!member " + BOB_ID))
                .containsExactly("cogbot: member " + BOB_ID + " shown as Bobby in Cog Test Guild");
    }

    @Test
    void aMemberIsFoundByUserName() {
        assertThat(bot.says(ALICE_ID, GENERAL_ID, "!member bob"))
                .containsExactly("cogbot: member " + BOB_ID + " shown as Bobby in Cog Test Guild");
    }

    @Test
    void aMemberIsFoundByNickname() {
        assertThat(bot.says(ALICE_ID, GENERAL_ID, "!member Bobby"))
                .containsExactly("cogbot: member " + BOB_ID + " shown as Bobby in Cog Test Guild");
    }

    @Test
    void anUnknownMemberIsAnsweredInOneLine() {
        assertThat(bot.says(ALICE_ID, GENERAL_ID, "!member zed")).containsExactly(
                "cogbot: <member>: no member 'zed' in this server; mention them, or give their id or name."
                        + " Usage: !member <member>");
    }

    @Test
    void aMemberArgumentInADmIsAnsweredThatTheCommandWorksOnlyInAServer() {
        assertThat(bot.saysInDm(BOB_ID, "!member alice")).containsExactly("cogbot: !member works only in a server.");
    }

    @Test
    void aUserIsFoundByIdAndByMention() {
        assertThat(bot.says(BOB_ID, GENERAL_ID, "!who " + ALICE_ID)).containsExactly("cogbot: user " + ALICE_ID + " named alice");
        assertThat(bot.says(BOB_ID, GENERAL_ID, "!who <@" + ALICE_ID + ">"))
                .containsExactly("cogbot: user " + ALICE_ID + " named alice");
    }

    @Test
    void aUserIsFoundByName() {
        assertThat(bot.says(BOB_ID, GENERAL_ID, "!who alice")).containsExactly("cogbot: user " + ALICE_ID + " named alice");
    }

    @Test
    void anUnknownUserIsAnsweredInOneLine() {
        assertThat(bot.says(BOB_ID, GENERAL_ID, "!who 1300000000000000999")).containsExactly(
                "cogbot: <user>: no user '1300000000000000999' is known here; mention them or give their id."
                        + " Usage: !who <user>");
    }

    @Test
    void aChannelIsFoundByMentionIdAndName() {
        String random = "cogbot: channel " + RANDOM_ID + " named random";
        assertThat(bot.says(BOB_ID, GENERAL_ID, "!where <#" + RANDOM_ID + ">")).containsExactly(random);
        assertThat(bot.says(BOB_ID, GENERAL_ID, "!where " + RANDOM_ID)).containsExactly(random);
        assertThat(bot.says(BOB_ID, GENERAL_ID, "!where random")).containsExactly(random);
    }

    @Test
    void aChannelIsFoundByLink() {
        assertThat(bot.says(BOB_ID, GENERAL_ID, "!where https://discord.com/channels/" + GUILD_ID + "/" + RANDOM_ID))
                .containsExactly("cogbot: channel " + RANDOM_ID + " named random");
    }

    @Test
    void anUnknownChannelIsAnsweredInOneLine() {
        assertThat(bot.says(BOB_ID, GENERAL_ID, "!where memes")).containsExactly(
                "cogbot: <channel>: no channel 'memes' here; mention it (#name), or give its id or name."
                        + " Usage: !where <channel>");
    }

    @Test
    void aRoleIsFoundByMentionIdAndName() {
        String moderator = "cogbot: role " + MODERATOR_ROLE_ID + " named Moderator";
        assertThat(bot.says(BOB_ID, GENERAL_ID, "!role <@&" + MODERATOR_ROLE_ID + ">")).containsExactly(moderator);
        assertThat(bot.says(BOB_ID, GENERAL_ID, "!role " + MODERATOR_ROLE_ID)).containsExactly(moderator);
        assertThat(bot.says(BOB_ID, GENERAL_ID, "!role Moderator")).containsExactly(moderator);
    }

    @Test
    void anUnknownRoleIsAnsweredInOneLine() {
        assertThat(bot.says(BOB_ID, GENERAL_ID, "!role Admins")).containsExactly(
                "cogbot: <role>: no role 'Admins' in this server; mention it, or give its id or exact name."
                        + " Usage: !role <role>");
    }

    @Test
    void aMessageIsFoundByIdInTheSameChannel() {
        bot.says(BOB_ID, GENERAL_ID, "remember this");
        long id = bot.lastMessageOf(BOB_ID, GENERAL_ID);

        assertThat(bot.says(ALICE_ID, GENERAL_ID, "!quote " + id))
                .containsExactly("cogbot: message " + id + " in general: remember this");
    }

    @Test
    void aMessageIsFoundByChannelIdDashMessageIdAndByLink() {
        bot.says(BOB_ID, RANDOM_ID, "over here");
        long id = bot.lastMessageOf(BOB_ID, RANDOM_ID);
        String quoted = "cogbot: message " + id + " in random: over here";

        assertThat(bot.says(ALICE_ID, GENERAL_ID, "!quote " + RANDOM_ID + "-" + id)).containsExactly(quoted);
        assertThat(bot.says(ALICE_ID, GENERAL_ID, "!quote https://discord.com/channels/" + GUILD_ID + "/" + RANDOM_ID + "/" + id))
                .containsExactly(quoted);
    }

    @Test
    void anUnknownMessageIsAnsweredInOneLine() {
        assertThat(bot.says(ALICE_ID, GENERAL_ID, "!quote 1300000000000009999")).containsExactly(
                "cogbot: <message>: no message '1300000000000009999' that I can read; give its id,"
                        + " channelid-messageid or its link. Usage: !quote <message>");
    }
}
