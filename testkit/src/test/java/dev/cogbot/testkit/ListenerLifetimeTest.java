package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.api.Bot;
import dev.cogbot.api.Cog;
import dev.cogbot.api.Listen;
import dev.cogbot.api.event.MessageReceived;
import dev.cogbot.runtime.commands.CogDefinitionException;
import dev.cogbot.runtime.events.Listeners;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Listeners live as long as their plugin and run beside each other, each on its own thread. */
class ListenerLifetimeTest {

    static final class CountingCog implements Cog {
        final List<String> heard = new CopyOnWriteArrayList<>();

        @Listen
        public void hears(MessageReceived event) {
            heard.add(event.message().content());
        }
    }

    /** Sleeps a minute on the bot's clock on every message before noting it. */
    static final class SlowCog implements Cog {
        final List<String> heard = new CopyOnWriteArrayList<>();
        volatile Bot bot;

        @Override
        public void onLoad(Bot bot) {
            this.bot = bot;
        }

        @Listen
        public void dawdles(MessageReceived event) {
            bot.sleep(Duration.ofMinutes(1));
            heard.add(event.message().content());
        }
    }

    private final TestBot bot = TestBot.builder().build();
    private final TestUser alice = bot.user("alice");

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    void anUnloadedPluginsListenerHearsNothingMore() {
        CountingCog cog = new CountingCog();
        bot.load("counting", cog);
        alice.says("before");

        bot.unload("counting");
        alice.says("after");

        assertThat(cog.heard).containsExactly("before");
    }

    @Test
    void aSlowListenerHoldsUpNeitherAnotherListenerNorTheNextEvent() {
        SlowCog slow = new SlowCog();
        CountingCog counting = new CountingCog();
        bot.load("slow", slow);
        bot.load("counting", counting);

        alice.says("one");
        alice.says("two");

        assertThat(counting.heard).containsExactly("one", "two");
        assertThat(slow.heard).isEmpty();
        bot.advance(Duration.ofMinutes(1));
        assertThat(slow.heard).containsExactlyInAnyOrder("one", "two");
    }

    @Test
    void unloadingStopsAListenerStillRunning() {
        SlowCog slow = new SlowCog();
        bot.load("slow", slow);
        alice.says("one");

        assertThat(bot.unload("slow").clean()).isTrue();
        bot.advance(Duration.ofMinutes(1));

        assertThat(slow.heard).isEmpty();
    }

    @Test
    void aListenerTakingSomethingElseFailsTheLoadNamingTheMethod() {
        assertThatThrownBy(() -> bot.load("wrong", new Cog() {
            @Listen
            public void hears(String text) {
            }
        })).isInstanceOf(CogDefinitionException.class)
                .hasMessageContaining(".hears must be declared as void hears(E event)");
    }

    @Test
    void aListenerThatFallsFarBehindMissesEventsWithAWarningWhileOthersHearThem() {
        SlowCog slow = new SlowCog();
        CountingCog counting = new CountingCog();
        bot.load("slow", slow);
        bot.load("counting", counting);
        try (LoggedProblems problems = LoggedProblems.capture()) {
            for (int i = 0; i <= Listeners.RUNNING_PER_LISTENER; i++) {
                alice.says("message " + i);
            }

            assertThat(counting.heard).hasSize(Listeners.RUNNING_PER_LISTENER + 1);
            assertThat(problems.containing("Listener SlowCog.dawdles of plugin slow has "
                    + Listeners.RUNNING_PER_LISTENER + " calls unfinished")).hasSize(1);
        }
        bot.advance(Duration.ofMinutes(1));
        assertThat(slow.heard).hasSize(Listeners.RUNNING_PER_LISTENER);
    }
}
