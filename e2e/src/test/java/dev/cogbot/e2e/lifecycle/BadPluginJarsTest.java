package dev.cogbot.e2e.lifecycle;

import static dev.cogbot.e2e.lifecycle.LifecycleBot.botSaid;
import static dev.cogbot.e2e.lifecycle.LifecycleBot.presence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cogbot.runtime.config.BotConfig;
import dev.cogbot.runtime.plugins.PluginOperationException;
import dev.cogbot.runtime.plugins.PluginProblem;
import dev.cogbot.runtime.plugins.PluginSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken plugin JARs, each built by the test, never take the bot down: at start the bot logs one
 * error line naming the file and the reason and runs every other plugin; loading the file later
 * fails with an exception saying the same. Callbacks that throw or hang on unload cannot stop an
 * unload; the unload says what it had to force.
 */
class BadPluginJarsTest {

    private static final Duration SHORT_GRACE = Duration.ofSeconds(1);

    @TempDir
    Path home;
    @TempDir
    Path elsewhere;

    private LifecycleBot bot;

    @AfterEach
    void stopBot() {
        if (bot != null) {
            bot.close();
        }
    }

    @Test
    void aFileThatIsNotAZipIsRefused() {
        startWith("broken.jar", TestPlugins.notAZip());

        assertRefusedAtStartAndOnLoad("broken.jar", PluginProblem.NotAPluginJar.class,
                "broken.jar is not a plugin: it is not a JAR (zip) file");
    }

    @Test
    void aZipWithoutAPluginDescriptorIsRefused() {
        startWith("nodescriptor.jar", TestPlugins.zipWithoutDescriptor());

        assertRefusedAtStartAndOnLoad("nodescriptor.jar", PluginProblem.NotAPluginJar.class,
                "nodescriptor.jar is not a plugin: it has no plugin descriptor");
    }

    @Test
    void aJarWhoseManifestHasNoPluginIdIsRefused() {
        startWith("anonymous.jar", TestPlugins.jarWithoutPluginId());

        assertRefusedAtStartAndOnLoad("anonymous.jar", PluginProblem.NotAPluginJar.class,
                "anonymous.jar is not a plugin: its manifest has no Plugin-Id");
    }

    @Test
    void aSecondJarWithThePluginIdOfAnotherIsRefused() {
        startWith("jokes-copy.jar", TestPlugins.plugin("jokes", "9.9.9").cog("""
                public final class ImpostorCog implements Cog {
                    @Command(name = "impostor") public void impostor(Context ctx) { ctx.send("I am not jokes"); }
                }""").build());

        assertRefusedAtStartAndOnLoad("jokes-copy.jar", PluginProblem.DuplicateId.class,
                "jokes-copy.jar and jokes-" + LifecycleBot.VERSION + ".jar both contain plugin jokes");
        assertThat(botSaid(bot.type("!impostor"))).singleElement().asString().startsWith("I don't know !impostor.");
    }

    @Test
    void aPluginWhoseDependencyIsMissingIsRefused() {
        startWith("weather.jar", TestPlugins.plugin("weather", "1.0.0").dependsOn("forecasts").cog("""
                public final class WeatherCog implements Cog {
                    @Command(name = "weather") public void weather(Context ctx) { ctx.send("sunny"); }
                }""").build());

        assertRefusedAtStartAndOnLoad("weather.jar", PluginProblem.MissingDependencies.class,
                "plugin weather (weather.jar) needs plugin(s) forecasts, which are not loaded");
    }

    @Test
    void aPluginRequiringANewerRuntimeIsRefused() {
        startWith("future.jar", TestPlugins.plugin("future", "1.0.0").requires(">=5.0.0").cog("""
                public final class FutureCog implements Cog {
                }""").build());

        assertRefusedAtStartAndOnLoad("future.jar", PluginProblem.NeedsNewerRuntime.class,
                "plugin future (future.jar) requires cogbot >=5.0.0, but this is 0.1.0");
    }

    @Test
    void aCogWhoseStaticInitializerThrowsIsRefused() {
        startWith("static.jar", TestPlugins.plugin("static", "1.0.0").cog("""
                public final class StaticCog implements Cog {
                    static final String CONFIG = read();
                    private static String read() { throw new IllegalStateException("static config unreadable"); }
                }""").build());

        assertRefusedAtStartAndOnLoad("static.jar", PluginProblem.StartFailed.class,
                "plugin static (static.jar) failed to start", "static config unreadable");
    }

    @Test
    void aCogWhoseSuperclassIsMissingFromTheJarIsRefused() {
        TestPlugins.Builder plugin = TestPlugins.plugin("orphan", "1.0.0")
                .helper("""
                        public abstract class ParentCog implements Cog {
                        }""")
                .cog("""
                        public final class OrphanCog extends ParentCog {
                            @Command(name = "orphan") public void orphan(Context ctx) { ctx.send("hi"); }
                        }""")
                .leaveOut("ParentCog");
        startWith("orphan.jar", plugin.build());

        assertRefusedAtStartAndOnLoad("orphan.jar", PluginProblem.StartFailed.class,
                "plugin orphan (orphan.jar) failed to start", "NoClassDefFoundError",
                plugin.className("ParentCog").replace('.', '/'));
    }

    @Test
    void aCogListedInTheIndexButMissingFromTheJarIsRefused() {
        TestPlugins.Builder plugin = TestPlugins.plugin("ghost", "1.0.0").indexAlso("GhostCog").cog("""
                public final class RealCog implements Cog {
                }""");
        startWith("ghost.jar", plugin.build());

        assertRefusedAtStartAndOnLoad("ghost.jar", PluginProblem.IndexedClassMissing.class,
                "plugin ghost (ghost.jar) lists class " + plugin.className("GhostCog") + " in META-INF/extensions.idx,"
                        + " but the JAR has no such class; rebuild it from clean (mvn clean package)");
    }

    @Test
    void aCogMissingItsExtensionIsLoadedWithoutItAndTheWarningIsTheLineTheBuildFailsWith() {
        TestPlugins.Builder plugin = TestPlugins.plugin("forgetful", "1.0.0")
                .cog("""
                        public final class RememberedCog implements Cog {
                            @Command(name = "remembered") public void remembered(Context ctx) { ctx.send("here"); }
                        }""")
                .helper("""
                        public final class ForgottenCog implements Cog {
                            @Command(name = "forgotten") public void forgotten(Context ctx) { ctx.send("here too"); }
                        }""");
        startWith("forgetful.jar", plugin.build());

        assertThat(bot.plugins().isRunning("forgetful")).isTrue();
        assertThat(bot.log().all()).contains("WARN dev.cogbot.runtime.plugins.PluginHost - "
                + new PluginProblem.MissingExtension("forgetful", "forgetful.jar", plugin.className("ForgottenCog")).message());
        assertThat(botSaid(bot.type("!remembered"))).containsExactly("here");
        assertRealPluginsRun();
    }

    @Test
    void loadingByIdAJarWhoseManifestIsBrokenRepeatsTheManifestsReason() {
        startWith("anonymous-1.0.0.jar", TestPlugins.jarWithoutPluginId());

        PluginOperationException refused = catchThrowableOfType(PluginOperationException.class,
                () -> bot.plugins().load("anonymous"));

        assertThat(refused.problem()).isEqualTo(
                new PluginProblem.NotAPluginJar("anonymous-1.0.0.jar", "its manifest has no Plugin-Id"));
        assertThat(refused).hasMessage("anonymous-1.0.0.jar is not a plugin: its manifest has no Plugin-Id");
    }

    @Test
    void loadingByIdAJarWhoseManifestNamesTheIdButIsBrokenRepeatsTheManifestsReason() {
        startWith("renamed.jar", TestPlugins.jarWithoutPluginVersion("weather"));

        PluginOperationException refused = catchThrowableOfType(PluginOperationException.class,
                () -> bot.plugins().load("weather"));

        assertThat(refused).hasMessage("renamed.jar is not a plugin: its manifest has no Plugin-Version");
    }

    @Test
    void loadingAnIdNoJarCouldBeIsStillNoSuchPlugin() {
        startWith("anonymous-1.0.0.jar", TestPlugins.jarWithoutPluginId());

        PluginOperationException refused = catchThrowableOfType(PluginOperationException.class,
                () -> bot.plugins().load("weather"));

        assertThat(refused.problem()).isEqualTo(new PluginProblem.NoSuchPlugin("weather"));
    }

    @Test
    void aCogWhoseOnLoadThrowsIsRefusedAndLeavesNothingRunning() {
        startWith("explosive.jar", TestPlugins.plugin("explosive", "1.0.0").cog("""
                public final class ExplosiveCog implements Cog {
                    @Override public void onLoad(Bot bot) {
                        bot.loop(Duration.ofMinutes(1), () -> bot.changePresence(Activity.playing("zombie"))).start();
                        bot.schedule(Duration.ofMinutes(2), () -> bot.changePresence(Activity.playing("zombie timer")));
                        throw new IllegalStateException("explosive cog blew up in onLoad");
                    }
                    @Command(name = "boom") public void boom(Context ctx) { ctx.send("boom"); }
                }""").build());

        assertRefusedAtStartAndOnLoad("explosive.jar", PluginProblem.StartFailed.class,
                "plugin explosive (explosive.jar) failed to start: IllegalStateException: explosive cog blew up in onLoad");
        assertThat(botSaid(bot.type("!boom"))).singleElement().asString().startsWith("I don't know !boom.");
        assertThat(presence(bot.advance(Duration.ofHours(1)))).isNotEmpty().allSatisfy(
                line -> assertThat(line).startsWith("cogbot is now playing: Jokes told:"));
    }

    @Test
    void aCogWhoseOnLoadThrowsIsLoggedWithItsStackTraceAsAFailingCommandIs() {
        startWith("explosive.jar", TestPlugins.plugin("explosive", "1.0.0").cog("""
                public final class ExplosiveCog implements Cog {
                    @Override public void onLoad(Bot bot) { throw new IllegalStateException("explosive cog blew up in onLoad"); }
                }""").build());

        assertThat(bot.log().withStackTraces()).singleElement().asString()
                .startsWith("plugin explosive (explosive.jar) failed to start: IllegalStateException: explosive cog blew up")
                .contains("| java.lang.IllegalStateException: explosive cog blew up in onLoad")
                .contains("ExplosiveCog.onLoad(ExplosiveCog.java:");
        assertThat(bot.log().errors()).as("still one line in the log").hasSize(1);
    }

    @Test
    void aRefusedJarIsAlsoALineOfItsOwnOnTheConsole() {
        startWith("broken.jar", TestPlugins.notAZip());

        assertThat(bot.screen()).contains("plugin refused: broken.jar is not a plugin: it is not a JAR (zip) file,"
                + " or it is damaged or still being copied");
    }

    @Test
    void anUnloadCallbackThatThrowsStillUnloadsAndSaysSo() {
        startWith("grumpy.jar", TestPlugins.plugin("grumpy", "1.0.0").cog("""
                public final class GrumpyCog implements Cog {
                    @Override public void onUnload() { throw new IllegalStateException("will not say goodbye"); }
                    @Command(name = "grumble") public void grumble(Context ctx) { ctx.send("grr"); }
                }""").build());
        assertThat(botSaid(bot.type("!grumble"))).containsExactly("grr");

        String unloaded = bot.plugins().unload("grumpy", false);

        assertThat(unloaded).isEqualTo("unloaded grumpy, but Grumpy.onUnload threw "
                + "java.lang.IllegalStateException: will not say goodbye");
        assertThat(bot.plugins().isRunning("grumpy")).isFalse();
        assertThat(botSaid(bot.type("!grumble"))).singleElement().asString().startsWith("I don't know !grumble.");
        assertRealPluginsRun();
    }

    @Test
    void anUnloadCallbackThatHangsIsGivenUpOnAfterTheGraceAndTheUnloadSaysSo() {
        startWithShortGrace("sleepy.jar", TestPlugins.plugin("sleepy", "1.0.0").cog("""
                public final class SleepyCog implements Cog {
                    @Override public void onUnload() {
                        try {
                            new CountDownLatch(1).await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    @Command(name = "yawn") public void yawn(Context ctx) { ctx.send("yawn"); }
                }""").build());

        long started = System.nanoTime();
        String unloaded = bot.plugins().unload("sleepy", false);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(unloaded).isEqualTo("unloaded sleepy, but Sleepy.onUnload did not return within 1000 ms");
        // given up on after the grace; the upper bound only catches an unload that waits for the sleeper
        assertThat(took).isGreaterThanOrEqualTo(SHORT_GRACE).isLessThan(Duration.ofSeconds(30));
        assertThat(bot.plugins().isRunning("sleepy")).isFalse();
        assertThat(botSaid(bot.type("!yawn"))).singleElement().asString().startsWith("I don't know !yawn.");
        assertRealPluginsRun();
    }

    @Test
    void anUnloadCallbackThatIgnoresInterruptsStillCannotHoldTheUnload() throws Exception {
        startWithShortGrace("stubborn.jar", TestPlugins.plugin("stubborn", "1.0.0").cog("""
                public final class StubbornCog implements Cog {
                    public static final CountDownLatch RELEASE = new CountDownLatch(1);
                    @Override public void onUnload() {
                        while (RELEASE.getCount() > 0) {
                            try {
                                RELEASE.await();
                            } catch (InterruptedException ignored) {
                                // stubborn: keeps waiting
                            }
                        }
                    }
                }""").build());
        CountDownLatch release = (CountDownLatch) bot.runtime().plugin("stubborn").orElseThrow()
                .cogs().getFirst().cog().getClass().getField("RELEASE").get(null);
        try {
            long started = System.nanoTime();
            String unloaded = bot.plugins().unload("stubborn", false);
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            // interrupted, given the grace once more, and still running: named as what is left of the plugin
            assertThat(unloaded).isEqualTo("unloaded stubborn, but Stubborn.onUnload did not return within 1000 ms;"
                    + " still there: onUnload 'stubborn/unload Stubborn' (WAITING)");
            assertThat(took).isLessThan(Duration.ofSeconds(30));
            assertThat(bot.plugins().isRunning("stubborn")).isFalse();
            assertRealPluginsRun();
        } finally {
            release.countDown();
        }
    }

    @Test
    void loadAcceptsOnlyAPluginIdOrAFileNameInThePluginsFolder() throws Exception {
        startWith("nothing-wrong.jar", TestPlugins.plugin("fine", "1.0.0").cog("""
                public final class FineCog implements Cog {
                }""").build());
        Path evil = TestPlugins.plugin("evil", "1.0.0").cog("""
                public final class EvilCog implements Cog {
                    @Command(name = "evil") public void evil(Context ctx) { ctx.send("pwned"); }
                }""").writeTo(elsewhere.resolve("evil.jar"));
        Files.createDirectories(bot.pluginsDir().resolve("sub"));
        Files.copy(evil, bot.pluginsDir().resolve("sub").resolve("evil.jar"));
        String relative = bot.pluginsDir().relativize(evil).toString();

        for (String outside : List.of("../evil.jar", relative, evil.toAbsolutePath().toString(), "sub/evil.jar",
                "..", ".")) {
            PluginOperationException refused = catchThrowableOfType(PluginOperationException.class,
                    () -> bot.plugins().load(outside));
            assertThat(refused).as(outside).isNotNull();
            assertThat(refused.problem()).as(outside).isEqualTo(new PluginProblem.OutsidePluginsFolder(outside));
            assertThat(refused).hasMessage("'" + outside + "' is not a file in the plugins folder; "
                    + "copy the JAR there and load it by name");
        }
        assertThat(bot.plugins().isRunning("evil")).isFalse();
        assertThat(botSaid(bot.type("!evil"))).singleElement().asString().startsWith("I don't know !evil.");
    }

    // --- helpers

    /** A bot whose plugins folder holds the real plugins and {@code fileName}. */
    private void startWith(String fileName, byte[] content) {
        startWith(fileName, content, config -> config);
    }

    /**
     * The same, with an unload grace of {@link #SHORT_GRACE}: for callbacks that hang, which are
     * given up on only once it has passed. Long enough for every other plugin's onLoad, which it
     * also bounds, on a busy machine.
     */
    private void startWithShortGrace(String fileName, byte[] content) {
        startWith(fileName, content, config -> config.withOverride("unload-grace", SHORT_GRACE.toMillis() + "ms"));
    }

    private void startWith(String fileName, byte[] content, UnaryOperator<BotConfig> settings) {
        LifecycleBot.copyRealPlugins(home.resolve("plugins"));
        TestPlugins.write(home.resolve("plugins").resolve(fileName), content);
        bot = LifecycleBot.start(home, settings);
    }

    /**
     * At start: one error line naming the file and the reason, and the real plugins running. Then
     * loading the file by name: the same reason in the exception, and still every real plugin running.
     */
    private void assertRefusedAtStartAndOnLoad(String fileName, Class<? extends PluginProblem> problem,
                                               String... reason) {
        assertThat(bot.log().errors()).as("error lines at start").filteredOn(l -> l.contains(fileName))
                .singleElement().asString().contains(reason);
        assertThat(bot.log().errors()).as("error lines at start, all of them").hasSize(1);
        assertRealPluginsRun();
        assertThat(bot.plugins().summaries()).as("the plugins listing")
                .filteredOn(s -> s.file().equals(fileName)).extracting(PluginSummary::state).containsExactly("FAILED");

        PluginOperationException refused = catchThrowableOfType(PluginOperationException.class,
                () -> bot.plugins().load(fileName));
        assertThat(refused).as("loading " + fileName).isNotNull();
        assertThat(refused.problem()).isInstanceOf(problem);
        assertThat(refused.getMessage()).contains(fileName).contains(reason);
        assertRealPluginsRun();
    }

    private void assertRealPluginsRun() {
        for (String id : LifecycleBot.REAL_PLUGINS) {
            assertThat(bot.plugins().isRunning(id)).as(id + " running").isTrue();
        }
        assertThat(botSaid(bot.type("!lightbulb"))).hasSize(1);
        assertThat(botSaid(bot.type("!jokes_told"))).hasSize(1);
    }
}
