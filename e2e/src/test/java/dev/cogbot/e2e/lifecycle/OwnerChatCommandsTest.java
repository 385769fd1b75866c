package dev.cogbot.e2e.lifecycle;

import static dev.cogbot.e2e.lifecycle.LifecycleBot.VERSION;
import static dev.cogbot.e2e.lifecycle.LifecycleBot.botSaid;
import static dev.cogbot.e2e.lifecycle.LifecycleBot.chat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code !load}, {@code !unload}, {@code !reload} and {@code !plugins} typed on the console, where
 * the person typing owns the bot; and the same typed by bob, who does not.
 */
@ExtendWith(RealPluginsBot.class)
class OwnerChatCommandsTest {

    private static final String HUSHED = "🔇";

    private LifecycleBot bot;

    @Test
    void theOwnerUnloadsJokesFromChat() {
        assertThat(botSaid(bot.type("!unload jokes"))).containsExactly("Unloaded jokes.");
        assertThat(bot.plugins().isRunning("jokes")).isFalse();
        assertThat(botSaid(bot.type("!lightbulb"))).singleElement().asString().startsWith("I don't know !lightbulb.");
    }

    @Test
    void unloadGivenAnUnknownOptionNamesItsOptionsAndUnloadsNothing() {
        assertThat(botSaid(bot.type("!unload jokes --force")))
                .containsExactly("Unknown option --force; the options are --with-dependants and --forget-timers.");
        assertThat(bot.plugins().isRunning("jokes")).isTrue();
    }

    @Test
    void theOwnerLoadsJokesFromChat() {
        bot.type("!unload jokes");
        assertThat(botSaid(bot.type("!load jokes")))
                .containsExactly("Loaded jokes " + VERSION + " (commands: knock_knock, lightbulb).");
        assertThat(botSaid(bot.type("!knock_knock"))).containsExactly("Knock knock!");
    }

    @Test
    void theOwnerLoadsByFileNameFromChat() {
        bot.type("!unload jokes");
        assertThat(botSaid(bot.type("!load jokes-" + VERSION + ".jar")))
                .containsExactly("Loaded jokes " + VERSION + " (commands: knock_knock, lightbulb).");
    }

    @Test
    void theOwnerReloadsJokesFromChat() {
        assertThat(botSaid(bot.type("!reload jokes"))).containsExactly(
                "Reloaded jokes " + VERSION + " -> jokes " + VERSION + " (commands: knock_knock, lightbulb).");
        assertThat(botSaid(bot.type("!lightbulb"))).hasSize(1);
    }

    @Test
    void pluginsListsEachPluginWithItsStateAndCommands() {
        assertThat(botSaid(bot.type("!plugins"))).singleElement().asString()
                .isEqualTo("hush " + VERSION + " STARTED: hush, unhush (hush-" + VERSION + ".jar)");
        List<String> listing = bot.type("!plugins");
        assertThat(listing).contains(
                "#general <cogbot> hush " + VERSION + " STARTED: hush, unhush (hush-" + VERSION + ".jar)",
                "                  jokes " + VERSION + " STARTED: knock_knock, lightbulb (jokes-" + VERSION + ".jar)",
                "                  status " + VERSION + " STARTED: jokes_told (status-" + VERSION + ".jar)");

        bot.type("!unload jokes");
        assertThat(String.join("\n", bot.type("!plugins")))
                .contains("jokes " + VERSION + " UNLOADED (jokes-" + VERSION + ".jar)");
    }

    @Test
    void unloadingOrReloadingWhatIsNotLoadedSaysSo() {
        bot.type("!unload jokes");
        assertThat(botSaid(bot.type("!unload jokes"))).singleElement().asString()
                .isEqualTo("Could not do that: plugin jokes is in the plugins folder but not loaded; load it first.");
        assertThat(botSaid(bot.type("!reload jokes"))).singleElement().asString()
                .isEqualTo("Could not do that: plugin jokes is in the plugins folder but not loaded; load it first.");
        assertThat(botSaid(bot.type("!unload weather"))).singleElement().asString()
                .startsWith("Could not do that: no plugin 'weather' is loaded or in the plugins folder");
        assertThat(botSaid(bot.type("!load weather"))).singleElement().asString()
                .startsWith("Could not do that: no plugin 'weather' is loaded or in the plugins folder");
        assertThat(botSaid(bot.type("!load hush"))).singleElement().asString()
                .isEqualTo("Could not do that: plugin hush is already loaded (from hush-" + VERSION
                        + ".jar); use reload to replace it.");
    }

    @Test
    void loadFromChatRefusesPathsOutsideThePluginsFolder() {
        assertThat(botSaid(bot.type("!load ../evil.jar"))).containsExactly(
                "Could not do that: '../evil.jar' is not a file in the plugins folder; copy the JAR there and load it by name.");
        String absolute = bot.pluginsDir().resolve("jokes-" + VERSION + ".jar").toAbsolutePath().toString();
        bot.type("!unload jokes");
        assertThat(botSaid(bot.type("!load " + absolute))).singleElement().asString()
                .startsWith("Could not do that: '" + absolute + "' is not a file in the plugins folder");
        assertThat(bot.plugins().isRunning("jokes")).isFalse();
    }

    @Test
    void aNonOwnerIsRefusedEveryPluginCommand() {
        assertThat(botSaid(bot.typeAs("bob", "!unload jokes"))).containsExactly("Only the bot's owners can use !unload.");
        assertThat(botSaid(bot.typeAs("bob", "!reload jokes"))).containsExactly("Only the bot's owners can use !reload.");
        assertThat(botSaid(bot.typeAs("bob", "!plugins"))).containsExactly("Only the bot's owners can use !plugins.");
        assertThat(bot.plugins().isRunning("jokes")).isTrue();

        bot.type("!unload jokes");
        assertThat(botSaid(bot.typeAs("bob", "!load jokes"))).containsExactly("Only the bot's owners can use !load.");
        assertThat(bot.plugins().isRunning("jokes")).isFalse();
        // bob may still use what everyone may
        assertThat(botSaid(bot.typeAs("bob", "!jokes_told"))).hasSize(1);
    }

    @Test
    void aRunningHushDoesNotBlockUnloadingFromChat() {
        List<String> hushed = bot.type("!hush");
        String hushId = hushed.get(1).replaceAll(".* to message ", "");
        assertThat(bot.type("!lightbulb")).containsExactly("#general <alice> !lightbulb");

        assertThat(botSaid(bot.type("!unload jokes"))).containsExactly("Unloaded jokes.");
        assertThat(botSaid(bot.type("!load jokes")))
                .containsExactly("Loaded jokes " + VERSION + " (commands: knock_knock, lightbulb).");
        assertThat(botSaid(bot.type("!reload status"))).hasSize(1).first().asString().startsWith("Reloaded status");
        // still hushed: the plugins' own commands stay blocked
        assertThat(bot.type("!lightbulb")).containsExactly("#general <alice> !lightbulb");

        assertThat(chat(bot.type("!unload hush"))).containsExactly(
                "#general <alice> !unload hush",
                "#general cogbot removed " + HUSHED + " from message " + hushId,
                "#general <cogbot> Unloaded hush.");
        assertThat(botSaid(bot.type("!lightbulb"))).hasSize(1);
        assertThat(bot.log().problems()).isEmpty();
    }
}
