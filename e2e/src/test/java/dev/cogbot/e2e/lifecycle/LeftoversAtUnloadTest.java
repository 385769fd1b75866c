package dev.cogbot.e2e.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.runtime.control.ControlRequest;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An unload names everything of the plugin it could not stop or free, and {@code cogbot status}
 * goes on listing it until it is gone: threads the plugin started itself, its timers, an
 * {@code onUnload} that never returns. JDBC drivers the plugin registered are deregistered, so
 * they no longer keep its classes. (Before the fix, each of these went unmentioned, and the driver
 * kept every version's class loader.)
 */
class LeftoversAtUnloadTest {

    private static final String GRACE = "300ms";

    @TempDir
    Path home;

    private LifecycleBot bot;
    private CountDownLatch release;

    @BeforeEach
    void start() {
        bot = LifecycleBot.start(home, config -> config.withOverride("unload-grace", GRACE));
    }

    @AfterEach
    void stop() {
        if (release != null) {
            release.countDown();
        }
        bot.close();
    }

    @Test
    void aRawThreadThatIgnoresTheStopIsNamedByTheUnloadAndListedByStatusUntilItEnds() throws Exception {
        TestPlugins.plugin("leaky", "1.0.0").cog("""
                public final class LeakyCog implements Cog {
                    public static final CountDownLatch RELEASE = new CountDownLatch(1);
                    public static volatile Thread poller;
                    @Override public void onLoad(Bot bot) {
                        poller = new Thread(() -> {
                            while (true) {
                                try {
                                    RELEASE.await();
                                    return;
                                } catch (InterruptedException ignored) {
                                    // keeps going, as a careless poll loop does
                                }
                            }
                        }, "leaky-poller");
                        poller.start();
                    }
                }""").writeTo(bot.pluginsDir().resolve("leaky.jar"));
        bot.plugins().load("leaky");
        Class<?> cog = bot.runtime().plugin("leaky").orElseThrow().cogs().getFirst().cog().getClass();
        release = (CountDownLatch) cog.getField("RELEASE").get(null);
        Thread poller = (Thread) cog.getField("poller").get(null);

        String unloaded = String.join("\n", bot.control(new ControlRequest.Unload("leaky", false)).lines());

        assertThat(unloaded).startsWith("unloaded leaky, but ").contains("still there: thread 'leaky-poller'");
        assertThat(bot.control(new ControlRequest.Status()).lines())
                .contains("zombies:   1 left running by unloaded plugins (a restart ends them)")
                .anySatisfy(line -> assertThat(line).startsWith("  leaky: thread 'leaky-poller' ("));
        assertThat(bot.log().containing("Plugin leaky left things behind at its unload")).hasSize(1);

        release.countDown();
        poller.join(LifecycleBot.PATIENCE);

        assertThat(bot.control(new ControlRequest.Status()).lines()).noneMatch(line -> line.contains("zombies"));
    }

    @Test
    void aTimerThePluginDidNotCancelIsNamedByTheUnload() throws Exception {
        TestPlugins.plugin("ticking", "1.0.0").cog("""
                public final class TickingCog implements Cog {
                    public static volatile java.util.Timer timer;
                    @Override public void onLoad(Bot bot) {
                        timer = new java.util.Timer("ticking-timer", true);
                        timer.schedule(new TimerTask() { @Override public void run() { } }, 3_600_000L, 3_600_000L);
                    }
                }""").writeTo(bot.pluginsDir().resolve("ticking.jar"));
        bot.plugins().load("ticking");
        Class<?> cog = bot.runtime().plugin("ticking").orElseThrow().cogs().getFirst().cog().getClass();
        java.util.Timer timer = (java.util.Timer) cog.getField("timer").get(null);
        try {
            String unloaded = bot.plugins().unload("ticking", false);

            assertThat(unloaded).startsWith("unloaded ticking, but ").contains("still there: timer thread 'ticking-timer'");
            assertThat(bot.plugins().zombies()).extracting(z -> z.line())
                    .singleElement().asString().startsWith("ticking: timer thread 'ticking-timer' (");
        } finally {
            timer.cancel();
        }
    }

    @Test
    void anOnUnloadThatNeverReturnsIsInterruptedReportedAndListedAsAZombie() throws Exception {
        TestPlugins.plugin("stuck", "1.0.0").cog("""
                public final class StuckCog implements Cog {
                    public static final CountDownLatch RELEASE = new CountDownLatch(1);
                    public static volatile int interrupts;
                    @Override public void onUnload() {
                        while (true) {
                            try {
                                RELEASE.await();
                                return;
                            } catch (InterruptedException e) {
                                interrupts++;
                            }
                        }
                    }
                }""").writeTo(bot.pluginsDir().resolve("stuck.jar"));
        bot.plugins().load("stuck");
        Class<?> cog = bot.runtime().plugin("stuck").orElseThrow().cogs().getFirst().cog().getClass();
        release = (CountDownLatch) cog.getField("RELEASE").get(null);

        String unloaded = bot.plugins().unload("stuck", false);

        assertThat(unloaded).startsWith("unloaded stuck, but Stuck.onUnload did not return within 300 ms")
                .contains("still there: onUnload 'stuck/unload Stuck'");
        assertThat((int) cog.getField("interrupts").get(null)).isPositive();
        assertThat(bot.control(new ControlRequest.Status()).lines())
                .anySatisfy(line -> assertThat(line).startsWith("  stuck: onUnload 'stuck/unload Stuck' ("));
    }

    @Test
    void aJdbcDriverThePluginRegisteredIsDeregisteredSoReloadsLeaveNoClassLoaderBehind() throws Exception {
        TestPlugins.plugin("dbdriver", "1.0.0").cog("""
                public final class DriverCog implements Cog {
                    @Override public void onLoad(Bot bot) {
                        try {
                            java.sql.DriverManager.registerDriver(new PluginDriver());
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }""").helper("""
                public final class PluginDriver implements java.sql.Driver {
                    public java.sql.Connection connect(String url, Properties info) { return null; }
                    public boolean acceptsURL(String url) { return url.startsWith("jdbc:plugin-driver:"); }
                    public java.sql.DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
                        return new java.sql.DriverPropertyInfo[0];
                    }
                    public int getMajorVersion() { return 1; }
                    public int getMinorVersion() { return 0; }
                    public boolean jdbcCompliant() { return false; }
                    public java.util.logging.Logger getParentLogger() { return java.util.logging.Logger.getGlobal(); }
                }""").writeTo(bot.pluginsDir().resolve("dbdriver.jar"));
        ReferenceQueue<ClassLoader> collected = new ReferenceQueue<>();
        Set<Reference<ClassLoader>> loaders = new HashSet<>();
        bot.plugins().load("dbdriver");

        for (int reload = 0; reload < 2; reload++) {
            loaders.add(new WeakReference<>(classLoaderOf("dbdriver"), collected));
            bot.plugins().reload("dbdriver");
        }
        loaders.add(new WeakReference<>(classLoaderOf("dbdriver"), collected));
        String unloaded = bot.plugins().unload("dbdriver", false);
        bot.settle();

        assertThat(unloaded).startsWith("unloaded dbdriver (freed JDBC driver ").endsWith(".PluginDriver)");
        assertThat(ClassLoaderLeakTest.awaitCollected(collected, loaders))
                .as("class loaders of dbdriver still reachable after two reloads and an unload").isZero();
        assertThat(bot.plugins().zombies()).isEmpty();
    }

    @Test
    void aPluginThatLeavesNothingBehindUnloadsCleanly() {
        assertThat(bot.plugins().unload("jokes", false)).isEqualTo("unloaded jokes");
        assertThat(bot.control(new ControlRequest.Status()).lines()).noneMatch(line -> line.contains("zombies"));
        assertThat(bot.log().problems()).isEmpty();
    }

    private ClassLoader classLoaderOf(String pluginId) {
        return bot.runtime().plugin(pluginId).orElseThrow().cogs().getFirst().cog().getClass().getClassLoader();
    }
}
