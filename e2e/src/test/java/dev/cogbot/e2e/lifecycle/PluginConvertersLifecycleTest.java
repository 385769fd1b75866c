package dev.cogbot.e2e.lifecycle;

import static dev.cogbot.e2e.lifecycle.LifecycleBot.botSaid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cogbot.runtime.plugins.PluginOperationException;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A plugin JAR's own converters live as long as the plugin: they read its commands' arguments once
 * it has loaded, a reload brings the new version's, and an unload takes them away.
 */
@ExtendWith(RealPluginsBot.class)
class PluginConvertersLifecycleTest {

    private LifecycleBot bot;

    /** A "dates" plugin whose !when reads a LocalDate with the converter it registers, saying {@code reading}. */
    private void writeDates(String version, String today) {
        TestPlugins.plugin("dates", version).cog("""
                public final class DatesCog implements Cog {
                    @Override public void onLoad(Bot bot) {
                        bot.addConverter(LocalDate.class, (ctx, text) -> text.equals("%s")
                                ? LocalDate.of(2026, 12, 3) : LocalDate.parse(text));
                    }
                    @Command(name = "when") public void when(Context ctx, @Arg("day") LocalDate day) { ctx.send("on " + day); }
                }""".formatted(today)).writeTo(bot.pluginsDir().resolve("dates.jar"));
    }

    /** A "dates" plugin whose !when takes a LocalDate but registers no converter for it. */
    private void writeDatesWithoutConverter() {
        TestPlugins.plugin("dates", "3.0.0").cog("""
                public final class DatesCog implements Cog {
                    @Command(name = "when") public void when(Context ctx, @Arg("day") LocalDate day) { ctx.send("on " + day); }
                }""").writeTo(bot.pluginsDir().resolve("dates.jar"));
    }

    @Test
    void aPluginJarsConverterReadsItsCommandsArguments() {
        writeDates("1.0.0", "today");
        bot.plugins().load("dates");

        assertThat(botSaid(bot.type("!when today"))).containsExactly("on 2026-12-03");
        assertThat(botSaid(bot.type("!when 2027-01-01"))).containsExactly("on 2027-01-01");
    }

    @Test
    void aReloadReadsWithTheNewVersionsConverter() {
        writeDates("1.0.0", "today");
        bot.plugins().load("dates");
        writeDates("2.0.0", "heute");

        assertThat(bot.plugins().reload("dates")).startsWith("reloaded dates 1.0.0 -> ");

        assertThat(botSaid(bot.type("!when heute"))).containsExactly("on 2026-12-03");
        assertThat(botSaid(bot.type("!when today"))).singleElement().asString().contains("<day> must be a LocalDate");
    }

    @Test
    void anUnloadedPluginsConverterIsGone() {
        writeDates("1.0.0", "today");
        bot.plugins().load("dates");
        bot.plugins().unload("dates", false);
        writeDatesWithoutConverter();

        PluginOperationException refused = catchThrowableOfType(PluginOperationException.class,
                () -> bot.plugins().load("dates"));

        assertThat(refused.getMessage()).contains("has type LocalDate, which nothing converts", "bot.addConverter");
    }

    @Test
    void anUnloadedPluginsConverterKeepsNoneOfItsClassesLoaded() throws Exception {
        writeDates("1.0.0", "today");
        bot.plugins().load("dates");
        bot.type("!when today");
        ReferenceQueue<ClassLoader> collected = new ReferenceQueue<>();
        Set<Reference<ClassLoader>> loaders = Set.of(new WeakReference<>(classLoaderOfDates(), collected));

        bot.plugins().unload("dates", false);
        bot.settle();

        assertThat(ClassLoaderLeakTest.awaitCollected(collected, loaders)).as("dates' class loader still reachable").isZero();
    }

    /** The plugin's class loader, found without leaving anything of the plugin in a variable of the caller. */
    private ClassLoader classLoaderOfDates() {
        return bot.runtime().plugin("dates").orElseThrow().cogs().getFirst().cog().getClass().getClassLoader();
    }
}
