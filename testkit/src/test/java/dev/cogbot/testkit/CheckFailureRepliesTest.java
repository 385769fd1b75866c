package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.cogbot.api.Bot;
import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.CommandCheck;
import dev.cogbot.api.Context;
import dev.cogbot.api.OnError;
import dev.cogbot.api.error.CheckDeclined;
import dev.cogbot.api.error.CheckFailure;
import dev.cogbot.api.error.CommandError;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Which check failures the user is told of by default: a check's plain {@code false} is not (it is
 * logged at DEBUG by name), a {@link CheckFailure} thrown with a message is, as it is.
 */
class CheckFailureRepliesTest {

    static final class StaffCog implements Cog {
        final List<CommandError> errors = new CopyOnWriteArrayList<>();

        @CommandCheck("quiet")
        public boolean saysNoQuietly(Context ctx) {
            return false;
        }

        @CommandCheck("explained")
        public boolean saysWhy(Context ctx) {
            throw new CheckFailure("Use !explained in #mod-log.");
        }

        @Command
        public void quiet(Context ctx) {
            ctx.send("quiet ran");
        }

        @Command
        public void explained(Context ctx) {
            ctx.send("explained ran");
        }

        @Command
        public void refuses(Context ctx) {
            throw new CheckFailure("only on weekdays");
        }

        @Command
        public void handled(Context ctx) {
            throw new CheckFailure("not now");
        }

        @OnError("handled")
        public void onHandledError(Context ctx, CommandError error) {
            ctx.message().addReaction("⛔");
        }

        @Override
        public void cogCommandError(Context ctx, CommandError error) {
            errors.add(error);
            throw error;
        }
    }

    static final class LambdaCheckCog implements Cog {
        @Override
        public void onLoad(Bot bot) {
            bot.addCheck(ctx -> !ctx.invokedWith().equals("quiet"));
        }
    }

    private final StaffCog cog = new StaffCog();
    private final TestBot bot = TestBot.builder().plugin("staff", cog).build();
    private final TestUser alice = bot.user("alice");
    private final Logger fallbackLog = (Logger) LoggerFactory.getLogger("dev.cogbot.runtime.commands.FallbackErrorHandler");
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private Level levelBefore;

    @BeforeEach
    void captureDebugLines() {
        levelBefore = fallbackLog.getLevel();
        fallbackLog.setLevel(Level.DEBUG);
        logged.start();
        fallbackLog.addAppender(logged);
    }

    @AfterEach
    void close() {
        fallbackLog.detachAppender(logged);
        fallbackLog.setLevel(levelBefore);
        bot.close();
    }

    @Test
    void aCheckThatReturnsFalseIsAnsweredWithSilence() {
        assertThat(alice.says("!quiet")).isEmpty();
    }

    @Test
    void aCheckThatReturnsFalseFailsWithACheckDeclinedNamingTheCheck() {
        alice.says("!quiet");

        assertThat(cog.errors).singleElement().isInstanceOfSatisfying(CheckDeclined.class,
                declined -> assertThat(declined.check()).isEqualTo("StaffCog.saysNoQuietly"));
    }

    @Test
    void aCheckThatReturnsFalseIsLoggedAtDebugWithItsName() {
        alice.says("!quiet");

        assertThat(logged.list).singleElement().satisfies(line -> {
            assertThat(line.getLevel()).isEqualTo(Level.DEBUG);
            assertThat(line.getFormattedMessage()).contains("!quiet").contains("StaffCog.saysNoQuietly")
                    .contains("returned false");
        });
    }

    @Test
    void aBotWideLambdaCheckIsNamedForItsPlugin() {
        bot.load("gate", new LambdaCheckCog());

        alice.says("!quiet");

        assertThat(cog.errors).singleElement().isInstanceOfSatisfying(CheckDeclined.class,
                declined -> assertThat(declined.check()).isEqualTo("a bot-wide check of plugin gate"));
    }

    @Test
    void aCheckFailureThrownByACheckWithAMessageIsShownAsItIs() {
        assertThat(alice.says("!explained")).containsExactly("cogbot: Use !explained in #mod-log.");
    }

    @Test
    void aCheckFailureThrownByTheCommandItselfIsShownAsASentence() {
        assertThat(alice.says("!refuses")).containsExactly("cogbot: Only on weekdays.");
    }

    @Test
    void aHandlerThatDealsWithACheckFailureReplacesTheDefaultReply() {
        assertThat(alice.says("!handled")).containsExactly("cogbot reacted ⛔ to " + alice.lastMessageId());
    }
}
