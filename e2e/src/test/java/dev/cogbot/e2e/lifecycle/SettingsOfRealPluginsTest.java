package dev.cogbot.e2e.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cogbot.runtime.control.ControlRequest;
import dev.cogbot.runtime.control.ControlResponse;
import dev.cogbot.runtime.control.Outcome;
import dev.cogbot.runtime.plugins.PluginOperationException;
import dev.cogbot.runtime.plugins.PluginProblem;
import dev.cogbot.runtime.plugins.PluginSummary;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The settings the real plugin JARs declare, through PF4J and the plugin host: a wrong value refuses
 * the plugin in one line, at start and on load, and the others run; a misspelt key is warned about;
 * the control channel lists them.
 */
class SettingsOfRealPluginsTest {

    private static final String HUSH_JAR = LifecycleBot.realJarName("hush");
    private static final String BAD_MAX = "setting hush.max (from hush.max set on the command line) must be a duration"
            + " such as 30s, 5m or 1h, longer than 0, got '0'";

    @TempDir
    Path home;

    private LifecycleBot bot;

    @AfterEach
    void stopBot() {
        if (bot != null) {
            bot.close();
        }
    }

    @Test
    void aWrongValueRefusesThePluginAtStartInOneLineAndTheOthersRun() {
        bot = LifecycleBot.start(home, config -> config.withOverride("hush.max", "0"));

        assertThat(bot.log().errors()).singleElement().asString().contains(HUSH_JAR, BAD_MAX);
        assertThat(bot.plugins().summaries()).extracting(PluginSummary::id, PluginSummary::state)
                .contains(org.assertj.core.groups.Tuple.tuple("hush", "FAILED"),
                        org.assertj.core.groups.Tuple.tuple("jokes", "STARTED"),
                        org.assertj.core.groups.Tuple.tuple("status", "STARTED"));
    }

    @Test
    void loadingAPluginWithAWrongValueIsRefusedAsABadSetting() {
        bot = LifecycleBot.start(home, config -> config.withOverride("hush.max", "0"));

        PluginOperationException refused = catchThrowableOfType(PluginOperationException.class,
                () -> bot.plugins().load("hush"));

        assertThat(refused.problem()).isEqualTo(new PluginProblem.BadSetting("hush", HUSH_JAR, BAD_MAX));
        assertThat(refused).hasMessage("plugin hush (" + HUSH_JAR + ") not loaded: " + BAD_MAX);
        assertThat(bot.runtime().plugin("hush")).isEmpty();
    }

    @Test
    void theControlChannelRefusesTheLoadAsAFailedPlugin() {
        bot = LifecycleBot.start(home, config -> config.withOverride("hush.max", "0"));

        ControlResponse response = bot.control(new ControlRequest.Load("hush"));

        assertThat(response.outcome()).isEqualTo(Outcome.PLUGIN_FAILED);
        assertThat(response.lines()).containsExactly("plugin hush (" + HUSH_JAR + ") not loaded: " + BAD_MAX);
    }

    @Test
    void aNewVersionTakingNoLongerTheValueSetIsRefusedAndTheOldOneStays() {
        bot = LifecycleBot.start(home, config -> config.withOverride("jokes.reply-timeout", "30s"));
        String jokesJar = LifecycleBot.realJarName("jokes");
        TestPlugins.plugin("jokes", "0.2.0").cog("""
                public final class JokesCog implements Cog {
                    static final Setting<Duration> REPLY_TIMEOUT = Setting.duration("reply-timeout",
                            Duration.ofMinutes(2), "how long to wait").atLeast(Duration.ofMinutes(1));
                    @Override public List<Setting<?>> settings() { return List.of(REPLY_TIMEOUT); }
                    @Command(name = "lightbulb") public void lightbulb(Context ctx) { ctx.send("new"); }
                }""").writeTo(bot.pluginsDir().resolve(jokesJar));

        PluginOperationException refused = catchThrowableOfType(PluginOperationException.class,
                () -> bot.plugins().reload("jokes"));

        assertThat(refused).hasMessage("plugin jokes (" + jokesJar + ") failed to start: setting jokes.reply-timeout"
                + " (from jokes.reply-timeout set on the command line) must be a duration such as 30s, 5m or 1h,"
                + " at least 1m, got '30s'; version " + LifecycleBot.VERSION + " is back in service");
        assertThat(LifecycleBot.botSaid(bot.type("!knock_knock"))).containsExactly("Knock knock!");
    }

    @Test
    void aMisspeltKeyIsWarnedAboutOnceWithTheClosestDeclaredKey() {
        bot = LifecycleBot.start(home, config -> config.withOverride("jokes.reply-timout", "30s"));

        assertThat(bot.log().all()).filteredOn(line -> line.contains("reply-timout")).containsExactly(
                "WARN dev.cogbot.runtime.bot.BotRuntime - jokes.reply-timout is set, but plugin jokes has no such"
                        + " setting; did you mean jokes.reply-timeout?");
    }

    @Test
    void theControlChannelListsTheDeclaredSettingsWithTheirValues() {
        bot = LifecycleBot.start(home, config -> config.withOverride("jokes.reply-timeout", "30s")
                .withOverride("jokes.reply-timout", "30s"));

        ControlResponse response = bot.control(new ControlRequest.Settings());

        assertThat(response.outcome()).isEqualTo(Outcome.OK);
        assertThat(response.lines().getFirst().split(" {2,}"))
                .containsExactly("KEY", "TYPE", "DEFAULT", "VALUE", "FROM", "HELP");
        assertThat(response.lines()).map(line -> line.split(" {2,}")[0]).contains(
                "jokes.reply-timeout", "jokes.laugh-delay", "hush.default", "hush.max", "hush.scope", "hush.who",
                "status.interval");
        assertThat(response.lines()).filteredOn(line -> line.startsWith("jokes.reply-timeout ")).singleElement()
                .extracting(line -> java.util.List.of(line.split(" {2,}")))
                .isEqualTo(java.util.List.of("jokes.reply-timeout", "duration, longer than 0", "1m", "30s",
                        "command line", "how long knock_knock waits for each of the user's lines before giving up"));
        assertThat(response.lines()).last().isEqualTo("warning: jokes.reply-timout is set, but plugin jokes has no"
                + " such setting; did you mean jokes.reply-timeout?");
    }
}
