package dev.cogbot.e2e.lifecycle;

import static dev.cogbot.e2e.lifecycle.LifecycleBot.botSaid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.Store;
import dev.cogbot.runtime.config.BotConfig;
import dev.cogbot.runtime.control.ControlRequest;
import dev.cogbot.runtime.storage.JsonRecords;
import dev.cogbot.runtime.storage.NamespaceStore;
import dev.cogbot.runtime.storage.StoreScope;
import java.io.IOException;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durable timers of a plugin JAR on the whole bot (PF4J, the H2 file in the data folder, the
 * console), on a clock the test moves: they fire after a restart of the bot and after a reload of
 * their plugin, and not after an owner unloaded it for good.
 *
 * <p>The plugin's handler writes what it fired to the store, where the test reads it; its command
 * {@code !remind_in <duration> <what>} schedules the timer {@code remind:<what>}.
 */
class DurableTimersOfRealPluginsTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    /** The store in the data folder (the default), so that it outlives the bot. */
    private static final UnaryOperator<BotConfig> FILE_STORE = config -> config.withOverride("jdbc-url", "");

    @TempDir
    Path home;

    private LifecycleBot bot;

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.close();
        }
    }

    private static TestPlugins.Builder reminder(String version) {
        return TestPlugins.plugin("reminder", version).cog("""
                public final class ReminderCog implements Cog {
                    private Bot bot;
                    @Override public void onLoad(Bot bot) {
                        this.bot = bot;
                        bot.timers().onFire("remind", timer -> {
                            bot.store().put("reminded " + timer.name(), "%s: " + timer.payload() + " at " + bot.now());
                            bot.store().increment("firings");
                        });
                    }
                    @Command(name = "remind_in") public void remindIn(Context ctx, Duration in, String what) {
                        bot.timers().schedule("remind:" + what, bot.now().plus(in), what);
                        ctx.send("will remind of " + what);
                    }
                }""".formatted(version));
    }

    private void installReminder(String version) throws IOException {
        Files.createDirectories(home.resolve("plugins"));
        reminder(version).writeTo(home.resolve("plugins").resolve("reminder-1.0.0.jar"));
    }

    private Optional<String> reminded(String what) {
        return store().get("reminded remind:" + what);
    }

    /** The reminder plugin's own store, as it sees it through {@code bot.store()}. */
    private Store store() {
        return NamespaceStore.of(bot.runtime().storage(), StoreScope.plugin("reminder"), JsonRecords.create());
    }

    @Test
    void aTimerScheduledBeforeARestartFiresAfterItWhenItComesDue() throws IOException {
        installReminder("1.0.0");
        bot = LifecycleBot.start(home, FILE_STORE, START);
        assertThat(botSaid(bot.type("!remind_in 10m tea"))).containsExactly("will remind of tea");
        bot.close();

        bot = LifecycleBot.start(home, FILE_STORE, START.plus(Duration.ofMinutes(1)));
        assertThat(reminded("tea")).isEmpty();
        bot.advance(Duration.ofMinutes(9));

        assertThat(reminded("tea")).contains("1.0.0: tea at " + START.plus(Duration.ofMinutes(10)));
        assertThat(store().counter("firings")).isEqualTo(1);
    }

    @Test
    void aTimerThatCameDueWhileTheBotWasStoppedFiresAsItStarts() throws IOException {
        installReminder("1.0.0");
        bot = LifecycleBot.start(home, FILE_STORE, START);
        bot.type("!remind_in 10m tea");
        bot.close();

        bot = LifecycleBot.start(home, FILE_STORE, START.plus(Duration.ofDays(1)));

        assertThat(reminded("tea")).contains("1.0.0: tea at " + START.plus(Duration.ofDays(1)));
        bot.advance(Duration.ofDays(1));
        assertThat(store().counter("firings")).isEqualTo(1);
    }

    @Test
    void aTimerFiresOnceByTheNewVersionAfterAReloadOfItsPlugin() throws IOException {
        installReminder("1.0.0");
        bot = LifecycleBot.start(home, FILE_STORE, START);
        bot.type("!remind_in 10m tea");

        installReminder("2.0.0");
        assertThat(bot.plugins().reload("reminder")).startsWith("reloaded reminder 1.0.0 -> reminder 2.0.0");
        bot.advance(Duration.ofMinutes(20));

        assertThat(reminded("tea")).contains("2.0.0: tea at " + START.plus(Duration.ofMinutes(10)));
        assertThat(store().counter("firings")).isEqualTo(1);
    }

    @Test
    void aTimerThatCameDueWhileItsPluginWasUnloadedFiresWhenItIsLoadedAgain() throws IOException {
        installReminder("1.0.0");
        bot = LifecycleBot.start(home, FILE_STORE, START);
        bot.type("!remind_in 10m tea");

        assertThat(botSaid(bot.type("!unload reminder"))).containsExactly("Unloaded reminder.");
        bot.advance(Duration.ofHours(1));
        assertThat(reminded("tea")).isEmpty();
        bot.type("!load reminder");

        assertThat(reminded("tea")).contains("1.0.0: tea at " + START.plus(Duration.ofHours(1)));
    }

    @Test
    void armedTimersKeepNoClassLoaderOfAnUnloadedPluginReachable() throws Exception {
        installReminder("1.0.0");
        bot = LifecycleBot.start(home, FILE_STORE, START);
        ReferenceQueue<ClassLoader> collected = new ReferenceQueue<>();
        Set<Reference<ClassLoader>> loaders = new HashSet<>();

        for (int cycle = 0; cycle < 10; cycle++) {
            bot.type("!remind_in 1m soon" + cycle);
            bot.type("!remind_in 1d later" + cycle); // armed at every load from now on
            bot.advance(Duration.ofMinutes(1));
            loaders.add(new WeakReference<>(reminderClassLoader(), collected));
            assertThat(bot.plugins().unload("reminder", false)).isEqualTo("unloaded reminder");
            bot.plugins().load("reminder");
        }
        loaders.add(new WeakReference<>(reminderClassLoader(), collected));
        bot.plugins().unload("reminder", false);
        bot.settle();

        assertThat(store().counter("firings")).isEqualTo(10);
        assertThat(ClassLoaderLeakTest.awaitCollected(collected, loaders))
                .as("class loaders of the unloaded reminder plugin still reachable").isZero();
    }

    /** The reminder plugin's class loader, found without leaving anything of the plugin in a variable of the caller. */
    private ClassLoader reminderClassLoader() {
        return bot.runtime().plugin("reminder").orElseThrow().cogs().getFirst().cog().getClass().getClassLoader();
    }

    @Test
    void unloadingForGoodInChatDropsThePluginsTimers() throws IOException {
        installReminder("1.0.0");
        bot = LifecycleBot.start(home, FILE_STORE, START);
        bot.type("!remind_in 10m tea");

        assertThat(botSaid(bot.type("!unload reminder --forget-timers")))
                .containsExactly("Unloaded reminder; forgot 1 timer(s) of reminder.");
        bot.type("!load reminder");
        bot.advance(Duration.ofHours(1));

        assertThat(reminded("tea")).isEmpty();
        assertThat(store().counter("firings")).isZero();
    }

    @Test
    void theBundledRemindPluginSaysAReminderSetBeforeARestartInTheChannelAfterIt() throws IOException {
        Files.createDirectories(home.resolve("plugins"));
        Files.copy(LifecycleBot.realJar("remind"), home.resolve("plugins").resolve(LifecycleBot.realJarName("remind")));
        bot = LifecycleBot.start(home, FILE_STORE, START);
        assertThat(botSaid(bot.type("!remind me 10m tea"))).containsExactly("I'll remind you in 10m.");
        bot.close();

        bot = LifecycleBot.start(home, FILE_STORE, START.plus(Duration.ofMinutes(1)));

        assertThat(LifecycleBot.chat(bot.advance(Duration.ofMinutes(9))))
                .containsExactly("#general <cogbot> <@alice>, you asked me to remind you: tea");
    }

    @Test
    void theBundledRemindPluginRemindsAMemberNamedOnTheConsoleAfterARestart() throws IOException {
        Files.createDirectories(home.resolve("plugins"));
        Files.copy(LifecycleBot.realJar("remind"), home.resolve("plugins").resolve(LifecycleBot.realJarName("remind")));
        bot = LifecycleBot.start(home, FILE_STORE, START);
        bot.typeAs("bob", "hello"); // the console knows as members those who typed there
        assertThat(botSaid(bot.type("!remind bob 10m stand-up"))).containsExactly("I'll remind <@bob> in 10m.");
        bot.close();

        bot = LifecycleBot.start(home, FILE_STORE, START.plus(Duration.ofMinutes(1)));

        assertThat(LifecycleBot.chat(bot.advance(Duration.ofMinutes(9))))
                .containsExactly("#general <cogbot> <@bob>, alice asked me to remind you: stand-up");
    }

    @Test
    void unloadingForGoodFromTheCommandLineDropsThemAcrossARestart() throws IOException {
        installReminder("1.0.0");
        bot = LifecycleBot.start(home, FILE_STORE, START);
        bot.type("!remind_in 10m tea");

        assertThat(bot.control(new ControlRequest.Unload("reminder", false, true)).lines())
                .containsExactly("unloaded reminder; forgot 1 timer(s) of reminder");
        bot.close();
        bot = LifecycleBot.start(home, FILE_STORE, START.plus(Duration.ofHours(1)));
        bot.type("!load reminder");

        assertThat(reminded("tea")).isEmpty();
    }
}
