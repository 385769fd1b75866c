package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.AfterInvoke;
import dev.cogbot.api.BeforeInvoke;
import dev.cogbot.api.Bot;
import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.CommandCheck;
import dev.cogbot.api.Context;
import dev.cogbot.api.StoreException;
import dev.cogbot.api.error.UserInputError;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HookOrderTest {

    static final class HookedCog implements Cog {
        final List<String> calls;

        HookedCog(List<String> calls) {
            this.calls = calls;
        }

        @Override
        public void onLoad(Bot bot) {
            bot.beforeInvoke(ctx -> calls.add("bot before"));
            bot.afterInvoke(ctx -> calls.add("bot after, failed=" + ctx.commandFailed()));
        }

        @BeforeInvoke({"work", "crash", "refuse", "count", "blocked"})
        public void commandBefore(Context ctx) {
            calls.add("command before");
        }

        @AfterInvoke({"work", "crash", "refuse", "count", "blocked"})
        public void commandAfter(Context ctx) {
            calls.add("command after, failed=" + ctx.commandFailed());
        }

        @Override
        public void cogBeforeInvoke(Context ctx) {
            calls.add("cog before");
        }

        @Override
        public void cogAfterInvoke(Context ctx) {
            calls.add("cog after, failed=" + ctx.commandFailed());
        }

        @Command
        public void work(Context ctx) {
            calls.add("command");
            ctx.send("worked");
        }

        @Command
        public void crash(Context ctx) {
            calls.add("command");
            throw new IllegalStateException("crashed");
        }

        @Command
        public void refuse(Context ctx) {
            calls.add("command");
            throw new UserInputError("refused");
        }

        @Command
        public void count(Context ctx, int n) {
            calls.add("command");
        }

        @Command
        public void blocked(Context ctx) {
            calls.add("command");
        }

        @CommandCheck("blocked")
        public boolean never(Context ctx) {
            return false;
        }

        @Command
        public void tally(Context ctx) {
            ctx.send("told");
        }

        @AfterInvoke("tally")
        public void countFails(Context ctx) {
            throw new StoreException("cannot add 1 to counter 'told': the disk is full");
        }

        @Command
        public void plain(Context ctx) {
            calls.add("command");
        }
    }

    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final TestBot bot = TestBot.builder().plugin("hooks", new HookedCog(calls)).build();
    private final TestUser alice = bot.user("alice");

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    void beforeHooksRunTheCommandsOwnThenTheCogsThenTheBotWideOnesThenTheCommand() {
        alice.says("!work");

        assertThat(calls.subList(0, 4)).containsExactly("command before", "cog before", "bot before", "command");
    }

    @Test
    void afterHooksRunInTheSameOrderAfterTheCommand() {
        alice.says("!work");

        assertThat(calls.subList(3, calls.size())).containsExactly(
                "command", "command after, failed=false", "cog after, failed=false", "bot after, failed=false");
    }

    @Test
    void afterHooksRunEvenWhenTheCommandThrewAndSeeThatItFailed() {
        alice.says("!crash");

        assertThat(calls).containsExactly("command before", "cog before", "bot before", "command",
                "command after, failed=true", "cog after, failed=true", "bot after, failed=true");
    }

    @Test
    void afterHooksSeeAFailureWhenTheCommandThrewACommandErrorToo() {
        alice.says("!refuse");

        assertThat(calls).endsWith("command after, failed=true", "cog after, failed=true", "bot after, failed=true");
    }

    @Test
    void anAfterHookThatFailsGetsTheCommandItsErrorReply() {
        assertThat(alice.says("!tally")).containsExactly("cogbot: told",
                "cogbot: Sorry, !tally ran into a problem; the details are in the bot's log.");
    }

    @Test
    void noHookRunsWhenACheckFails() {
        assertThat(alice.says("!blocked")).isEmpty();

        assertThat(calls).isEmpty();
    }

    @Test
    void noHookRunsWhenAnArgumentCannotBeConverted() {
        assertThat(alice.says("!count many")).singleElement().asString().contains("<n> must be a whole number");

        assertThat(calls).isEmpty();
    }

    @Test
    void noHookRunsWhenAnArgumentIsMissing() {
        alice.says("!count");

        assertThat(calls).isEmpty();
    }

    @Test
    void aCommandsOwnHooksRunOnlyForTheCommandsTheyName() {
        alice.says("!plain");

        assertThat(calls).containsExactly("cog before", "bot before", "command",
                "cog after, failed=false", "bot after, failed=false");
    }
}
