package dev.cogbot.e2e.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A plugin that keeps records in the store, as a real plugin JAR: its records read back after a
 * reload, and the JSON mapping, which learns the plugin's record types, lets them go at unload.
 */
@ExtendWith(RealPluginsBot.class)
class StoredRecordsAtUnloadTest {

    private LifecycleBot bot;

    private void writeBadgesPlugin() {
        TestPlugins.plugin("badges", "1.0.0").cog("""
                public final class BadgesCog implements Cog {
                    record Badge(String name, int level, Instant earned) {}

                    @Command(name = "award") public void award(Context ctx, @Arg("name") String name) {
                        Store mine = ctx.bot().store().user(ctx.author());
                        Badge old = mine.getRecord("badge", Badge.class).orElse(new Badge(name, 0, ctx.bot().now()));
                        mine.putRecord("badge", new Badge(name, old.level() + 1, old.earned()));
                        ctx.send(name + " level " + (old.level() + 1));
                    }
                }""").writeTo(bot.pluginsDir().resolve("badges.jar"));
    }

    @Test
    void aPluginsRecordsReadBackAfterAReloadOfThePlugin() {
        writeBadgesPlugin();
        bot.plugins().load("badges");
        assertThat(LifecycleBot.botSaid(bot.type("!award joker"))).containsExactly("joker level 1");

        bot.plugins().reload("badges");

        assertThat(LifecycleBot.botSaid(bot.type("!award joker"))).containsExactly("joker level 2");
    }

    @Test
    void aPluginThatStoredRecordsLeavesNoClassLoaderBehind() throws Exception {
        writeBadgesPlugin();
        ReferenceQueue<ClassLoader> collected = new ReferenceQueue<>();
        Set<Reference<ClassLoader>> loaders = new HashSet<>();

        for (int cycle = 1; cycle <= 5; cycle++) {
            bot.plugins().load("badges");
            assertThat(LifecycleBot.botSaid(bot.type("!award joker"))).containsExactly("joker level " + cycle);
            loaders.add(new WeakReference<>(classLoaderOf("badges"), collected));
            bot.plugins().unload("badges", false);
        }
        bot.settle();

        assertThat(ClassLoaderLeakTest.awaitCollected(collected, loaders))
                .as("class loaders of a plugin that stored records, still reachable after unload").isZero();
    }

    /** A cog's class loader, found without leaving anything of the plugin in a variable of the caller. */
    private ClassLoader classLoaderOf(String pluginId) {
        return bot.runtime().plugin(pluginId).orElseThrow().cogs().getFirst().cog().getClass().getClassLoader();
    }
}
