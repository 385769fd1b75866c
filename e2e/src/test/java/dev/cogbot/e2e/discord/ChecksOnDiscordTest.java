package dev.cogbot.e2e.discord;

import static dev.cogbot.discordfake.FakeDiscordConfig.ALICE_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.BOB_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.BOT_ROLE_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.CAROL_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.GENERAL_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.RANDOM_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.discordfake.FakeDiscordConfig;
import dev.cogbot.discordfake.model.FakeChannel;
import dev.cogbot.discordfake.model.FakeGuild;
import dev.cogbot.discordfake.model.FakeMember;
import dev.cogbot.discordfake.model.FakeUser;
import dev.cogbot.discordfake.model.Permissions;
import dev.cogbot.e2e.lifecycle.TestPlugins;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Permission and role checks and cooldowns through the real JDA transport on a local Discord. The
 * bot's managed role lets it manage messages, but {@code #random} takes that away from it with a
 * channel overwrite; alice has the Moderator role, which lets her manage messages, but a member
 * overwrite on {@code #random} takes that away from her there; bob is a plain member.
 */
class ChecksOnDiscordTest {

    private static final String GUARDED_COG = """
            import dev.cogbot.api.checks.*;

            public final class GuardedCog implements Cog {
                @RequirePermissions(Permission.MANAGE_MESSAGES)
                @Command(name = "purge")
                public void purge(Context ctx) { ctx.send("purged"); }

                @RequireGuildPermissions(Permission.MANAGE_MESSAGES)
                @Command(name = "sweep")
                public void sweep(Context ctx) { ctx.send("swept"); }

                @RequireBotPermissions(Permission.MANAGE_MESSAGES)
                @Command(name = "tidy")
                public void tidy(Context ctx) { ctx.send("tidied"); }

                @RequireAnyRole("Moderator")
                @Command(name = "warn")
                public void warn(Context ctx) { ctx.send("warned"); }

                @Cooldown(rate = 1, per = 30, bucket = BucketType.USER)
                @Command(name = "roll")
                public void roll(Context ctx) { ctx.send("rolled"); }
            }""";

    @TempDir
    Path home;

    private DiscordSession bot;

    @BeforeEach
    void connect() {
        TestPlugins.plugin("guarded", "1.0.0").cog(GUARDED_COG).writeTo(home.resolve("plugins").resolve("guarded-1.0.0.jar"));
        bot = DiscordSession.on(home, withoutManagingMessagesInRandom(), Map.of());
    }

    @AfterEach
    void disconnect() {
        bot.close();
    }

    /**
     * The default world, where overwrites on {@code #random} deny Manage Messages to the bot's role and
     * to alice herself, and carol owns the server.
     */
    private static FakeDiscordConfig withoutManagingMessagesInRandom() {
        FakeDiscordConfig defaults = FakeDiscordConfig.defaults();
        FakeGuild guild = defaults.guild();
        FakeChannel random = guild.channel("random");
        FakeChannel deniedRandom = new FakeChannel(random.id(), random.name(), random.position(), random.topic(),
                List.of(new FakeChannel.Overwrite(BOT_ROLE_ID, 0, 0, Permissions.MANAGE_MESSAGES),
                        new FakeChannel.Overwrite(ALICE_ID, 1, 0, Permissions.MANAGE_MESSAGES)));
        // carol owns the server here, since an owner holds every permission whatever an overwrite says
        List<FakeMember> members = new ArrayList<>(guild.members());
        members.add(FakeMember.of(CAROL_ID));
        FakeGuild changed = new FakeGuild(guild.id(), guild.name(), CAROL_ID, guild.roles(),
                List.of(guild.channel("general"), deniedRandom), members);
        List<FakeUser> users = new ArrayList<>(defaults.users());
        users.add(FakeUser.human(CAROL_ID, "carol"));
        return defaults.toBuilder().guild(changed).users(users).build();
    }

    @Test
    void aMemberWithoutThePermissionIsToldWhichOneTheyNeed() {
        assertThat(bot.says(BOB_ID, GENERAL_ID, "!purge")).singleElement().asString()
                .endsWith("You need the Manage Messages permission to use !purge.");
    }

    @Test
    void aModeratorHoldsThePermission() {
        assertThat(bot.says(ALICE_ID, GENERAL_ID, "!purge")).singleElement().asString().endsWith("purged");
    }

    @Test
    void aModeratorDeniedThePermissionInAChannelIsRefusedThere() {
        assertThat(bot.says(ALICE_ID, RANDOM_ID, "!purge")).singleElement().asString()
                .endsWith("You need the Manage Messages permission to use !purge.");
    }

    @Test
    void theServerWideCheckLetsTheModeratorThroughWhereAnOverwriteDeniesHer() {
        assertThat(bot.says(ALICE_ID, RANDOM_ID, "!sweep")).singleElement().asString().endsWith("swept");
    }

    @Test
    void theBotsRoleLetsItRunTheCommandWhereNoOverwriteDeniesIt() {
        assertThat(bot.says(BOB_ID, GENERAL_ID, "!tidy")).singleElement().asString().endsWith("tidied");
    }

    @Test
    void aChannelOverwriteDenyingTheBotThePermissionIsExplained() {
        assertThat(bot.says(BOB_ID, RANDOM_ID, "!tidy")).singleElement().asString()
                .endsWith("I need the Manage Messages permission in this channel to run !tidy.");
    }

    @Test
    void aMemberWithoutTheRoleIsToldItsName() {
        assertThat(bot.says(BOB_ID, GENERAL_ID, "!warn")).singleElement().asString()
                .endsWith("You need the Moderator role to use !warn.");
    }

    @Test
    void aMemberWithTheRoleMayUseTheCommand() {
        assertThat(bot.says(ALICE_ID, GENERAL_ID, "!warn")).singleElement().asString().endsWith("warned");
    }

    @Test
    void oneUseTooManyIsToldHowLongToWait() {
        bot.says(BOB_ID, GENERAL_ID, "!roll");

        assertThat(bot.says(BOB_ID, GENERAL_ID, "!roll")).singleElement().asString()
                .endsWith("!roll is on cooldown for you; try again in 30s.");
    }

    @Test
    void theCooldownEndsOnTheBotsClock() {
        bot.says(BOB_ID, GENERAL_ID, "!roll");
        bot.says(BOB_ID, GENERAL_ID, "!roll");
        bot.advance(Duration.ofSeconds(30));

        assertThat(bot.says(BOB_ID, GENERAL_ID, "!roll")).singleElement().asString().endsWith("rolled");
    }
}
