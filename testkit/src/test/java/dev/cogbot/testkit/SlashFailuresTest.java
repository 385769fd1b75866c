package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.Bot;
import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;
import dev.cogbot.api.checks.Cooldown;
import dev.cogbot.api.checks.OwnerOnly;
import dev.cogbot.api.checks.BucketType;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A slash command is always answered, whatever stops it: Discord shows its user "the application
 * did not respond" otherwise. Refusals and input errors are answered privately.
 */
class SlashFailuresTest {

    static final class HushingCog implements Cog {
        final AtomicBoolean hushed = new AtomicBoolean();

        @Override
        public boolean botCheck(Context ctx) {
            return !hushed.get();
        }
    }

    static final class JokesCog implements Cog {
        @Command
        public void lightbulb(Context ctx) {
            ctx.send("How many programmers does it take? None: that's a hardware problem.");
        }

        @OwnerOnly
        @Command
        public void shutdown(Context ctx) {
            ctx.send("bye");
        }

        @Cooldown(rate = 1, per = 30, unit = ChronoUnit.SECONDS, bucket = BucketType.USER)
        @Command
        public void daily(Context ctx) {
            ctx.send("Here is your reward.");
        }

        @Command
        public void broken(Context ctx) {
            throw new IllegalStateException("a bug");
        }

        @Command
        public void slowThenSilent(Context ctx) {
            ctx.sleep(Duration.ofSeconds(3));
        }
    }

    private final HushingCog hush = new HushingCog();
    private final TestBot bot = TestBot.builder().plugin("hush", hush).plugin("jokes", new JokesCog()).build();
    private final TestUser alice = bot.user("alice");

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    void aHushedSlashCommandIsAnsweredPrivately() {
        hush.hushed.set(true);

        TestInteraction lightbulb = alice.slash("/lightbulb");

        assertThat(lightbulb.response().ephemeral()).isTrue();
        assertThat(lightbulb.response().text()).isEqualTo("/lightbulb is not available here right now.");
    }

    @Test
    void aHushedPrefixCommandStaysSilentAsBefore() {
        hush.hushed.set(true);

        assertThat(alice.says("!lightbulb")).isEmpty();
    }

    @Test
    void aFailedCheckIsAnsweredPrivatelyInTheSameWordsAsForAPrefixCommand() {
        BotEvent.Sent answer = alice.slash("/shutdown").response();

        assertThat(answer.ephemeral()).isTrue();
        assertThat(answer.text()).isEqualTo("Only the bot's owners can use /shutdown.");
    }

    @Test
    void aCooldownAppliesToASlashCommandAsToAPrefixCommand() {
        alice.says("!daily");

        BotEvent.Sent answer = alice.slash("/daily").response();

        assertThat(answer.ephemeral()).isTrue();
        assertThat(answer.text()).isEqualTo("/daily is on cooldown for you; try again in 30s.");
    }

    @Test
    void aFailingSlashCommandIsAnsweredAsAPrefixCommandIs() {
        assertThat(alice.slash("/broken").response().text())
                .isEqualTo("Sorry, /broken ran into a problem; the details are in the bot's log.");
    }

    @Test
    void aDeferredCommandThatEndsSilentDoesNotStayThinking() {
        TestInteraction silent = alice.slash("/slow_then_silent");
        bot.advance(Duration.ofSeconds(2));
        assertThat(silent.deferred()).isTrue();

        bot.advance(Duration.ofSeconds(1));

        assertThat(silent.answers()).singleElement().satisfies(answer -> {
            assertThat(answer.ephemeral()).isTrue();
            assertThat(answer.text()).isEqualTo("/slow_then_silent is done.");
        });
    }

    @Test
    void aSlashCommandStoppedByItsPluginsUnloadIsStillAnswered() {
        TestInteraction slow = alice.slash("/slow_then_silent");

        bot.unload("jokes");

        assertThat(slow.response().ephemeral()).isTrue();
        assertThat(slow.response().text()).isEqualTo("/slow_then_silent could not finish.");
    }

    @Test
    void helpIsASlashCommandToo() {
        assertThat(alice.slash("/help").response().text()).contains("/lightbulb");
    }

    @Test
    void aSlashCommandWhosePluginIsNotLoadedIsAnsweredPolitely() {
        bot.unload("jokes");

        BotEvent.Sent answer = alice.slash("/lightbulb").response();

        assertThat(answer.ephemeral()).isTrue();
        assertThat(answer.text()).isEqualTo("/lightbulb belongs to a plugin that is not loaded right now.");
    }
}
