package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;
import dev.cogbot.api.checks.BucketType;
import dev.cogbot.api.checks.RequireBotPermissions;
import dev.cogbot.api.checks.Cooldown;
import dev.cogbot.api.checks.DmOnly;
import dev.cogbot.api.checks.GuildOnly;
import dev.cogbot.api.checks.MaxConcurrency;
import dev.cogbot.api.checks.RequireAnyRole;
import dev.cogbot.api.checks.RequireGuildPermissions;
import dev.cogbot.api.checks.RequirePermissions;
import dev.cogbot.runtime.commands.CogDefinitionException;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Checks, cooldowns and concurrency limits declared so that they cannot work fail the plugin's load, saying what to change. */
class CheckDeclarationTest {

    static final class BothPlacesCog implements Cog {
        @GuildOnly
        @DmOnly
        @Command
        public void nowhere(Context ctx) {
        }
    }

    static final class NoPermissionCog implements Cog {
        @RequirePermissions({})
        @Command
        public void anyone(Context ctx) {
        }
    }

    static final class NoGuildPermissionCog implements Cog {
        @RequireGuildPermissions({})
        @Command
        public void anybody(Context ctx) {
        }
    }

    static final class NoBotPermissionCog implements Cog {
        @RequireBotPermissions({})
        @Command
        public void anything(Context ctx) {
        }
    }

    static final class NoRoleCog implements Cog {
        @RequireAnyRole({})
        @Command
        public void roleless(Context ctx) {
        }
    }

    static final class ZeroRateCog implements Cog {
        @Cooldown(rate = 0, per = 10, bucket = BucketType.USER)
        @Command
        public void never(Context ctx) {
        }
    }

    static final class ZeroWindowCog implements Cog {
        @Cooldown(rate = 1, per = 0, bucket = BucketType.USER)
        @Command
        public void instant(Context ctx) {
        }
    }

    static final class MonthlyCog implements Cog {
        @Cooldown(rate = 1, per = 1, unit = ChronoUnit.MONTHS, bucket = BucketType.USER)
        @Command
        public void monthly(Context ctx) {
        }
    }

    static final class NoRunsCog implements Cog {
        @MaxConcurrency(value = 0, bucket = BucketType.GLOBAL)
        @Command
        public void stuck(Context ctx) {
        }
    }

    private final TestBot bot = TestBot.builder().build();

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    void guildOnlyAndDmOnlyTogetherFailTheLoad() {
        assertThatThrownBy(() -> bot.load("both", new BothPlacesCog())).isInstanceOf(CogDefinitionException.class)
                .hasMessageContaining("nowhere").hasMessageContaining("both @GuildOnly and @DmOnly");
    }

    @Test
    void requiringNoPermissionFailsTheLoad() {
        assertThatThrownBy(() -> bot.load("none", new NoPermissionCog())).isInstanceOf(CogDefinitionException.class)
                .hasMessageContaining("@RequirePermissions").hasMessageContaining("name at least one");
    }

    @Test
    void requiringNoServerWidePermissionFailsTheLoad() {
        assertThatThrownBy(() -> bot.load("none", new NoGuildPermissionCog())).isInstanceOf(CogDefinitionException.class)
                .hasMessageContaining("@RequireGuildPermissions").hasMessageContaining("name at least one");
    }

    @Test
    void requiringNoBotPermissionFailsTheLoad() {
        assertThatThrownBy(() -> bot.load("none", new NoBotPermissionCog())).isInstanceOf(CogDefinitionException.class)
                .hasMessageContaining("@RequireBotPermissions");
    }

    @Test
    void requiringNoRoleFailsTheLoad() {
        assertThatThrownBy(() -> bot.load("none", new NoRoleCog())).isInstanceOf(CogDefinitionException.class)
                .hasMessageContaining("@RequireAnyRole").hasMessageContaining("at least one role");
    }

    @Test
    void aCooldownOfNoUsesFailsTheLoad() {
        assertThatThrownBy(() -> bot.load("zero", new ZeroRateCog())).isInstanceOf(CogDefinitionException.class)
                .hasMessageContaining("@Cooldown").hasMessageContaining("at least 1 use");
    }

    @Test
    void aCooldownWindowOfNoTimeFailsTheLoad() {
        assertThatThrownBy(() -> bot.load("zero", new ZeroWindowCog())).isInstanceOf(CogDefinitionException.class)
                .hasMessageContaining("@Cooldown").hasMessageContaining("a window must last at least 1");
    }

    @Test
    void aCooldownInMonthsFailsTheLoadSinceAMonthHasNoFixedLength() {
        assertThatThrownBy(() -> bot.load("monthly", new MonthlyCog())).isInstanceOf(CogDefinitionException.class)
                .hasMessageContaining("use seconds, minutes, hours or days");
    }

    @Test
    void aConcurrencyLimitOfNoRunsFailsTheLoad() {
        assertThatThrownBy(() -> bot.load("stuck", new NoRunsCog())).isInstanceOf(CogDefinitionException.class)
                .hasMessageContaining("@MaxConcurrency").hasMessageContaining("at least 1");
    }

    @Test
    void aPluginThatFailedToLoadLeavesNoCommandBehind() {
        try {
            bot.load("both", new BothPlacesCog());
        } catch (CogDefinitionException expected) {
            // as asserted above
        }

        org.assertj.core.api.Assertions.assertThat(bot.runtime().registry().find("nowhere")).isEmpty();
    }
}
