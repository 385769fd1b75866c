package dev.cogbot.e2e.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.runtime.plugins.PluginHost;
import dev.cogbot.testkit.TestBot;
import dev.cogbot.testkit.TestUser;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The owners' plugin commands as {@code /plugins list|load|unload|reload}, on the real plugin JARs
 * from the build, in the test kit's bot: the plugin ids they suggest while typed, and the same
 * owner check as in chat.
 */
class OwnerSlashCommandsTest {

    @TempDir
    Path home;

    private KitBotOnPluginFolder kit;
    private TestBot bot;
    private PluginHost host;
    private TestUser olga;

    @BeforeEach
    void startWithTheRealPlugins() {
        kit = KitBotOnPluginFolder.start(home, "olga", LifecycleBot.REAL_PLUGINS.toArray(String[]::new));
        bot = kit.bot();
        host = kit.host();
        olga = bot.user("olga");
    }

    @AfterEach
    void stop() {
        kit.close();
    }

    @Test
    void unloadSuggestsTheLoadedPlugins() {
        assertThat(olga.autocompletes("/plugins unload id:", "id")).containsExactly("hush", "jokes", "status");
    }

    @Test
    void reloadSuggestsTheLoadedPluginsHoldingWhatIsTyped() {
        assertThat(olga.autocompletes("/plugins reload id:St", "id")).containsExactly("status");
    }

    @Test
    void loadSuggestsThePluginsOfTheFolderThatAreNotLoaded() {
        host.unload("jokes", false);

        assertThat(olga.autocompletes("/plugins load id:", "id")).containsExactly("jokes");
        assertThat(olga.autocompletes("/plugins unload id:", "id")).containsExactly("hush", "status");
    }

    @Test
    void unloadSuggestsItsFlags() {
        assertThat(olga.autocompletes("/plugins unload id:jokes flags:forget", "flags"))
                .containsExactly("--forget-timers", "--with-dependants --forget-timers");
    }

    @Test
    void theOwnerUnloadsAndLoadsWithTheSlashCommands() {
        assertThat(olga.slash("/plugins unload id:jokes").response().text()).isEqualTo("Unloaded jokes.");
        assertThat(host.isRunning("jokes")).isFalse();

        assertThat(olga.slash("/plugins load id:jokes").response().text()).startsWith("Loaded jokes ");
        assertThat(host.isRunning("jokes")).isTrue();
    }

    @Test
    void theOwnerReloadsWithTheSlashCommand() {
        assertThat(olga.slash("/plugins reload id:hush").response().text()).startsWith("Reloaded hush ");
    }

    @Test
    void pluginsListIsTheSlashFormOfPlugins() {
        assertThat(olga.slash("/plugins list").response().text()).contains("jokes ", "hush ", "status ");
    }

    @Test
    void aNonOwnerIsRefusedPrivatelyAndNothingIsUnloaded() {
        assertThat(bot.user("bob").slash("/plugins unload id:jokes").response().ephemeral()).isTrue();
        assertThat(host.isRunning("jokes")).isTrue();
    }
}
