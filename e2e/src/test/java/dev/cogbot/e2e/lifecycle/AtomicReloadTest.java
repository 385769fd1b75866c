package dev.cogbot.e2e.lifecycle;

import static dev.cogbot.e2e.lifecycle.LifecycleBot.VERSION;
import static dev.cogbot.e2e.lifecycle.LifecycleBot.botSaid;
import static dev.cogbot.e2e.lifecycle.LifecycleBot.presence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cogbot.runtime.plugins.PluginOperationException;
import dev.cogbot.runtime.plugins.PluginProblem;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A reload is all or nothing: when the new version of a plugin cannot run, the old one is back in
 * service, its commands answering, and the failure is reported naming the file and the reason.
 * The real jokes plugin is the old version; the new ones are built by the test.
 */
@ExtendWith(RealPluginsBot.class)
class AtomicReloadTest {

    private static final String JOKES_JAR = "jokes-" + VERSION + ".jar";
    private static final String BACK_IN_SERVICE = "version " + VERSION + " is back in service";

    private LifecycleBot bot;

    @Test
    void aWorkingNewVersionReplacesTheOldOne() {
        replaceJokes(jokesVersion("0.2.0").cog("""
                public final class JokesCog implements Cog {
                    @Command(name = "lightbulb") public void lightbulb(Context ctx) { ctx.send("a 0.2.0 light bulb joke"); }
                }"""));

        assertThat(bot.plugins().reload("jokes"))
                .isEqualTo("reloaded jokes " + VERSION + " -> jokes 0.2.0 (commands: lightbulb)");
        assertThat(botSaid(bot.type("!lightbulb"))).containsExactly("a 0.2.0 light bulb joke");
        assertThat(botSaid(bot.type("!knock_knock"))).singleElement().asString().startsWith("I don't know !knock_knock.");
    }

    @Test
    void aReplacementThatIsNotAJarLeavesTheOldVersionInService() {
        TestPlugins.write(bot.pluginsDir().resolve(JOKES_JAR), TestPlugins.notAZip());

        PluginOperationException failure = reloadJokesFails();

        assertThat(failure.problem()).isInstanceOf(PluginProblem.NotAPluginJar.class);
        assertThat(failure).hasMessage(JOKES_JAR + " is not a plugin: it is not a JAR (zip) file, or it is damaged or still being copied");
        assertOldJokesAnswer();
    }

    @Test
    void aReplacementWhoseOnLoadThrowsLeavesTheOldVersionInService() {
        replaceJokes(jokesVersion("0.2.0").cog("""
                public final class JokesCog implements Cog {
                    @Override public void onLoad(Bot bot) { throw new IllegalStateException("the joke book is missing"); }
                    @Command(name = "lightbulb") public void lightbulb(Context ctx) { ctx.send("new"); }
                }"""));

        PluginOperationException failure = reloadJokesFails();

        assertThat(failure.problem()).isInstanceOf(PluginProblem.StartFailed.class);
        assertThat(failure.getMessage()).contains(JOKES_JAR, "IllegalStateException: the joke book is missing", BACK_IN_SERVICE);
        assertOldJokesAnswer();
    }

    @Test
    void aReplacementWhoseCogCannotLoadLeavesTheOldVersionInService() {
        replaceJokes(jokesVersion("0.2.0").cog("""
                public final class JokesCog implements Cog {
                    static final String BOOK = load();
                    private static String load() { throw new IllegalStateException("static joke book broken"); }
                }"""));

        PluginOperationException failure = reloadJokesFails();

        assertThat(failure.getMessage()).contains(JOKES_JAR, "ExceptionInInitializerError",
                "static joke book broken", BACK_IN_SERVICE);
        assertOldJokesAnswer();
    }

    @Test
    void aReplacementWithAMissingDependencyLeavesTheOldVersionInService() {
        replaceJokes(jokesVersion("0.2.0").dependsOn("joke-book").cog("""
                public final class JokesCog implements Cog {
                }"""));

        PluginOperationException failure = reloadJokesFails();

        assertThat(failure.getMessage()).contains(JOKES_JAR, "needs plugin(s) joke-book, which are not loaded", BACK_IN_SERVICE);
        assertOldJokesAnswer();
    }

    @Test
    void aReplacementForANewerRuntimeLeavesTheOldVersionInService() {
        replaceJokes(jokesVersion("2.0.0").requires(">=2.0.0").cog("""
                public final class JokesCog implements Cog {
                }"""));

        PluginOperationException failure = reloadJokesFails();

        assertThat(failure.getMessage()).contains(JOKES_JAR, "requires cogbot >=2.0.0, but this is 0.1.0", BACK_IN_SERVICE);
        assertOldJokesAnswer();
    }

    @Test
    void aFailedReloadFromChatSaysWhyAndTheOldVersionAnswers() {
        replaceJokes(jokesVersion("0.2.0").cog("""
                public final class JokesCog implements Cog {
                    @Override public void onLoad(Bot bot) { throw new IllegalStateException("the joke book is missing"); }
                }"""));

        String reply = botSaid(bot.type("!reload jokes")).getFirst();

        assertThat(reply).startsWith("Could not do that: ")
                .contains(JOKES_JAR, "IllegalStateException: the joke book is missing", BACK_IN_SERVICE);
        assertOldJokesAnswer();
    }

    @Test
    void aFailedReloadLeavesNothingBehindSoTheNextOneWorks() throws Exception {
        replaceJokes(jokesVersion("0.2.0").cog("""
                public final class JokesCog implements Cog {
                    @Override public void onLoad(Bot bot) { throw new IllegalStateException("the joke book is missing"); }
                }"""));
        reloadJokesFails();
        assertThat(bot.cacheDir().toFile().list()).hasSize(3);

        Files.copy(LifecycleBot.realJar("jokes"), bot.pluginsDir().resolve(JOKES_JAR),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(bot.plugins().reload("jokes")).startsWith("reloaded jokes");
        assertThat(botSaid(bot.type("!knock_knock"))).containsExactly("Knock knock!");
        assertThat(bot.cacheDir().toFile().list()).hasSize(3);
    }

    @Test
    void jokesToldSurviveAReloadOfEitherPlugin() {
        bot.type("!lightbulb");
        bot.type("!lightbulb");

        bot.plugins().reload("jokes");
        bot.type("!lightbulb");
        assertThat(botSaid(bot.type("!jokes_told"))).containsExactly("I've told 3 jokes.");

        assertThat(presence(bot.printedDuring(() -> bot.plugins().reload("status"))))
                .containsExactly("cogbot is now playing: Jokes told: 3");
        assertThat(presence(bot.advance(Duration.ofMinutes(1)))).containsExactly("cogbot is now playing: Jokes told: 3");
    }

    @Test
    void jokesToldSurviveAFailedReload() {
        bot.type("!lightbulb");
        replaceJokes(jokesVersion("0.2.0").cog("""
                public final class JokesCog implements Cog {
                    @Override public void onLoad(Bot bot) { throw new IllegalStateException("no"); }
                }"""));
        reloadJokesFails();

        bot.type("!lightbulb");
        assertThat(botSaid(bot.type("!jokes_told"))).containsExactly("I've told 2 jokes.");
    }

    @Test
    void reloadingAPluginBringsBackThePluginsThatNeedIt() {
        TestPlugins.plugin("base", "1.0.0").cog("""
                public final class BaseCog implements Cog {
                    @Command(name = "base") public void base(Context ctx) { ctx.send("base 1"); }
                }""").writeTo(bot.pluginsDir().resolve("base.jar"));
        TestPlugins.plugin("addon", "1.0.0").dependsOn("base").cog("""
                public final class AddonCog implements Cog {
                    @Command(name = "addon") public void addon(Context ctx) { ctx.send("addon 1"); }
                }""").writeTo(bot.pluginsDir().resolve("addon.jar"));
        bot.plugins().load("base");
        bot.plugins().load("addon");

        TestPlugins.plugin("base", "2.0.0").cog("""
                public final class BaseCog implements Cog {
                    @Override public void onLoad(Bot bot) { throw new IllegalStateException("base 2 is broken"); }
                }""").writeTo(bot.pluginsDir().resolve("base.jar"));
        PluginOperationException failure = catchThrowableOfType(PluginOperationException.class,
                () -> bot.plugins().reload("base"));
        assertThat(failure.getMessage()).contains("base.jar", "base 2 is broken", "version 1.0.0 is back in service");
        assertThat(botSaid(bot.type("!base"))).containsExactly("base 1");
        assertThat(botSaid(bot.type("!addon"))).containsExactly("addon 1");

        TestPlugins.plugin("base", "3.0.0").cog("""
                public final class BaseCog implements Cog {
                    @Command(name = "base") public void base(Context ctx) { ctx.send("base 3"); }
                }""").writeTo(bot.pluginsDir().resolve("base.jar"));
        assertThat(bot.plugins().reload("base")).startsWith("reloaded base 1.0.0 -> base 3.0.0");
        assertThat(botSaid(bot.type("!base"))).containsExactly("base 3");
        assertThat(botSaid(bot.type("!addon"))).containsExactly("addon 1");
    }

    private static TestPlugins.Builder jokesVersion(String version) {
        return TestPlugins.plugin("jokes", version);
    }

    private void replaceJokes(TestPlugins.Builder replacement) {
        replacement.writeTo(bot.pluginsDir().resolve(JOKES_JAR));
    }

    private PluginOperationException reloadJokesFails() {
        PluginOperationException failure = catchThrowableOfType(PluginOperationException.class,
                () -> bot.plugins().reload("jokes"));
        assertThat(failure).as("reloading jokes should have failed").isNotNull();
        return failure;
    }

    /** The real jokes plugin is running and answering, both its commands. */
    private void assertOldJokesAnswer() {
        assertThat(bot.plugins().isRunning("jokes")).isTrue();
        assertThat(bot.plugins().summaries()).anySatisfy(s -> {
            assertThat(s.id()).isEqualTo("jokes");
            assertThat(s.state()).isEqualTo("STARTED");
            assertThat(s.commands()).containsExactly("knock_knock", "lightbulb");
        });
        assertThat(botSaid(bot.type("!lightbulb"))).singleElement().asString().contains("light bulb");
        assertThat(botSaid(bot.type("!knock_knock"))).containsExactly("Knock knock!");
    }
}
