package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.Bot;
import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.CommandCheck;
import dev.cogbot.api.Context;
import dev.cogbot.api.error.CheckDeclined;
import dev.cogbot.api.error.CommandError;
import dev.cogbot.api.error.CommandInvokeError;
import dev.cogbot.api.error.NotOwner;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CheckOrderTest {

    /** Records every check it runs in {@code calls}; a check whose name is in {@code failing} says no. */
    static final class GuardedCog implements Cog {
        final List<String> calls;
        final Set<String> failing = ConcurrentHashMap.newKeySet();
        final List<CommandError> errors = new CopyOnWriteArrayList<>();
        volatile RuntimeException commandCheckThrows;

        GuardedCog(List<String> calls) {
            this.calls = calls;
        }

        private boolean record(String check) {
            calls.add(check);
            return !failing.contains(check);
        }

        @Override
        public void onLoad(Bot bot) {
            bot.addCheck(ctx -> record("bot.addCheck"));
        }

        @Override
        public boolean botCheck(Context ctx) {
            return record("botCheck");
        }

        @Override
        public boolean cogCheck(Context ctx) {
            return record("cogCheck");
        }

        @CommandCheck("guarded")
        public boolean commandCheck(Context ctx) {
            RuntimeException toThrow = commandCheckThrows;
            if (toThrow != null) {
                calls.add("commandCheck throws");
                throw toThrow;
            }
            return record("commandCheck");
        }

        @Command
        public void guarded(Context ctx) {
            calls.add("command");
            ctx.send("ran");
        }

        @Override
        public void cogCommandError(Context ctx, CommandError error) {
            errors.add(error);
            throw error;
        }
    }

    /** Another plugin's cog: its bot-wide check applies to every plugin's commands. */
    static final class NeighbourCog implements Cog {
        final List<String> calls;
        volatile boolean blocking;

        NeighbourCog(List<String> calls) {
            this.calls = calls;
        }

        @Override
        public boolean botCheck(Context ctx) {
            calls.add("neighbour botCheck");
            return !blocking;
        }

        @Override
        public boolean cogCheck(Context ctx) {
            calls.add("neighbour cogCheck");
            return true;
        }
    }

    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final NeighbourCog neighbour = new NeighbourCog(calls);
    private final GuardedCog cog = new GuardedCog(calls);
    private final TestBot bot = TestBot.builder().plugin("neighbour", neighbour).plugin("guarded", cog).build();
    private final TestUser alice = bot.user("alice");

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    void botWideChecksRunFirstThenTheCogCheckThenTheCommandsOwnChecks() {
        assertThat(alice.says("!guarded")).containsExactly("cogbot: ran");

        assertThat(calls).containsExactly(
                "neighbour botCheck", "botCheck", "bot.addCheck", "cogCheck", "commandCheck", "command");
    }

    @Test
    void anotherCogsCogCheckDoesNotApply() {
        alice.says("!guarded");

        assertThat(calls).doesNotContain("neighbour cogCheck");
    }

    @Test
    void aFailingBotCheckOfAnotherPluginStopsEverythingAfterIt() {
        neighbour.blocking = true;

        assertThat(alice.says("!guarded")).isEmpty();
        assertThat(calls).containsExactly("neighbour botCheck");
    }

    @Test
    void aFailingCogBotCheckStopsTheRest() {
        cog.failing.add("botCheck");

        alice.says("!guarded");

        assertThat(calls).containsExactly("neighbour botCheck", "botCheck");
    }

    @Test
    void aFailingCheckAddedThroughTheBotStopsTheRest() {
        cog.failing.add("bot.addCheck");

        alice.says("!guarded");

        assertThat(calls).containsExactly("neighbour botCheck", "botCheck", "bot.addCheck");
    }

    @Test
    void aFailingCogCheckStopsTheCommandsOwnChecks() {
        cog.failing.add("cogCheck");

        alice.says("!guarded");

        assertThat(calls).containsExactly("neighbour botCheck", "botCheck", "bot.addCheck", "cogCheck");
    }

    @Test
    void aFailingCommandCheckStopsTheCommand() {
        cog.failing.add("commandCheck");

        alice.says("!guarded");

        assertThat(calls).containsExactly("neighbour botCheck", "botCheck", "bot.addCheck", "cogCheck", "commandCheck");
    }

    @Test
    void aFailedCheckReachesTheErrorHandlersAsACheckFailure() {
        cog.failing.add("cogCheck");

        alice.says("!guarded");

        assertThat(cog.errors).singleElement().isExactlyInstanceOf(CheckDeclined.class);
    }

    @Test
    void aFailedBotWideCheckReachesTheCommandsErrorHandlersToo() {
        neighbour.blocking = true;

        alice.says("!guarded");

        assertThat(cog.errors).singleElement().isExactlyInstanceOf(CheckDeclined.class);
    }

    @Test
    void byDefaultAFailedCheckIsAnsweredWithSilence() {
        cog.failing.add("commandCheck");

        assertThat(alice.says("!guarded")).isEmpty();
    }

    @Test
    void aCheckThrowingACheckFailureSubtypePassesItOnAsItIs() {
        NotOwner refusal = new NotOwner("owners only");
        cog.commandCheckThrows = refusal;

        alice.says("!guarded");

        assertThat(cog.errors).singleElement().isSameAs(refusal);
        assertThat(calls).doesNotContain("command");
    }

    @Test
    void aNotOwnerRefusalIsAnsweredByTheFallback() {
        cog.commandCheckThrows = new NotOwner("owners only");

        assertThat(alice.says("!guarded")).containsExactly("cogbot: Only the bot's owners can use !guarded.");
    }

    @Test
    void aCheckThatCrashesFailsTheCommandWithACommandInvokeError() {
        IllegalStateException crash = new IllegalStateException("check broke");
        cog.commandCheckThrows = crash;

        alice.says("!guarded");

        assertThat(cog.errors).singleElement()
                .isInstanceOfSatisfying(CommandInvokeError.class, e -> assertThat(e.getCause()).isSameAs(crash));
        assertThat(calls).doesNotContain("command");
    }

    @Test
    void theBuiltInHelpIsBlockedByABotWideCheckLikeAnyPluginCommand() {
        neighbour.blocking = true;

        assertThat(alice.says("!help")).isEmpty();
    }

    /** Stands in for the runtime's plugin administration, which a hush must not lock the owners out of. */
    static final class AdminCog implements Cog {
        @Command
        public void admin(Context ctx) {
            ctx.send("admin ran");
        }
    }

    @Test
    void aBuiltInCogInstalledAsExemptIsNotBlockedByBotWideChecks() {
        bot.runtime().installBuiltIn(new AdminCog(), true);
        neighbour.blocking = true;
        cog.failing.add("bot.addCheck");

        assertThat(alice.says("!admin")).containsExactly("cogbot: admin ran");
        assertThat(calls).isEmpty();
    }
}
