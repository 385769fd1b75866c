package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.Arg;
import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;
import dev.cogbot.api.Typing;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {

    static final class NappingCog implements Cog {
        @Command
        public void nap(Context ctx, @Arg(value = "minutes", fallback = "1", unit = ChronoUnit.MINUTES) Duration length) {
            ctx.send(ctx.author().name() + " naps");
            ctx.sleep(length);
            ctx.send(ctx.author().name() + " wakes after " + length.toMinutes() + "m");
        }

        @Command
        public void ping(Context ctx) {
            ctx.send("pong");
        }

        @Command
        public void ask(Context ctx) {
            ctx.waitForReply(m -> true, Duration.ofMinutes(5));
            ctx.send("answered");
        }

        @Command
        public void think(Context ctx) {
            Typing typing = ctx.typing();
            try {
                ctx.sleep(Duration.ofSeconds(20));
            } finally {
                typing.close();
            }
            ctx.send("thought");
        }
    }

    private final TestBot bot = TestBot.builder().plugin("napping", new NappingCog()).build();
    private final TestUser alice = bot.user("alice");
    private final TestUser bob = bot.user("bob");

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    void aSleepingCommandDoesNotDelayAnotherCommand() {
        assertThat(alice.says("!nap")).containsExactly("cogbot: alice naps");

        assertThat(bob.says("!ping")).containsExactly("cogbot: pong");
    }

    @Test
    void aSleepingCommandWakesExactlyWhenItsTimeIsUp() {
        alice.says("!nap");

        assertThat(bot.advance(Duration.ofSeconds(59))).isEmpty();
        assertThat(bot.advance(Duration.ofSeconds(1))).containsExactly("cogbot: alice wakes after 1m");
    }

    @Test
    void theSameUserCanRunACommandWhileTheirOtherCommandSleeps() {
        alice.says("!nap");

        assertThat(alice.says("!ping")).containsExactly("cogbot: pong");
    }

    @Test
    void aCommandWaitingForAReplyDoesNotDelayAnotherCommand() {
        alice.says("!ask");

        assertThat(bob.says("!ping")).containsExactly("cogbot: pong");
    }

    @Test
    void sleepersWakeInTheOrderOfTheirDeadlinesNotTheOrderTheyStarted() {
        alice.says("!nap 3");
        bob.says("!nap 1");
        bot.user("carol").says("!nap 2");

        assertThat(bot.advance(Duration.ofMinutes(3))).containsExactly(
                "cogbot: bob wakes after 1m", "cogbot: carol wakes after 2m", "cogbot: alice wakes after 3m");
    }

    @Test
    void manyCommandsSleepAtOnceWithoutHoldingEachOtherUp() {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            bot.user("user" + i).says("!nap");
            expected.add("cogbot: user" + i + " wakes after 1m");
        }

        assertThat(bot.advance(Duration.ofMinutes(1))).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void typingIsShownAtOnceAndRefreshedWhileTheCommandWorks() {
        assertThat(alice.says("!think")).containsExactly("cogbot is typing…");

        assertThat(bot.advance(Duration.ofSeconds(20)))
                .containsExactly("cogbot is typing…", "cogbot is typing…", "cogbot: thought");
        assertThat(bot.advance(Duration.ofMinutes(1))).isEmpty();
    }
}
