package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.Bot;
import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;
import dev.cogbot.api.OnError;
import dev.cogbot.api.error.CheckFailure;
import dev.cogbot.api.error.CommandCancelled;
import dev.cogbot.api.error.CommandError;
import dev.cogbot.api.error.CommandInvokeError;
import dev.cogbot.api.error.CommandNotFound;
import dev.cogbot.api.error.UserInputError;
import dev.cogbot.api.error.WaitTimedOut;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ErrorHandlerChainTest {

    /** What a handler does with the error it is given. */
    enum Then {
        HANDLE, RETHROW, REPLACE, CRASH
    }

    static final class ChainCog implements Cog {
        final List<String> seen = new CopyOnWriteArrayList<>();
        final List<CommandError> errors = new CopyOnWriteArrayList<>();
        volatile Then command = Then.RETHROW;
        volatile Then cog = Then.RETHROW;
        volatile Then botWide = Then.RETHROW;

        @Override
        public void onLoad(Bot bot) {
            bot.onCommandError((ctx, error) -> handle("bot-wide", botWide, ctx, error));
        }

        private void handle(String who, Then then, Context ctx, CommandError error) {
            seen.add(who + " saw " + error.getClass().getSimpleName() + ": " + error.getMessage());
            errors.add(error);
            switch (then) {
                case HANDLE -> ctx.send("handled by " + who);
                case RETHROW -> throw error;
                case REPLACE -> throw new UserInputError("replaced by " + who);
                case CRASH -> throw new IllegalStateException(who + " crashed");
            }
        }

        @Command
        public void boom(Context ctx) {
            throw new IllegalStateException("kaboom");
        }

        @Command
        public void picky(Context ctx) {
            throw new UserInputError("picky says no");
        }

        @Command
        public void io(Context ctx) throws IOException {
            throw new IOException("disk on fire");
        }

        @Command
        public void ping(Context ctx) {
            ctx.send("pong");
        }

        @OnError({"boom", "picky", "io"})
        public void onCommandError(Context ctx, CommandError error) {
            handle("command", command, ctx, error);
        }

        @Override
        public void cogCommandError(Context ctx, CommandError error) {
            handle("cog", cog, ctx, error);
        }
    }

    /** A bot-wide handler taking the sealed hierarchy apart with a pattern-matching switch. */
    static final class SwitchingCog implements Cog {
        @Override
        public void onLoad(Bot bot) {
            bot.onCommandError((ctx, error) -> {
                switch (error) {
                    case CheckFailure refused -> ctx.send("refused: " + refused.getMessage());
                    case UserInputError input -> ctx.send("bad input: " + input.getMessage());
                    case CommandNotFound unknown ->
                            ctx.send("unknown: " + unknown.attempted() + ", close: " + unknown.suggestions());
                    case CommandInvokeError crashed -> ctx.send("crashed: " + crashed.getCause().getMessage());
                    case CommandCancelled cancelled -> throw cancelled;
                    case WaitTimedOut gaveUp -> throw gaveUp;
                }
            });
        }
    }

    private final ChainCog cog = new ChainCog();
    private final TestBot bot = TestBot.builder().plugin("chain", cog).build();
    private final TestUser alice = bot.user("alice");

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    void theCommandsHandlerComesFirstThenTheCogsThenTheBotWideOnesThenTheFallback() {
        List<String> replies = alice.says("!picky");

        assertThat(cog.seen).containsExactly(
                "command saw UserInputError: picky says no",
                "cog saw UserInputError: picky says no",
                "bot-wide saw UserInputError: picky says no");
        assertThat(replies).containsExactly("cogbot: Picky says no. Usage: !picky");
    }

    @Test
    void aCommandHandlerThatReturnsEndsTheChain() {
        cog.command = Then.HANDLE;

        assertThat(alice.says("!picky")).containsExactly("cogbot: handled by command");
        assertThat(cog.seen).hasSize(1);
    }

    @Test
    void aCogHandlerThatReturnsEndsTheChain() {
        cog.cog = Then.HANDLE;

        assertThat(alice.says("!picky")).containsExactly("cogbot: handled by cog");
        assertThat(cog.seen).hasSize(2);
    }

    @Test
    void aBotWideHandlerThatReturnsKeepsTheFallbackQuiet() {
        cog.botWide = Then.HANDLE;

        assertThat(alice.says("!picky")).containsExactly("cogbot: handled by bot-wide");
        assertThat(cog.seen).hasSize(3);
    }

    @Test
    void throwingADifferentCommandErrorPassesThatOneOn() {
        cog.command = Then.REPLACE;

        List<String> replies = alice.says("!boom");

        assertThat(cog.seen).containsExactly(
                "command saw CommandInvokeError: the command failed: java.lang.IllegalStateException: kaboom",
                "cog saw UserInputError: replaced by command",
                "bot-wide saw UserInputError: replaced by command");
        assertThat(replies).containsExactly("cogbot: Replaced by command. Usage: !boom");
    }

    @Test
    void aHandlerThatCrashesPassesOnACommandInvokeErrorWithTheCrashAsCause() {
        cog.cog = Then.CRASH;

        alice.says("!picky");

        assertThat(cog.errors.get(2)).isInstanceOf(CommandInvokeError.class);
        assertThat(cog.errors.get(2).getCause()).isInstanceOf(IllegalStateException.class).hasMessage("cog crashed");
    }

    @Test
    void anExceptionThatIsNotACommandErrorArrivesAsCommandInvokeErrorWithTheOriginalAsCause() {
        alice.says("!boom");

        assertThat(cog.errors).hasSize(3).allSatisfy(error -> assertThat(error)
                .isInstanceOf(CommandInvokeError.class)
                .cause().isInstanceOf(IllegalStateException.class).hasMessage("kaboom"));
    }

    @Test
    void aCheckedExceptionArrivesAsCommandInvokeErrorWithTheOriginalAsCause() {
        alice.says("!io");

        assertThat(cog.errors.getFirst()).isInstanceOf(CommandInvokeError.class)
                .cause().isInstanceOf(IOException.class).hasMessage("disk on fire");
    }

    @Test
    void theFallbackAnswersACrashWithAMessageAboutAProblem() {
        assertThat(alice.says("!boom"))
                .containsExactly("cogbot: Sorry, !boom ran into a problem; the details are in the bot's log.");
    }

    @Test
    void aCrashedCommandDoesNotBreakTheBot() {
        alice.says("!boom");

        assertThat(alice.says("!ping")).containsExactly("cogbot: pong");
        assertThat(bot.user("bob").says("!ping")).containsExactly("cogbot: pong");
    }

    @Test
    void aPatternMatchingSwitchInABotWideHandlerSeesEachKindOfError() {
        cog.command = Then.RETHROW;
        bot.load("switching", new SwitchingCog());

        assertThat(alice.says("!boom")).containsExactly("cogbot: crashed: kaboom");
        assertThat(alice.says("!picky")).containsExactly("cogbot: bad input: picky says no");
        assertThat(alice.says("!pnig")).containsExactly("cogbot: unknown: pnig, close: [ping]");
    }

    @Test
    void botWideHandlersRunInTheOrderTheyWereAdded() {
        bot.load("switching", new SwitchingCog());

        alice.says("!picky");

        // the chain cog's handler was added first and rethrows; the switching one answers
        assertThat(cog.seen).last().asString().startsWith("bot-wide saw");
        assertThat(bot.transcript()).last().isEqualTo("cogbot: bad input: picky says no");
    }

    @Test
    void botWideHandlersSeeUnknownCommandsWhichHaveNoCommandOrCogHandler() {
        alice.says("!nosuch");

        assertThat(cog.seen).containsExactly("bot-wide saw CommandNotFound: unknown command 'nosuch'");
    }
}
