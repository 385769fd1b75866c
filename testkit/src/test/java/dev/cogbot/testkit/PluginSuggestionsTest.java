package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.runtime.plugins.LocalPluginAdmin;
import dev.cogbot.runtime.plugins.PluginAdminCog;
import dev.cogbot.runtime.plugins.PluginHost;
import dev.cogbot.runtime.plugins.TestPluginJar;
import dev.cogbot.runtime.plugins.WantedPlugins;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin ids {@code /plugins} suggests while an owner types, on real plugin JARs: one look at the
 * plugins folder serves a burst of typing, and what the owner's commands change shows at once.
 */
class PluginSuggestionsTest {

    @TempDir
    Path home;

    private TestBot bot;
    private PluginHost host;
    private TestUser olga;

    @BeforeEach
    void startWithAlphaInTheFolderButUnloaded() {
        jar("alpha").writeTo(plugins());
        bot = TestBot.builder().owner("olga").build();
        host = new PluginHost(plugins(), home.resolve("plugin-cache"), bot.runtime(), WantedPlugins.in(home));
        bot.runtime().installBuiltIn(new PluginAdminCog(new LocalPluginAdmin(host)), true);
        host.startAll();
        host.unload("alpha", false);
        olga = bot.user("olga");
    }

    @AfterEach
    void stop() {
        try {
            host.close();
        } finally {
            bot.close();
        }
    }

    @Test
    void suggestionsWhileTypingComeFromOneLookAtTheFolder() {
        olga.autocompletes("/plugins load id:", "id");
        jar("beta").writeTo(plugins());

        assertThat(olga.autocompletes("/plugins load id:b", "id")).isEmpty();
    }

    @Test
    void suggestionsAMomentLaterSeeTheFolderAnew() {
        olga.autocompletes("/plugins load id:", "id");
        jar("beta").writeTo(plugins());

        bot.advance(PluginAdminCog.SUGGESTIONS_FRESH_FOR);

        assertThat(olga.autocompletes("/plugins load id:", "id")).containsExactly("alpha", "beta");
    }

    @Test
    void aPluginTheOwnerLoadsIsSuggestedAsLoadedAtOnce() {
        olga.autocompletes("/plugins load id:", "id");
        olga.slash("/plugins load id:alpha");

        assertThat(olga.autocompletes("/plugins load id:", "id")).isEmpty();
        assertThat(olga.autocompletes("/plugins unload id:", "id")).containsExactly("alpha");
    }

    private Path plugins() {
        return home.resolve("plugins");
    }

    /** A plugin whose one command is named after it. */
    private static TestPluginJar jar(String id) {
        String cog = Character.toUpperCase(id.charAt(0)) + id.substring(1) + "Cog";
        return TestPluginJar.plugin(id, "1.0.0").source("@Extension public final class " + cog + " implements Cog {\n"
                + "    @Command(name = \"" + id + "\") public void run(Context ctx) { ctx.send(\"" + id + "\"); }\n}");
    }
}
