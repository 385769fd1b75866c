package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.Bot;
import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;
import dev.cogbot.api.Permission;
import dev.cogbot.api.checks.RequireBotPermissions;
import dev.cogbot.api.checks.Checks;
import dev.cogbot.api.checks.DmOnly;
import dev.cogbot.api.checks.GuildOnly;
import dev.cogbot.api.checks.OwnerOnly;
import dev.cogbot.api.checks.RequireAnyRole;
import dev.cogbot.api.checks.RequireGuildPermissions;
import dev.cogbot.api.checks.RequirePermissions;
import dev.cogbot.api.error.BotMissingPermissions;
import dev.cogbot.api.error.CommandError;
import dev.cogbot.api.error.MissingAnyRole;
import dev.cogbot.api.error.MissingPermissions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The ready-made checks: where a command may be used, by whom, and what the member and the bot must be allowed. */
class ReadyMadeChecksTest {

    static final class ModerationCog implements Cog {
        final List<CommandError> errors = new CopyOnWriteArrayList<>();

        @GuildOnly
        @Command
        public void members(Context ctx) {
            ctx.send("members ran");
        }

        @DmOnly
        @Command
        public void secret(Context ctx) {
            ctx.send("secret ran");
        }

        @RequirePermissions(Permission.MANAGE_MESSAGES)
        @Command
        public void purge(Context ctx) {
            ctx.send("purge ran");
        }

        @RequirePermissions({Permission.KICK_MEMBERS, Permission.BAN_MEMBERS})
        @Command
        public void evict(Context ctx) {
            ctx.send("evict ran");
        }

        @RequireGuildPermissions(Permission.MANAGE_MESSAGES)
        @Command
        public void sweep(Context ctx) {
            ctx.send("sweep ran");
        }

        @RequireBotPermissions(Permission.MANAGE_MESSAGES)
        @Command
        public void tidy(Context ctx) {
            ctx.send("tidy ran");
        }

        @RequireAnyRole({"Moderator", "Admin"})
        @Command
        public void warn(Context ctx) {
            ctx.send("warn ran");
        }

        @RequireAnyRole("Moderator")
        @Command
        public void mute(Context ctx) {
            ctx.send("mute ran");
        }

        @OwnerOnly
        @Command
        public void say(Context ctx) {
            ctx.send("say ran");
        }

        @Override
        public void cogCommandError(Context ctx, CommandError error) {
            errors.add(error);
            throw error;
        }
    }

    /** Every command of a cog marked on the class is guild-only. */
    @GuildOnly
    static final class ServerOnlyCog implements Cog {
        @Command
        public void first(Context ctx) {
            ctx.send("first ran");
        }

        @RequirePermissions(Permission.MANAGE_GUILD)
        @Command
        public void second(Context ctx) {
            ctx.send("second ran");
        }
    }

    static final class OpenCog implements Cog {
        @Command
        public void open(Context ctx) {
            ctx.send("open ran");
        }
    }

    private final ModerationCog cog = new ModerationCog();
    private final TestBot bot = TestBot.builder().owner("olive").plugin("moderation", cog)
            .plugin("server", new ServerOnlyCog()).build();
    private final TestUser alice = bot.user("alice");

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    void aGuildOnlyCommandRunsInAServer() {
        assertThat(alice.says("!members")).containsExactly("cogbot: members ran");
    }

    @Test
    void aGuildOnlyCommandInADmIsAnsweredThatItWorksOnlyInAServer() {
        assertThat(alice.inDm().says("!members")).containsExactly("cogbot: !members works only in a server.");
    }

    @Test
    void aDmOnlyCommandRunsInADm() {
        assertThat(alice.inDm().says("!secret")).containsExactly("cogbot: secret ran");
    }

    @Test
    void aDmOnlyCommandInAServerIsAnsweredThatItWorksOnlyInADm() {
        assertThat(alice.says("!secret")).containsExactly("cogbot: !secret works only in a DM with me.");
    }

    @Test
    void aMemberWithoutThePermissionIsToldWhichOneTheyNeed() {
        assertThat(alice.says("!purge"))
                .containsExactly("cogbot: You need the Manage Messages permission to use !purge.");
    }

    @Test
    void aMemberWithThePermissionMayUseTheCommand() {
        assertThat(alice.withPermissions(Permission.MANAGE_MESSAGES).says("!purge")).containsExactly("cogbot: purge ran");
    }

    @Test
    void anAdministratorHoldsEveryPermission() {
        assertThat(alice.withPermissions(Permission.ADMINISTRATOR).says("!purge")).containsExactly("cogbot: purge ran");
    }

    @Test
    void theMissingPermissionsAreTheOnesNotHeld() {
        alice.withPermissions(Permission.KICK_MEMBERS).says("!evict");

        assertThat(cog.errors).singleElement().isInstanceOfSatisfying(MissingPermissions.class,
                e -> assertThat(e.missing()).containsExactly(Permission.BAN_MEMBERS));
    }

    @Test
    void severalMissingPermissionsAreNamedTogether() {
        assertThat(alice.says("!evict"))
                .containsExactly("cogbot: You need the Kick Members and Ban Members permissions to use !evict.");
    }

    @Test
    void aMemberDeniedThePermissionInAChannelIsRefusedThere() {
        TestUser moderator = alice.withPermissions(Permission.MANAGE_MESSAGES)
                .deniedIn("announcements", Permission.MANAGE_MESSAGES);

        assertThat(moderator.in("announcements").says("!purge"))
                .containsExactly("cogbot: You need the Manage Messages permission to use !purge.");
    }

    @Test
    void aMemberDeniedThePermissionInOneChannelKeepsItElsewhere() {
        TestUser moderator = alice.withPermissions(Permission.MANAGE_MESSAGES)
                .deniedIn("announcements", Permission.MANAGE_MESSAGES);

        assertThat(moderator.says("!purge")).containsExactly("cogbot: purge ran");
    }

    @Test
    void aChannelOverwriteMayGrantAPermissionTheServerDoesNot() {
        TestUser helper = alice.withPermissionsIn("help-desk", Permission.MANAGE_MESSAGES);

        assertThat(helper.in("help-desk").says("!purge")).containsExactly("cogbot: purge ran");
        assertThat(helper.says("!purge")).singleElement().asString().startsWith("cogbot: You need");
    }

    @Test
    void anAdministratorDeniedAPermissionInAChannelStillHoldsIt() {
        TestUser admin = alice.withPermissions(Permission.ADMINISTRATOR)
                .deniedIn("announcements", Permission.MANAGE_MESSAGES);

        assertThat(admin.in("announcements").says("!purge")).containsExactly("cogbot: purge ran");
    }

    @Test
    void theServerWideCheckIgnoresTheChannelsOverwrites() {
        TestUser moderator = alice.withPermissions(Permission.MANAGE_MESSAGES)
                .deniedIn("announcements", Permission.MANAGE_MESSAGES);

        assertThat(moderator.in("announcements").says("!sweep")).containsExactly("cogbot: sweep ran");
    }

    @Test
    void theServerWideCheckRefusesAMemberWhoseChannelAloneGrantsIt() {
        TestUser helper = alice.withPermissionsIn("help-desk", Permission.MANAGE_MESSAGES);

        assertThat(helper.in("help-desk").says("!sweep"))
                .containsExactly("cogbot: You need the Manage Messages permission to use !sweep.");
    }

    @Test
    void aServerWidePermissionCommandInADmIsAnsweredThatItWorksOnlyInAServer() {
        assertThat(alice.inDm().says("!sweep")).containsExactly("cogbot: !sweep works only in a server.");
    }

    @Test
    void aPermissionCommandInADmIsAnsweredThatItWorksOnlyInAServer() {
        assertThat(alice.inDm().says("!purge")).containsExactly("cogbot: !purge works only in a server.");
    }

    @Test
    void aBotWithAPlainMembersRightsSaysWhichPermissionItNeeds() {
        assertThat(alice.says("!tidy"))
                .containsExactly("cogbot: I need the Manage Messages permission in this channel to run !tidy.");
    }

    @Test
    void theBotMissingPermissionsErrorNamesWhatTheBotLacks() {
        alice.says("!tidy");

        assertThat(cog.errors).singleElement().isInstanceOfSatisfying(BotMissingPermissions.class,
                e -> assertThat(e.missing()).containsExactly(Permission.MANAGE_MESSAGES));
    }

    @Test
    void aBotGrantedThePermissionRunsTheCommand() {
        bot.grantBot(Permission.MANAGE_MESSAGES);

        assertThat(alice.says("!tidy")).containsExactly("cogbot: tidy ran");
    }

    @Test
    void theBotsPermissionsAreThoseOfTheChannelTheCommandIsUsedIn() {
        TestUser inModLog = alice.in("mod-log");
        bot.grantBotIn(inModLog.channel(), Permission.MANAGE_MESSAGES);

        assertThat(inModLog.says("!tidy")).containsExactly("cogbot: tidy ran");
        assertThat(alice.says("!tidy")).singleElement().asString().startsWith("cogbot: I need");
    }

    @Test
    void theRequireBotPermissionsANetworkDoesNotGiveInADm() {
        assertThat(alice.inDm().says("!tidy"))
                .containsExactly("cogbot: I need the Manage Messages permission here to run !tidy.");
    }

    @Test
    void aMemberWithOneOfTheRolesMayUseTheCommand() {
        assertThat(alice.withRoles(bot.role("Admin")).says("!warn")).containsExactly("cogbot: warn ran");
    }

    @Test
    void aRoleMayBeNamedInAnyCase() {
        assertThat(alice.withRoles(bot.role("moderator")).says("!warn")).containsExactly("cogbot: warn ran");
    }

    @Test
    void aMemberWithNoneOfTheRolesIsToldWhichWouldDo() {
        assertThat(alice.withRoles(bot.role("Regular")).says("!warn"))
                .containsExactly("cogbot: You need one of the roles Moderator or Admin to use !warn.");
    }

    @Test
    void aMemberWithoutTheOneRoleIsToldItsName() {
        assertThat(alice.says("!mute")).containsExactly("cogbot: You need the Moderator role to use !mute.");
    }

    @Test
    void theMissingAnyRoleErrorListsTheRolesAsDeclared() {
        alice.says("!warn");

        assertThat(cog.errors).singleElement().isInstanceOfSatisfying(MissingAnyRole.class,
                e -> assertThat(e.roles()).containsExactly("Moderator", "Admin"));
    }

    @Test
    void aRoleCommandInADmIsAnsweredThatItWorksOnlyInAServer() {
        assertThat(alice.inDm().says("!warn")).containsExactly("cogbot: !warn works only in a server.");
    }

    @Test
    void anOwnerMayUseAnOwnerOnlyCommand() {
        assertThat(bot.user("olive").says("!say")).containsExactly("cogbot: say ran");
    }

    @Test
    void anyoneElseIsToldOnlyTheOwnersMayUseIt() {
        assertThat(alice.says("!say")).containsExactly("cogbot: Only the bot's owners can use !say.");
    }

    @Test
    void aCheckOnTheCogClassAppliesToEveryCommandOfTheCog() {
        TestUser inDm = alice.inDm();

        assertThat(inDm.says("!first")).containsExactly("cogbot: !first works only in a server.");
        assertThat(inDm.says("!second")).containsExactly("cogbot: !second works only in a server.");
    }

    @Test
    void theCogClassChecksAndTheMethodsBothApply() {
        assertThat(alice.says("!first")).containsExactly("cogbot: first ran");
        assertThat(alice.says("!second")).containsExactly("cogbot: You need the Manage Guild permission to use !second.");
    }

    static final class GuildOnlyBotCog implements Cog {
        @Override
        public void onLoad(Bot bot) {
            bot.addCheck(Checks.guildOnly());
        }
    }

    @Test
    void aReadyMadeCheckAddedThroughTheBotAppliesToEveryPluginsCommands() {
        bot.load("open", new OpenCog());
        bot.load("everywhere", new GuildOnlyBotCog());

        assertThat(alice.inDm().says("!open")).containsExactly("cogbot: !open works only in a server.");
        assertThat(alice.says("!open")).containsExactly("cogbot: open ran");
    }

    @Test
    void aReadyMadeCheckAddedThroughTheBotGoesWithItsPlugin() {
        bot.load("open", new OpenCog());
        bot.load("everywhere", new GuildOnlyBotCog());
        bot.unload("everywhere");

        assertThat(alice.inDm().says("!open")).containsExactly("cogbot: open ran");
    }

    static final class ModeratorsOnlyBotCog implements Cog {
        @Override
        public void onLoad(Bot bot) {
            bot.addCheck(Checks.hasPermissions(Permission.MANAGE_MESSAGES));
        }
    }

    @Test
    void aBotWideCheckRefusingAMessageThatNamesNoCommandSaysNothing() {
        bot.load("moderators", new ModeratorsOnlyBotCog());

        assertThat(alice.says("!hlep")).isEmpty();
    }

    @Test
    void aBotWideCheckRefusingAnExistingCommandStillSaysWhy() {
        bot.load("open", new OpenCog());
        bot.load("moderators", new ModeratorsOnlyBotCog());

        assertThat(alice.says("!open")).containsExactly("cogbot: You need the Manage Messages permission to use !open.");
    }

    @Test
    void aTypoPassingTheBotWideChecksIsStillAnswered() {
        bot.load("moderators", new ModeratorsOnlyBotCog());

        assertThat(alice.withPermissions(Permission.MANAGE_MESSAGES).says("!hlep")).singleElement().asString()
                .startsWith("cogbot: I don't know !hlep.");
    }

    @Test
    void theAnnotationsAndTheFactoryShareOneImplementation() {
        assertThat(bot.runtime().registry().find("members").orElseThrow().checks()).containsExactly(Checks.guildOnly());
    }

    @Test
    void theReadyMadeChecksSayWhatTheyAre() {
        assertThat(List.of(Checks.guildOnly(), Checks.dmOnly(), Checks.ownerOnly(),
                Checks.hasPermissions(Permission.MANAGE_MESSAGES), Checks.hasAnyRole("Moderator")))
                .extracting(Object::toString)
                .containsExactly("@GuildOnly", "@DmOnly", "@OwnerOnly", "@RequirePermissions[MANAGE_MESSAGES]",
                        "@RequireAnyRole[Moderator]");
    }
}
