package dev.cogbot.e2e.lifecycle;

import static dev.cogbot.e2e.lifecycle.LifecycleBot.botSaid;
import static dev.cogbot.e2e.lifecycle.LifecycleBot.chat;
import static dev.cogbot.e2e.lifecycle.LifecycleBot.presence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.runtime.plugins.PluginOperationException;
import dev.cogbot.runtime.plugins.PluginProblem;
import dev.cogbot.runtime.plugins.PluginSummary;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Unloading and loading the real plugins while they are busy: a running loop, a running hush, a
 * conversation half-way through. Whatever a plugin was doing stops with it, cleanly.
 */
@ExtendWith(RealPluginsBot.class)
class LifecycleOfRealPluginsTest {

    /** The timers of the bot itself on the clock, none of a plugin's. */
    private static final String BOTS_OWN_TIMERS = "only the bot's own: the busy-task watch's next sample";

    private static final String HUSHED = "🔇";

    private LifecycleBot bot;

    @Test
    void unloadingStatusStopsItsLoopHoweverFarTimeMoves() {
        bot.type("!lightbulb");
        assertThat(presence(bot.advance(Duration.ofMinutes(1)))).containsExactly("cogbot is now playing: Jokes told: 1");

        assertThat(bot.plugins().unload("status", false)).isEqualTo("unloaded status");
        bot.type("!lightbulb");

        assertThat(presence(bot.advance(Duration.ofHours(6)))).isEmpty();
        assertThat(presence(bot.advance(Duration.ofDays(3)))).isEmpty();
        // not only silent: nothing of the loop is left waiting on the clock
        assertThat(bot.time().pendingTimers()).as(BOTS_OWN_TIMERS).isEqualTo(1);
        assertThat(bot.runtime().plugin("status")).isEmpty();
        assertThat(bot.log().problems()).isEmpty();
    }

    @Test
    void loadingStatusAgainRunsItsLoopAgainWithThePersistedCount() {
        bot.type("!lightbulb");
        bot.plugins().unload("status", false);
        bot.type("!lightbulb");
        bot.type("!lightbulb");
        bot.advance(Duration.ofHours(2));

        List<String> loaded = bot.printedDuring(() -> assertThat(bot.plugins().load("status"))
                .isEqualTo("loaded status " + LifecycleBot.VERSION + " (commands: jokes_told)"));
        assertThat(presence(loaded)).containsExactly("cogbot is now playing: Jokes told: 3");

        bot.type("!lightbulb");
        assertThat(presence(bot.advance(Duration.ofMinutes(1)))).containsExactly("cogbot is now playing: Jokes told: 4");
        assertThat(presence(bot.advance(Duration.ofMinutes(2))))
                .containsExactly("cogbot is now playing: Jokes told: 4", "cogbot is now playing: Jokes told: 4");
    }

    @Test
    void unloadingHushWhileHushedUnmutesAtOnceAndRemovesTheReaction() {
        List<String> hushed = bot.type("!hush");
        String hushId = hushed.get(1).replaceAll(".* to message ", "");
        assertThat(hushed.get(1)).isEqualTo("#general cogbot reacted " + HUSHED + " to message " + hushId);
        assertThat(bot.type("!lightbulb")).containsExactly("#general <alice> !lightbulb");

        List<String> during = bot.printedDuring(() ->
                assertThat(bot.plugins().unload("hush", false)).isEqualTo("unloaded hush"));

        assertThat(chat(during)).containsExactly("#general cogbot removed " + HUSHED + " from message " + hushId);
        // commands answer at once, without the clock moving
        assertThat(botSaid(bot.type("!lightbulb"))).hasSize(1);
        assertThat(botSaid(bot.type("!knock_knock"))).containsExactly("Knock knock!");
        // and the hush's end, five minutes on, never comes
        assertThat(chat(bot.advance(Duration.ofMinutes(10)))).doesNotContain(
                "#general cogbot removed " + HUSHED + " from message " + hushId);
        assertThat(bot.log().problems()).isEmpty();
    }

    @Test
    void unloadingJokesMidConversationEndsItCleanly() {
        assertThat(botSaid(bot.type("!knock_knock"))).containsExactly("Knock knock!");
        assertThat(bot.runtime().pendingWaits()).isEqualTo(1);

        List<String> during = bot.printedDuring(() ->
                assertThat(bot.plugins().unload("jokes", false)).isEqualTo("unloaded jokes"));

        assertThat(chat(during)).isEmpty();
        assertThat(bot.runtime().pendingWaits()).isZero();
        // the reply timeout (60 s) never fires
        assertThat(chat(bot.advance(Duration.ofMinutes(5)))).isEmpty();
        // later replies are just chat
        assertThat(bot.type("Who's there?")).containsExactly("#general <alice> Who's there?");
        // the command is gone, and help no longer lists it
        assertThat(botSaid(bot.type("!knock_knock"))).singleElement().asString().startsWith("I don't know !knock_knock.");
        String help = String.join("\n", bot.type("!help"));
        assertThat(help).doesNotContain("knock_knock", "lightbulb", "Jokes (jokes)").contains("!hush");
        // a joke abandoned half-way was not told
        assertThat(botSaid(bot.type("!jokes_told"))).containsExactly("No jokes told yet. Try a knock-knock!");
        assertThat(bot.log().problems()).isEmpty();
    }

    @Test
    void unloadingJokesWhileItTypesItsLaughStopsTheTyping() {
        bot.plugins().unload("status", false); // its loop is the only other user of the clock
        bot.type("!knock_knock");
        String setup = botSaid(bot.type("Who's there?")).getLast();
        List<String> punchline = bot.type(setup.replace(".", "") + " who?");
        assertThat(punchline).last().isEqualTo("#general cogbot is typing…");

        assertThat(bot.plugins().unload("jokes", false)).isEqualTo("unloaded jokes");

        // neither the laugh (due in 5 s) nor the typing refresh (every 8 s) comes
        assertThat(chat(bot.advance(Duration.ofMinutes(1)))).isEmpty();
        assertThat(bot.time().pendingTimers()).as(BOTS_OWN_TIMERS).isEqualTo(1);
        assertThat(bot.log().problems()).isEmpty();
    }

    @Test
    void theHostLoadsUnloadsAndReloadsRealPluginsById() {
        assertThat(bot.plugins().summaries()).extracting(PluginSummary::line).containsExactly(
                "hush " + LifecycleBot.VERSION + " STARTED: hush, unhush (hush-" + LifecycleBot.VERSION + ".jar)",
                "jokes " + LifecycleBot.VERSION + " STARTED: knock_knock, lightbulb (jokes-" + LifecycleBot.VERSION + ".jar)",
                "status " + LifecycleBot.VERSION + " STARTED: jokes_told (status-" + LifecycleBot.VERSION + ".jar)");

        assertThat(bot.plugins().unload("jokes", false)).isEqualTo("unloaded jokes");
        assertThat(bot.plugins().isRunning("jokes")).isFalse();
        assertThat(bot.plugins().summaries()).extracting(PluginSummary::state).containsExactly("STARTED", "STARTED", "UNLOADED");
        assertThatThrownBy(() -> bot.plugins().unload("jokes", false))
                .isInstanceOfSatisfying(PluginOperationException.class,
                        e -> assertThat(e.problem()).isEqualTo(new PluginProblem.NotLoaded("jokes")));

        assertThat(bot.plugins().load("jokes"))
                .isEqualTo("loaded jokes " + LifecycleBot.VERSION + " (commands: knock_knock, lightbulb)");
        assertThat(botSaid(bot.type("!lightbulb"))).hasSize(1);
        assertThatThrownBy(() -> bot.plugins().load("jokes"))
                .isInstanceOfSatisfying(PluginOperationException.class,
                        e -> assertThat(e.problem()).isInstanceOf(PluginProblem.AlreadyLoaded.class));

        // by file name too
        bot.plugins().unload("hush", false);
        assertThat(bot.plugins().load("hush-" + LifecycleBot.VERSION + ".jar"))
                .isEqualTo("loaded hush " + LifecycleBot.VERSION + " (commands: hush, unhush)");

        assertThat(bot.plugins().reload("jokes")).isEqualTo("reloaded jokes " + LifecycleBot.VERSION
                + " -> jokes " + LifecycleBot.VERSION + " (commands: knock_knock, lightbulb)");
        assertThat(botSaid(bot.type("!lightbulb"))).hasSize(1);
        assertThat(bot.plugins().isRunning("jokes")).isTrue();
        // the private copies of what is not running are gone: one per running plugin
        assertThat(bot.cacheDir().toFile().list()).hasSize(3);
        assertThat(bot.log().problems()).isEmpty();
    }

    @Test
    void reloadingJokesMidConversationEndsTheConversationAndTheNewVersionAnswers() {
        bot.type("!knock_knock");
        bot.plugins().reload("jokes");

        assertThat(chat(bot.advance(Duration.ofMinutes(2)))).isEmpty();
        assertThat(bot.type("Who's there?")).containsExactly("#general <alice> Who's there?");
        assertThat(botSaid(bot.type("!knock_knock"))).containsExactly("Knock knock!");
        assertThat(bot.log().problems()).isEmpty();
    }
}
