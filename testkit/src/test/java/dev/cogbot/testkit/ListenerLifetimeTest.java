package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.api.Bot;
import dev.cogbot.api.Cog;
import dev.cogbot.api.Listen;
import dev.cogbot.api.event.Event;
import dev.cogbot.api.event.MessageReceived;
import dev.cogbot.api.event.ReactionAdded;
import dev.cogbot.api.event.ReactionRemoved;
import dev.cogbot.runtime.commands.CogDefinitionException;
import dev.cogbot.runtime.events.Listeners;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Listeners live as long as their plugin; cogs run beside each other, each hearing its events in order. */
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

    /** Notes each reaction and its taking back; sleeps a minute on the bot's clock over the first one only. */
    static final class PollCog implements Cog {
        final List<String> heard = new CopyOnWriteArrayList<>();
        volatile Bot bot;

        @Override
        public void onLoad(Bot bot) {
            this.bot = bot;
        }

        @Listen
        public void counts(Event event) {
            switch (event) {
                case ReactionAdded added -> {
                    if (heard.isEmpty()) {
                        bot.sleep(Duration.ofMinutes(1));
                    }
                    heard.add("add " + added.user().name());
                }
                case ReactionRemoved removed -> heard.add("remove " + removed.user().name());
                default -> { }
            }
        }
    }

    /** {@link PollCog} with a listener for each kind of event, as a discord.py cog has. */
    static final class TwoListenerPollCog implements Cog {
        final List<String> heard = new CopyOnWriteArrayList<>();
        volatile Bot bot;

        @Override
        public void onLoad(Bot bot) {
            this.bot = bot;
        }

        @Listen
        public void added(ReactionAdded event) {
            if (heard.isEmpty()) {
                bot.sleep(Duration.ofMinutes(1));
            }
            heard.add("add " + event.user().name());
        }

        @Listen
        public void removed(ReactionRemoved event) {
            heard.add("remove " + event.user().name());
        }
    }

    static class BaseCog implements Cog {
        final List<String> heard = new CopyOnWriteArrayList<>();

        @Listen
        public void hears(MessageReceived event) {
            heard.add("base " + event.message().content());
        }
    }

    static final class OverridingCog extends BaseCog {
        @Listen
        @Override
        public void hears(MessageReceived event) {
            heard.add("override " + event.message().content());
        }
    }

    @Test
    void aListenerHearsEventsInTheOrderTheyHappenedEvenWhenSlowOnTheFirst() {
        PollCog poll = new PollCog();
        bot.load("poll", poll);
        alice.says("vote here");
        TestUser bob = bot.user("bob");

        bob.reacts(alice.lastMessageId(), "👍");
        bob.unreacts(alice.lastMessageId(), "👍");
        bob.reacts(alice.lastMessageId(), "👍");
        bot.advance(Duration.ofMinutes(1));

        assertThat(poll.heard).containsExactly("add bob", "remove bob", "add bob");
    }

    @Test
    void aCogHearsEventsInTheOrderTheyHappenedAcrossItsListenersEvenWhenSlowOnTheFirst() {
        TwoListenerPollCog poll = new TwoListenerPollCog();
        bot.load("poll", poll);
        alice.says("vote here");
        TestUser bob = bot.user("bob");

        bob.reacts(alice.lastMessageId(), "👍");
        bob.unreacts(alice.lastMessageId(), "👍");
        bob.reacts(alice.lastMessageId(), "👍");
        bot.advance(Duration.ofMinutes(1));

        // the removal's listener waits for the addition's, still hearing the one before it
        assertThat(poll.heard).containsExactly("add bob", "remove bob", "add bob");
    }

    @Test
    void aListenerOverriddenWithListenAgainIsCalledOncePerEvent() {
        OverridingCog cog = new OverridingCog();
        bot.load("overriding", cog);

        alice.says("hello");

        assertThat(cog.heard).containsExactly("override hello");
    }

    @Test
    void aSlowListenerHoldsUpNeitherAnotherListenerNorItsOwnLaterEventsOrder() {
        SlowCog slow = new SlowCog();
        CountingCog counting = new CountingCog();
        bot.load("slow", slow);
        bot.load("counting", counting);

        alice.says("one");
        alice.says("two");

        assertThat(counting.heard).containsExactly("one", "two");
        assertThat(slow.heard).isEmpty();
        bot.advance(Duration.ofMinutes(1));
        // one at a time, in order: "two" waits for "one"
        assertThat(slow.heard).containsExactly("one");
        bot.advance(Duration.ofMinutes(1));
        assertThat(slow.heard).containsExactly("one", "two");
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
            for (int i = 0; i <= Listeners.UNFINISHED_PER_COG; i++) {
                alice.says("message " + i);
            }

            assertThat(counting.heard).hasSize(Listeners.UNFINISHED_PER_COG + 1);
            assertThat(problems.containing("Listener SlowCog.dawdles of plugin slow has "
                    + Listeners.UNFINISHED_PER_COG + " events unfinished")).hasSize(1);
        }
        // one minute each, one after the other
        bot.advance(Duration.ofMinutes(Listeners.UNFINISHED_PER_COG));
        assertThat(slow.heard).hasSize(Listeners.UNFINISHED_PER_COG)
                .startsWith("message 0", "message 1").doesNotContain("message " + Listeners.UNFINISHED_PER_COG);
    }
}
