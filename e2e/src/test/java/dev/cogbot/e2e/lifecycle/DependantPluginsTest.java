package dev.cogbot.e2e.lifecycle;

import static dev.cogbot.e2e.lifecycle.LifecycleBot.botSaid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cogbot.runtime.plugins.PluginOperationException;
import dev.cogbot.runtime.plugins.PluginProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A plugin others depend on cannot be pulled out from under them, unless they go too. */
@ExtendWith(RealPluginsBot.class)
class DependantPluginsTest {

    private LifecycleBot bot;

    @BeforeEach
    void loadABaseAndAnAddonThatNeedsIt() {
        TestPlugins.plugin("base", "1.0.0").cog("""
                public final class BaseCog implements Cog {
                    @Command(name = "base") public void base(Context ctx) { ctx.send("base"); }
                }""").writeTo(bot.pluginsDir().resolve("base.jar"));
        TestPlugins.plugin("addon", "1.0.0").dependsOn("base").cog("""
                public final class AddonCog implements Cog {
                    @Command(name = "addon") public void addon(Context ctx) { ctx.send("addon"); }
                }""").writeTo(bot.pluginsDir().resolve("addon.jar"));
        bot.plugins().load("base");
        bot.plugins().load("addon");
    }

    @Test
    void unloadingAPluginOthersNeedIsRefusedNamingThem() {
        PluginOperationException refused = catchThrowableOfType(PluginOperationException.class,
                () -> bot.plugins().unload("base", false));
        assertThat(refused.problem()).isEqualTo(new PluginProblem.HasDependants("base", java.util.List.of("addon")));
        assertThat(refused.getMessage()).contains("needed by addon", "--with-dependants");
        assertThat(botSaid(bot.type("!base"))).containsExactly("base");
        assertThat(botSaid(bot.type("!addon"))).containsExactly("addon");
    }

    @Test
    void unloadingWithDependantsUnloadsTheAddonFirstThenTheBase() {
        assertThat(bot.plugins().unload("base", true)).isEqualTo("unloaded addon; unloaded base");
        assertThat(bot.plugins().isRunning("addon")).isFalse();
        assertThat(bot.plugins().isRunning("base")).isFalse();
        assertThat(botSaid(bot.type("!addon"))).singleElement().asString().contains("I don't know !addon");
    }

    @Test
    void theOwnerIsToldInChatWhichPluginsNeedIt() {
        assertThat(botSaid(bot.type("!unload base"))).singleElement().asString()
                .contains("Could not do that", "needed by addon", "--with-dependants");
        assertThat(botSaid(bot.type("!unload base --with-dependants"))).containsExactly("Unloaded addon; unloaded base.");
    }

    @Test
    void anAddonWhoseBaseIsMissingIsRefusedNamingTheMissingPlugin() {
        bot.plugins().unload("base", true);
        PluginOperationException refused = catchThrowableOfType(PluginOperationException.class,
                () -> bot.plugins().load("addon"));
        assertThat(refused.problem()).isInstanceOf(PluginProblem.MissingDependencies.class);
        assertThat(refused.getMessage()).contains("addon.jar", "needs plugin(s) base", "load them first");
    }

    @Test
    void anAddonNeedingANewerBaseIsRefusedNamingBothVersions() {
        writeExtraNeeding("base@>=2.0.0");

        PluginOperationException refused = catchThrowableOfType(PluginOperationException.class,
                () -> bot.plugins().load("extra"));

        assertThat(refused.problem())
                .isEqualTo(new PluginProblem.WrongDependencyVersion("extra", "extra.jar", "base", ">=2.0.0", "1.0.0"));
        assertThat(refused.getMessage()).contains("needs plugin base >=2.0.0", "base 1.0.0 is loaded");
        assertThat(bot.plugins().isRunning("extra")).isFalse();
        assertThat(botSaid(bot.type("!base"))).containsExactly("base");
    }

    @Test
    void anAddonWhoseVersionRangeTheBaseMeetsLoads() {
        writeExtraNeeding("base@>=1.0.0 & <2.0.0");

        bot.plugins().load("extra");

        assertThat(botSaid(bot.type("!extra"))).containsExactly("extra");
    }

    /** An "extra" plugin, with an !extra command, whose Plugin-Dependencies entry is {@code dependency}. */
    private void writeExtraNeeding(String dependency) {
        TestPlugins.plugin("extra", "1.0.0").dependsOn(dependency).cog("""
                public final class ExtraCog implements Cog {
                    @Command(name = "extra") public void extra(Context ctx) { ctx.send("extra"); }
                }""").writeTo(bot.pluginsDir().resolve("extra.jar"));
    }
}
