package dev.cogbot.e2e.lifecycle;

import dev.cogbot.runtime.plugins.LocalPluginAdmin;
import dev.cogbot.runtime.plugins.PluginAdminCog;
import dev.cogbot.runtime.plugins.PluginHost;
import dev.cogbot.runtime.plugins.WantedPlugins;
import dev.cogbot.testkit.TestBot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The test kit's bot, whose plugins come from real plugin JARs in a plugins folder through PF4J, as
 * in production, with the owners' plugin commands installed: for what only the kit can drive
 * (slash commands, autocomplete, clicks) on real JARs and real reloads.
 *
 * <pre>{@code
 * try (KitBotOnPluginFolder kit = KitBotOnPluginFolder.start(home, "olga", "poll")) {
 *     kit.bot().user("olga").slash("/plugins reload id:poll");
 * }
 * }</pre>
 */
final class KitBotOnPluginFolder implements AutoCloseable {

    private final TestBot bot;
    private final PluginHost host;

    private KitBotOnPluginFolder(TestBot bot, PluginHost host) {
        this.bot = bot;
        this.host = host;
    }

    /** A bot owned by {@code owner}, running the real plugins {@code pluginIds} copied into {@code home/plugins}. */
    static KitBotOnPluginFolder start(Path home, String owner, String... pluginIds) {
        Path plugins = home.resolve("plugins");
        try {
            Files.createDirectories(plugins);
            for (String id : pluginIds) {
                Files.copy(LifecycleBot.realJar(id), plugins.resolve(LifecycleBot.realJarName(id)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the plugin JARs from the build are missing: " + e.getMessage(), e);
        }
        TestBot bot = TestBot.builder().owner(owner).build();
        PluginHost host = new PluginHost(plugins, home.resolve("plugin-cache"), bot.runtime(), WantedPlugins.in(home));
        bot.runtime().installBuiltIn(new PluginAdminCog(new LocalPluginAdmin(host)), true);
        host.startAll();
        return new KitBotOnPluginFolder(bot, host);
    }

    TestBot bot() {
        return bot;
    }

    PluginHost host() {
        return host;
    }

    @Override
    public void close() {
        try {
            host.close();
        } finally {
            bot.close();
        }
    }
}
