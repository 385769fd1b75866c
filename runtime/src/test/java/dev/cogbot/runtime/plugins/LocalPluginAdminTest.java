package dev.cogbot.runtime.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.runtime.bot.BotRuntime;
import dev.cogbot.runtime.bot.RuntimeOptions;
import dev.cogbot.runtime.scheduling.ManualTime;
import dev.cogbot.runtime.scheduling.Scheduler;
import dev.cogbot.runtime.storage.JdbcStore;
import dev.cogbot.runtime.storage.JdbcTimerStore;
import dev.cogbot.runtime.transport.ReadyAtOnceTransport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one door for plugin operations, on a real runtime and real plugin JARs. */
class LocalPluginAdminTest {

    private static final String API = "0.1.0";

    @TempDir
    Path home;

    private JdbcStore store;
    private BotRuntime runtime;
    private PluginHost host;
    private PluginAdmin admin;

    @BeforeEach
    void startABot() {
        store = JdbcStore.open(JdbcStore.defaultUrl(home.resolve("data")));
        runtime = new BotRuntime(new ReadyAtOnceTransport(), new Scheduler(new ManualTime(Instant.parse("2026-01-01T00:00:00Z"))),
                store, JdbcTimerStore.on(store), RuntimeOptions.defaults().withUnloadGrace(Duration.ofSeconds(2)));
        runtime.start();
        host = new PluginHost(new PluginCatalogue(plugins()), home.resolve("cache"), runtime,
                WantedPlugins.in(home.resolve("data")), API);
        admin = new LocalPluginAdmin(host);
    }

    @AfterEach
    void stopIt() {
        host.close();
        runtime.close();
        runtime.scheduler().close();
        store.close();
    }

    private Path plugins() {
        return home.resolve("plugins");
    }

    @Test
    void aLoadIsDoneAndSaysWhatItLoaded() {
        TestPluginJar.plugin("hello", "1.0.0").helloCog().writeTo(plugins());

        PluginResult result = admin.load("hello");

        assertThat(result.plugin()).isEqualTo("hello");
        assertThat(result.outcome()).isInstanceOf(PluginOutcome.Loaded.class);
        assertThat(result.line()).isEqualTo("loaded hello 1.0.0 (commands: hello)");
        assertThat(host.isRunning("hello")).isTrue();
    }

    @Test
    void aRefusalIsAnOutcomeWithItsProblemNotAnException() {
        PluginResult result = admin.load("nothing");

        assertThat(result.done()).isFalse();
        assertThat(result.outcome()).isEqualTo(new PluginOutcome.Refused(new PluginProblem.NoSuchPlugin("nothing")));
    }

    @Test
    void anUnloadThatOthersDependOnIsRefusedNamingThem() {
        TestPluginJar.plugin("base", "1.0.0").helloCog().writeTo(plugins());
        TestPluginJar.plugin("addon", "1.0.0").manifest("Plugin-Dependencies", "base").source("""
                @Extension public final class AddonCog implements Cog {
                    @Command(name = "addon") public void addon(Context ctx) { ctx.send("on"); }
                }""").writeTo(plugins());
        host.startAll();

        PluginResult result = admin.unload("base", false, false);

        assertThat(result.outcome()).isEqualTo(new PluginOutcome.Refused(
                new PluginProblem.HasDependants("base", java.util.List.of("addon"))));
        assertThat(host.isRunning("base")).isTrue();
    }

    @Test
    void anUnloadWithDependantsTakesThemFirst() {
        TestPluginJar.plugin("base", "1.0.0").helloCog().writeTo(plugins());
        TestPluginJar.plugin("addon", "1.0.0").manifest("Plugin-Dependencies", "base").source("""
                @Extension public final class AddonCog implements Cog {
                    @Command(name = "addon") public void addon(Context ctx) { ctx.send("on"); }
                }""").writeTo(plugins());
        host.startAll();

        PluginResult result = admin.unload("base", true, false);

        assertThat(result.outcome()).isInstanceOf(PluginOutcome.Unloaded.class);
        assertThat(result.line()).isEqualTo("unloaded addon; unloaded base");
        assertThat(admin.list().runningIds()).isEmpty();
    }

    @Test
    void aReloadIsDoneFromWhatTheFolderHoldsNow() {
        TestPluginJar.plugin("hello", "1.0.0").helloCog().writeTo(plugins());
        admin.load("hello");
        TestPluginJar.plugin("hello", "1.1.0").helloCog().writeTo(plugins());

        PluginResult result = admin.reload("hello");

        assertThat(result.outcome()).isInstanceOf(PluginOutcome.Reloaded.class);
        assertThat(result.line()).isEqualTo("reloaded hello 1.0.0 -> hello 1.1.0 (commands: hello)");
    }

    @Test
    void aFailedLoadIsListedAsFailedWithItsProblem() {
        TestPluginJar.plugin("crashy", "1.0.0").source("""
                @Extension public final class CrashyCog implements Cog {
                    @Override public void onLoad(Bot bot) { throw new IllegalStateException("not today"); }
                    @Command(name = "crash") public void crash(Context ctx) { ctx.send("never"); }
                }""").writeTo(plugins());

        PluginResult result = admin.load("crashy-1.0.0.jar");

        PluginSummary listed = admin.list().plugins().getFirst();
        assertThat(listed.state()).isEqualTo("FAILED");
        assertThat(listed.problem()).contains(((PluginOutcome.Refused) result.outcome()).problem());
        assertThat(admin.list().table()).last().asString()
                .startsWith("failed: crashy-1.0.0.jar: plugin crashy (crashy-1.0.0.jar) failed to start: ")
                .contains("not today");
    }

    @Test
    void aFailureIsForgottenOnceTheJarRuns() {
        TestPluginJar.plugin("late", "1.0.0").manifest("Plugin-Dependencies", "base").helloCog().writeTo(plugins());
        admin.load("late");
        TestPluginJar.plugin("base", "1.0.0").source("""
                @Extension public final class BaseCog implements Cog {
                    @Command(name = "base") public void base(Context ctx) { ctx.send("b"); }
                }""").writeTo(plugins());
        admin.load("base");

        PluginResult result = admin.load("late");

        assertThat(result.done()).isTrue();
        assertThat(admin.list().plugins()).allSatisfy(p -> {
            assertThat(p.state()).isEqualTo("STARTED");
            assertThat(p.problem()).isEmpty();
        });
    }

    @Test
    void theListingIsRunningPluginsThenTheFolderOnesThatAreNot() {
        TestPluginJar.plugin("hello", "1.0.0").helloCog().writeTo(plugins());
        TestPluginJar.plugin("other", "1.0.0").source("""
                @Extension public final class OtherCog implements Cog {
                    @Command(name = "other") public void other(Context ctx) { ctx.send("o"); }
                }""").writeTo(plugins());
        admin.load("other");

        assertThat(admin.list().lines()).containsExactly(
                "other 1.0.0 STARTED: other (other-1.0.0.jar)",
                "hello 1.0.0 UNLOADED (hello-1.0.0.jar)");
    }

    @Test
    void anEmptyFolderIsListedAsSuch() throws Exception {
        Files.createDirectories(plugins());

        PluginListing listing = admin.list();

        assertThat(listing.chatText()).isEqualTo("No plugins in the plugins folder.");
        assertThat(listing.table()).containsExactly("no plugins: the plugins folder " + plugins() + " has no plugin JARs");
    }

}
