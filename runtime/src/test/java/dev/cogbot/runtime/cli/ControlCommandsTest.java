package dev.cogbot.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.runtime.control.ControlServer;
import dev.cogbot.runtime.storage.JdbcStore;
import dev.cogbot.runtime.storage.JdbcTimerStore;
import dev.cogbot.runtime.timers.StoredTimer;
import java.time.Instant;
import dev.cogbot.runtime.control.FakeBot;
import dev.cogbot.runtime.plugins.PluginOperationException;
import dev.cogbot.runtime.plugins.PluginProblem;
import dev.cogbot.runtime.plugins.PluginResult;
import dev.cogbot.runtime.plugins.PluginOutcome;
import dev.cogbot.runtime.plugins.NodeOutcome;
import dev.cogbot.runtime.plugins.WantedPlugins;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The management commands in process, against a control server over a fake bot, or none. */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "Unix domain sockets in a POSIX temp folder")
class ControlCommandsTest {

    @TempDir
    Path home;

    /** What one run of the command line did. */
    record Run(int exitCode, String out, String err) {
    }

    Run cogbot(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.add("--home");
        all.add(home.toString());
        int code = CogbotCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    Path dataDir() {
        return home.resolve("data");
    }

    @Nested
    class WithTheBotRunning {

        final FakeBot bot = new FakeBot();
        ControlServer server;

        @BeforeEach
        void start() {
            server = ControlServer.claim(dataDir());
            server.serve(bot);
        }

        @AfterEach
        void stop() {
            server.close();
        }

        @Test
        void pluginsListsThemOnStdout() {
            Run run = cogbot("plugins");
            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("jokes   0.1.0    STARTED  knock_knock,lightbulb  jokes-0.1.0.jar");
            assertThat(run.err()).isEmpty();
        }

        @Test
        void pluginsWithSettingsListsTheirSettingsOnStdout() {
            Run run = cogbot("plugins", "--settings");
            assertThat(run).isEqualTo(new Run(0, """
                    KEY                  TYPE                     DEFAULT  VALUE  FROM         HELP
                    jokes.reply-timeout  duration, longer than 0  1m       30s    environment  how long knock_knock waits
                    """, ""));
        }

        @Test
        void statusShowsTheBot() {
            bot.ready = true;
            Run run = cogbot("status");
            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("transport: console", "ready:     yes", "uptime:");
        }

        @Test
        void loadUnloadAndReloadSayWhatTheyDid() {
            assertThat(cogbot("load", "jokes")).isEqualTo(new Run(0, "loaded jokes\n", ""));
            assertThat(cogbot("unload", "jokes", "--with-dependants")).isEqualTo(new Run(0, "unloaded jokes\n", ""));
            assertThat(cogbot("reload", "jokes")).isEqualTo(new Run(0, "reloaded jokes\n", ""));
            assertThat(bot.calls).containsExactly("load jokes", "unload jokes with dependants", "reload jokes");
        }

        @Test
        void unloadWithForgetTimersAsksTheBotToForgetThem() {
            assertThat(cogbot("unload", "jokes", "--forget-timers").exitCode()).isZero();
            assertThat(bot.calls).containsExactly("unload jokes forgetting timers");
        }

        @Test
        void optionsBeforeTheSubcommandCountToo() {
            StringWriter out = new StringWriter();
            int code = CogbotCli.execute(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                    "--home", home.toString(), "load", "jokes");
            assertThat(code).isZero();
            assertThat(out.toString()).isEqualTo("loaded jokes\n");
        }

        @Test
        void eachRefusalHasItsExitCodeAndOneLine() {
            bot.load = given -> {
                throw new PluginOperationException(switch (given) {
                    case "nosuch" -> new PluginProblem.NoSuchPlugin(given);
                    case "../x.jar" -> new PluginProblem.OutsidePluginsFolder(given);
                    default -> new PluginProblem.StartFailed(given, given + ".jar", "boom");
                });
            };
            assertThat(cogbot("load", "nosuch")).isEqualTo(new Run(10, "",
                    "cogbot: " + new PluginProblem.NoSuchPlugin("nosuch").message() + "\n"));
            assertThat(cogbot("load", "../x.jar")).isEqualTo(new Run(2, "",
                    "cogbot: '../x.jar' is not a file in the plugins folder; copy the JAR there and load it by name\n"));
            assertThat(cogbot("load", "crashy")).isEqualTo(new Run(11, "",
                    "cogbot: plugin crashy (crashy.jar) failed to start: boom\n"));
        }

        /** Each result as a cluster of this bot (node a) and node b, which answers {@code b}. */
        private void inAClusterWhereNodeBAnswers(PluginOutcome b) {
            bot.cluster = result -> new PluginResult(result.plugin(), new PluginOutcome.AcrossCluster(List.of(
                    new NodeOutcome.Answered("a", result.outcome()), new NodeOutcome.Answered("b", b))));
        }

        @Test
        void anOperationDoneOnEveryNodeOfAClusterPrintsOneLinePerNode() {
            inAClusterWhereNodeBAnswers(new PluginOutcome.Reloaded("reloaded jokes"));

            assertThat(cogbot("reload", "jokes")).isEqualTo(new Run(0, """
                    node a: reloaded jokes
                    node b: reloaded jokes
                    """, ""));
        }

        @Test
        void anOperationRefusedOnAnyNodeOfAClusterExitsWithThatRefusalsCode() {
            inAClusterWhereNodeBAnswers(new PluginOutcome.Refused(new PluginProblem.OnAnotherNode("b",
                    "plugin jokes (jokes.jar) failed to start: boom")));

            assertThat(cogbot("reload", "jokes")).isEqualTo(new Run(ExitCode.PLUGIN_FAILED.code(), "", """
                    cogbot: node a: reloaded jokes
                    cogbot: node b: plugin jokes (jokes.jar) failed to start: boom
                    """));
        }

        @Test
        void unloadingWhatOthersNeedIsRefused() {
            bot.unload = id -> {
                throw new PluginOperationException(new PluginProblem.HasDependants(id, List.of("status")));
            };
            Run run = cogbot("unload", "jokes");
            assertThat(run.exitCode()).isEqualTo(ExitCode.PLUGIN_FAILED.code());
            assertThat(run.err()).contains("--with-dependants");
        }
    }

    @Nested
    class WithNoBotRunning {

        @Test
        void statusSaysSoOnStdout() {
            Run run = cogbot("status");
            assertThat(run.exitCode()).isEqualTo(12);
            assertThat(run.out()).isEqualTo("cogbot is not running (no control socket at "
                    + dataDir().resolve("control").resolve("cogbot.sock") + ")\n");
        }

        @Test
        void pluginSettingsNeedTheRunningBotWhichDeclaresThem() {
            Run run = cogbot("plugins", "--settings");
            assertThat(run.exitCode()).isEqualTo(12);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).startsWith("cogbot is not running").endsWith("; plugins declare their settings as"
                    + " they load, so start the bot to list them (conf/cogbot.properties documents the bundled plugins')\n");
        }

        @Test
        void pluginsAndReloadSaySo() {
            assertThat(cogbot("plugins").exitCode()).isEqualTo(12);
            Run reload = cogbot("reload", "jokes");
            assertThat(reload.exitCode()).isEqualTo(12);
            assertThat(reload.err()).startsWith("cogbot is not running").contains("nothing to reload");
        }

        @Test
        void unloadAndLoadRecordTheWishForTheNextStart() throws Exception {
            pluginJar("jokes-0.1.0.jar", "jokes");
            Run unload = cogbot("unload", "jokes");
            assertThat(unload.exitCode()).isEqualTo(12);
            assertThat(unload.err()).startsWith("cogbot is not running").contains("jokes stays unloaded when it starts");
            assertThat(WantedPlugins.in(dataDir()).unloaded()).containsExactly("jokes");

            Run load = cogbot("load", "jokes-0.1.0.jar");
            assertThat(load.exitCode()).isEqualTo(12);
            assertThat(load.err()).contains("jokes will be loaded when it starts");
            assertThat(WantedPlugins.in(dataDir()).unloaded()).isEmpty();
        }

        @Test
        void unloadWithForgetTimersDeletesThePluginsTimersFromTheStore() throws Exception {
            pluginJar("jokes-0.1.0.jar", "jokes");
            try (JdbcStore store = JdbcStore.open(JdbcStore.defaultUrl(dataDir()))) {
                JdbcTimerStore timers = JdbcTimerStore.on(store);
                timers.put(new StoredTimer("jokes", 1, "punchline:1", Instant.EPOCH, ""));
                timers.put(new StoredTimer("hush", 2, "end:1", Instant.EPOCH, ""));
            }

            Run unload = cogbot("unload", "jokes", "--forget-timers");

            assertThat(unload.exitCode()).isEqualTo(12);
            assertThat(unload.out()).isEqualTo("forgot 1 timer(s) of jokes\n");
            try (JdbcStore store = JdbcStore.open(JdbcStore.defaultUrl(dataDir()))) {
                JdbcTimerStore timers = JdbcTimerStore.on(store);
                assertThat(timers.pending("jokes")).isEmpty();
                assertThat(timers.pending("hush")).hasSize(1);
            }
        }

        @Test
        void unloadHonoursDependantsAsTheRunningBotDoes() throws Exception {
            pluginJar("jokes-0.1.0.jar", "jokes");
            pluginJar("status-0.1.0.jar", "status", "jokes");
            Run refused = cogbot("unload", "jokes");
            assertThat(refused.exitCode()).isEqualTo(11);
            assertThat(refused.err()).isEqualTo("cogbot: " + new PluginProblem.HasDependants("jokes", List.of("status")).message() + "\n");
            assertThat(WantedPlugins.in(dataDir()).unloaded()).isEmpty();

            assertThat(cogbot("unload", "jokes", "--with-dependants").exitCode()).isEqualTo(12);
            assertThat(WantedPlugins.in(dataDir()).unloaded()).containsExactlyInAnyOrder("jokes", "status");
        }

        @Test
        void whatIsNotThereIsNotRecorded() throws Exception {
            pluginJar("jokes-0.1.0.jar", "jokes");
            assertThat(cogbot("unload", "nosuch").exitCode()).isEqualTo(10);
            assertThat(cogbot("load", "nosuch.jar").exitCode()).isEqualTo(10);
            Run outside = cogbot("load", "../jokes-0.1.0.jar");
            assertThat(outside.exitCode()).isEqualTo(2);
            assertThat(outside.err()).contains("is not a file in the plugins folder");
            assertThat(WantedPlugins.in(dataDir()).unloaded()).isEmpty();
        }
    }

    @Test
    void everyManagementCommandsHelpListsItsExitCodes() {
        for (String command : List.of("plugins", "load", "unload", "reload", "status")) {
            Run help = cogbot(command, "--help");
            assertThat(help.exitCode()).isZero();
            assertThat(help.out()).as(command).contains("Exit codes:");
            List<Integer> listed = new ArrayList<>();
            Matcher code = Pattern.compile("(?m)^\\s+(\\d+)\\s{3}\\S").matcher(help.out().substring(help.out().indexOf("Exit codes:")));
            while (code.find()) {
                listed.add(Integer.parseInt(code.group(1)));
            }
            assertThat(listed).as(command).contains(0, 1, 2, 12);
            assertThat(listed).as(command).allMatch(n -> Arrays.stream(ExitCode.values()).anyMatch(c -> c.code() == n));
        }
        assertThat(cogbot("load", "--help").out()).contains(" 10   No plugin", " 11   Refused or failed to start");
        assertThat(cogbot("unload", "--help").out()).contains("--with-dependants");
    }

    @Test
    void wrongUsageIsOneLineSayingWhereTheHelpIs() {
        Run missing = cogbot("load");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo(
                "cogbot load: Missing required parameter: 'PLUGIN'; 'cogbot load --help' shows the usage\n");
        Run typo = cogbot("unload", "jokes", "--with-dependents");
        assertThat(typo.err().lines()).singleElement().asString()
                .contains("Unknown option: '--with-dependents'", "did you mean --with-dependants?");
    }

    @Test
    void theExitCodesAreDistinct() {
        assertThat(Arrays.stream(ExitCode.values()).map(ExitCode::code).distinct()).hasSize(ExitCode.values().length);
    }

    /** A plugin JAR with just a manifest: enough for the offline commands, which never load it. */
    private void pluginJar(String fileName, String id, String... dependencies) throws Exception {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Plugin-Id", id);
        main.putValue("Plugin-Version", "0.1.0");
        if (dependencies.length > 0) {
            main.putValue("Plugin-Dependencies", String.join(",", dependencies));
        }
        Path plugins = Files.createDirectories(home.resolve("plugins"));
        try (OutputStream file = Files.newOutputStream(plugins.resolve(fileName));
             JarOutputStream jar = new JarOutputStream(file, manifest)) {
            jar.flush();
        }
    }
}
