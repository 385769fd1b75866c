package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;
import dev.cogbot.api.checks.BucketType;
import dev.cogbot.api.checks.Cooldown;
import dev.cogbot.api.checks.GuildOnly;
import dev.cogbot.api.error.CommandError;
import dev.cogbot.api.error.CommandOnCooldown;
import dev.cogbot.runtime.commands.CommandCooldown;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Cooldowns as discord.py's: so many uses per window per bucket, on the bot's clock. */
class CooldownTest {

    static final class DailyCog implements Cog {
        final List<CommandError> errors = new CopyOnWriteArrayList<>();
        volatile boolean shopOpen = true;

        @Cooldown(rate = 2, per = 30, bucket = BucketType.USER)
        @Command
        public void roll(Context ctx) {
            ctx.send("rolled");
        }

        @Cooldown(rate = 1, per = 1, unit = ChronoUnit.DAYS, bucket = BucketType.USER)
        @Command
        public void daily(Context ctx) {
            if (!shopOpen) {
                ctx.resetCooldown();
                ctx.send("The shop is closed; try again later.");
                return;
            }
            ctx.send("Here is your reward.");
        }

        @Cooldown(rate = 1, per = 60, bucket = BucketType.MEMBER)
        @Command
        public void greet(Context ctx) {
            ctx.send("greeted");
        }

        @Cooldown(rate = 1, per = 60, bucket = BucketType.CHANNEL)
        @Command
        public void trivia(Context ctx) {
            ctx.send("trivia");
        }

        @Cooldown(rate = 1, per = 60, bucket = BucketType.GUILD)
        @Command
        public void raid(Context ctx) {
            ctx.send("raid");
        }

        @Cooldown(rate = 1, per = 60, bucket = BucketType.GLOBAL)
        @Command
        public void announce(Context ctx) {
            ctx.send("announced");
        }

        @Cooldown(rate = 1, per = 60, bucket = BucketType.USER)
        @Command
        public void repeat(Context ctx, int times) {
            ctx.send("repeated " + times);
        }

        @GuildOnly
        @Cooldown(rate = 1, per = 60, bucket = BucketType.USER)
        @Command
        public void local(Context ctx) {
            ctx.send("local");
        }

        @Cooldown(rate = 1, per = 60, bucket = BucketType.USER)
        @Command
        public void fragile(Context ctx) {
            throw new IllegalStateException("the dice fell off the table");
        }

        @Override
        public void cogCommandError(Context ctx, CommandError error) {
            errors.add(error);
            if (ctx.command().name().equals("fragile")) {
                ctx.resetCooldown();
            }
            throw error;
        }
    }

    private final DailyCog cog = new DailyCog();
    private final TestBot bot = TestBot.builder().plugin("daily", cog).build();
    private final TestUser alice = bot.user("alice");
    private final TestUser bob = bot.user("bob");

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    void theUsesWithinTheRateRun() {
        assertThat(alice.says("!roll")).containsExactly("cogbot: rolled");
        assertThat(alice.says("!roll")).containsExactly("cogbot: rolled");
    }

    @Test
    void oneUseTooManyIsToldHowLongToWait() {
        alice.says("!roll");
        alice.says("!roll");

        assertThat(alice.says("!roll")).containsExactly("cogbot: !roll is on cooldown for you; try again in 30s.");
    }

    @Test
    void theTimeLeftCountsDownOnTheBotsClock() {
        alice.says("!roll");
        bot.advance(Duration.ofSeconds(10));
        alice.says("!roll");

        assertThat(alice.says("!roll")).containsExactly("cogbot: !roll is on cooldown for you; try again in 20s.");
    }

    @Test
    void theTimeLeftIsRoundedUpToWholeSeconds() {
        alice.says("!roll");
        alice.says("!roll");
        bot.advance(Duration.ofMillis(29_500));

        assertThat(alice.says("!roll")).containsExactly("cogbot: !roll is on cooldown for you; try again in 1s.");
    }

    @Test
    void theCommandRunsAgainOnceTheWindowHasPassed() {
        alice.says("!roll");
        alice.says("!roll");
        bot.advance(Duration.ofSeconds(30));

        assertThat(alice.says("!roll")).containsExactly("cogbot: rolled");
    }

    @Test
    void aRefusedUseDoesNotMoveTheWindow() {
        alice.says("!roll");
        alice.says("!roll");
        bot.advance(Duration.ofSeconds(20));
        alice.says("!roll");
        bot.advance(Duration.ofSeconds(10));

        assertThat(alice.says("!roll")).containsExactly("cogbot: rolled");
    }

    @Test
    void theOnCooldownErrorCarriesTheTimeLeftAndTheBucket() {
        alice.says("!daily");
        bot.advance(Duration.ofHours(1));
        alice.says("!daily");

        assertThat(cog.errors).singleElement().isInstanceOfSatisfying(CommandOnCooldown.class, e -> {
            assertThat(e.retryAfter()).isEqualTo(Duration.ofHours(23));
            assertThat(e.bucket()).isEqualTo(BucketType.USER);
            assertThat(e.rate()).isEqualTo(1);
            assertThat(e.per()).isEqualTo(Duration.ofDays(1));
        });
    }

    @Test
    void aUserBucketFollowsTheUserToOtherChannelsAndServers() {
        alice.says("!daily");

        assertThat(alice.in("random").says("!daily")).singleElement().asString().contains("on cooldown for you");
        assertThat(alice.inGuild("Other").says("!daily")).singleElement().asString().contains("on cooldown for you");
        assertThat(alice.inDm().says("!daily")).singleElement().asString().contains("on cooldown for you");
    }

    @Test
    void anotherUserHasTheirOwnBucket() {
        alice.says("!daily");

        assertThat(bob.says("!daily")).containsExactly("cogbot: Here is your reward.");
    }

    @Test
    void aMemberBucketIsPerServer() {
        alice.says("!greet");

        assertThat(alice.in("random").says("!greet")).containsExactly("cogbot: !greet is on cooldown for you here; try again in 1m.");
        assertThat(alice.inGuild("Other").says("!greet")).containsExactly("cogbot: greeted");
    }

    @Test
    void aChannelBucketIsSharedByEveryoneInTheChannel() {
        alice.says("!trivia");

        assertThat(bob.says("!trivia")).containsExactly("cogbot: !trivia is on cooldown in this channel; try again in 1m.");
        assertThat(bob.in("random").says("!trivia")).containsExactly("cogbot: trivia");
    }

    @Test
    void aGuildBucketIsSharedByEveryoneInTheServer() {
        alice.says("!raid");

        assertThat(bob.in("random").says("!raid")).containsExactly("cogbot: !raid is on cooldown in this server; try again in 1m.");
        assertThat(bob.inGuild("Other").says("!raid")).containsExactly("cogbot: raid");
    }

    @Test
    void aGlobalBucketIsSharedByEveryoneEverywhere() {
        alice.says("!announce");

        assertThat(bob.inGuild("Other").says("!announce"))
                .containsExactly("cogbot: !announce is on cooldown for everyone; try again in 1m.");
    }

    @Test
    void resettingTheCooldownGivesTheUseBack() {
        cog.shopOpen = false;
        alice.says("!daily");
        cog.shopOpen = true;

        assertThat(alice.says("!daily")).containsExactly("cogbot: Here is your reward.");
    }

    @Test
    void anErrorHandlerMayGiveTheUseBackWhenTheCommandFailed() {
        alice.says("!fragile");

        assertThat(alice.says("!fragile")).singleElement().asString().contains("ran into a problem");
    }

    @Test
    void aUseWhoseArgumentsDidNotConvertIsNotCounted() {
        alice.says("!repeat lots");

        assertThat(alice.says("!repeat 3")).containsExactly("cogbot: repeated 3");
    }

    @Test
    void aUseRefusedByACheckIsNotCounted() {
        alice.inDm().says("!local");

        assertThat(alice.says("!local")).containsExactly("cogbot: local");
    }

    @Test
    void reloadingThePluginForgetsTheCooldowns() {
        alice.says("!daily");
        bot.unload("daily");
        bot.load("daily", new DailyCog());

        assertThat(alice.says("!daily")).containsExactly("cogbot: Here is your reward.");
    }

    @Test
    void bucketsWhoseWindowClosedAreForgottenAsOthersAreUsed() {
        for (int i = 0; i < 100; i++) {
            bot.user("early" + i).says("!roll");
        }
        bot.advance(Duration.ofSeconds(30));
        for (int i = 0; i < 200; i++) {
            bot.user("late" + i).says("!roll");
        }

        assertThat(rollCooldown().buckets()).isEqualTo(200);
    }

    private CommandCooldown rollCooldown() {
        return bot.runtime().registry().find("roll").orElseThrow().cooldown().orElseThrow();
    }
}
