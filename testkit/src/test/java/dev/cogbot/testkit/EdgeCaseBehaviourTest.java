package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.api.Arg;
import dev.cogbot.api.Bot;
import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;
import dev.cogbot.api.error.CommandError;
import dev.cogbot.api.error.CommandInvokeError;
import dev.cogbot.runtime.commands.CogDefinitionException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class EdgeCaseBehaviourTest {

    static final class UnsupportedTypeWithFallbackCog implements Cog {
        @Command
        public void remind(Context ctx, @Arg(value = "day", fallback = "2026-01-01") LocalDate day) {
        }
    }

    @Test
    void anUnsupportedParameterTypeWithAFallbackFailsTheLoadNamingTheMethodAndTheType() {
        try (TestBot bot = TestBot.builder().build()) {
            assertThatThrownBy(() -> bot.load("bad", new UnsupportedTypeWithFallbackCog()))
                    .isInstanceOf(CogDefinitionException.class)
                    .hasMessageContaining("UnsupportedTypeWithFallbackCog.remind")
                    .hasMessageContaining("LocalDate");
        }
    }

    static final class LinkageCog implements Cog {
        final List<CommandError> errors = new CopyOnWriteArrayList<>();

        @Command
        public void linkage(Context ctx) {
            throw new NoClassDefFoundError("com/example/Missing");
        }

        @Override
        public void cogCommandError(Context ctx, CommandError error) {
            errors.add(error);
            throw error;
        }
    }

    @Test
    void anErrorThrownByACommandReachesTheHandlersAsCommandInvokeErrorAndIsAnswered() {
        LinkageCog cog = new LinkageCog();
        try (TestBot bot = TestBot.builder().plugin("linkage", cog).build()) {
            List<String> replies = bot.user("alice").says("!linkage");

            assertThat(cog.errors).singleElement().isInstanceOf(CommandInvokeError.class)
                    .extracting(Throwable::getCause).isInstanceOf(NoClassDefFoundError.class);
            assertThat(replies)
                    .containsExactly("cogbot: Sorry, !linkage ran into a problem; the details are in the bot's log.");
        }
    }

    static final class HandleCog implements Cog {
        volatile Bot bot;

        @Override
        public void onLoad(Bot bot) {
            this.bot = bot;
        }
    }

    @Test
    void theClockNeverRunsBackwardsForALoopWhoseBodyOverrunsItsInterval() {
        HandleCog cog = new HandleCog();
        try (TestBot bot = TestBot.builder().plugin("looping", cog).build()) {
            List<Instant> seen = new CopyOnWriteArrayList<>();
            cog.bot.loop(Duration.ofMinutes(1), () -> {
                seen.add(cog.bot.now());
                cog.bot.sleep(Duration.ofSeconds(90));
                seen.add(cog.bot.now());
            }).start();

            bot.advance(Duration.ofMinutes(5));

            assertThat(seen).isSorted();
        }
    }

    static final class BlinkCog implements Cog {
        @Command
        public void blink(Context ctx) {
            ctx.sleep(Duration.ZERO);
            ctx.send("blinked");
        }
    }

    @Test
    void aZeroLengthSleepReturnsAtOnceWithoutTheClockMoving() {
        try (TestBot bot = TestBot.builder().plugin("blink", new BlinkCog()).build()) {
            assertThat(bot.user("alice").says("!blink")).containsExactly("cogbot: blinked");
        }
    }

    static final class CommandAwareCheckCog implements Cog {
        @Override
        public boolean botCheck(Context ctx) {
            return !"forbidden".equals(ctx.command().name());
        }

        @Command
        public void ping(Context ctx) {
            ctx.send("pong");
        }
    }

    @Test
    void aBotWideCheckThatLooksAtTheCommandDoesNotBreakTheAnswerToATypo() {
        try (TestBot bot = TestBot.builder().plugin("aware", new CommandAwareCheckCog()).build()) {
            assertThat(bot.user("alice").says("!pnig"))
                    .containsExactly("cogbot: I don't know !pnig. Did you mean !ping? Type !help for the list.");
        }
    }
}
