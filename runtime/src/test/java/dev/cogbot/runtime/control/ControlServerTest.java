package dev.cogbot.runtime.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.runtime.plugins.PluginOperationException;
import dev.cogbot.runtime.plugins.PluginProblem;
import dev.cogbot.runtime.storage.StorageException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@DisabledOnOs(value = OS.WINDOWS, disabledReason = "checks POSIX permissions of the socket")
class ControlServerTest {

    @TempDir
    Path temp;

    private final FakeBot bot = new FakeBot();
    private ControlServer server;

    private Path dataDir() {
        return temp.resolve("data");
    }

    private ControlServer serving() {
        server = ControlServer.claim(dataDir());
        server.serve(bot);
        return server;
    }

    private ControlResponse send(ControlRequest request) throws Exception {
        return new ControlClient(dataDir()).send(request);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void onlyTheBotsUserCanReachTheSocket() throws Exception {
        serving();
        assertThat(Files.getPosixFilePermissions(ControlFiles.directory(dataDir())))
                .isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.getPosixFilePermissions(ControlFiles.socket(dataDir())))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        // a data folder the bot makes is its user's alone too
        assertThat(Files.getPosixFilePermissions(dataDir())).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(server.socket()).contains(ControlFiles.socket(dataDir()));
    }

    @Test
    void anExistingControlFolderIsMadePrivate() throws Exception {
        Files.createDirectories(ControlFiles.directory(dataDir()));
        Files.setPosixFilePermissions(ControlFiles.directory(dataDir()), PosixFilePermissions.fromString("rwxrwxrwx"));
        serving();
        assertThat(Files.getPosixFilePermissions(ControlFiles.directory(dataDir())))
                .isEqualTo(PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void pluginOperationsReachTheBot() throws Exception {
        serving();
        assertThat(send(new ControlRequest.Load("jokes"))).isEqualTo(ControlResponse.ok("loaded jokes"));
        assertThat(send(new ControlRequest.Unload("jokes", true))).isEqualTo(ControlResponse.ok("unloaded jokes"));
        assertThat(send(new ControlRequest.Reload("jokes"))).isEqualTo(ControlResponse.ok("reloaded jokes"));
        assertThat(bot.calls).containsExactly("load jokes", "unload jokes with dependants", "reload jokes");
    }

    @Test
    void aRefusalCarriesItsOutcomeAndItsLine() throws Exception {
        serving();
        bot.load = id -> {
            throw new PluginOperationException(new PluginProblem.NoSuchPlugin(id));
        };
        bot.unload = id -> {
            throw new PluginOperationException(new PluginProblem.HasDependants(id, List.of("status")));
        };
        assertThat(send(new ControlRequest.Load("nosuch"))).isEqualTo(ControlResponse.refused(Outcome.NO_SUCH_PLUGIN,
                new PluginProblem.NoSuchPlugin("nosuch").message()));
        assertThat(send(new ControlRequest.Unload("jokes", false)).outcome()).isEqualTo(Outcome.PLUGIN_FAILED);
    }

    @Test
    void aBackupReachesTheBotWithItsFile() throws Exception {
        serving();
        assertThat(send(new ControlRequest.Backup("/backups/cogbot.zip")))
                .isEqualTo(ControlResponse.ok("backed up to /backups/cogbot.zip"));
        assertThat(bot.calls).containsExactly("backup /backups/cogbot.zip");
    }

    @Test
    void aBackupTheStoreCannotMakeIsAStorageRefusalWithTheStoresLine() throws Exception {
        serving();
        bot.backup = file -> {
            throw new StorageException("cannot back up the store to " + file + ": there is no folder /nowhere");
        };
        assertThat(send(new ControlRequest.Backup("/nowhere/cogbot.zip"))).isEqualTo(ControlResponse.refused(
                Outcome.STORAGE, "cannot back up the store to /nowhere/cogbot.zip: there is no folder /nowhere"));
    }

    @Test
    void aFailedBackupIsLoggedAsAWarningWithItsReasonForTheStoreDidNotLogIt() throws Exception {
        serving();
        bot.backup = file -> {
            throw new StorageException("cannot back up the store to " + file + ": No space left on device");
        };
        ch.qos.logback.classic.Logger logger =
                (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(ControlServer.class);
        var captured = new ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
        captured.start();
        logger.addAppender(captured);
        try {
            send(new ControlRequest.Backup("/full/cogbot.zip"));
        } finally {
            logger.detachAppender(captured);
        }

        assertThat(captured.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(ch.qos.logback.classic.Level.WARN);
            assertThat(event.getFormattedMessage()).isEqualTo("Control channel: backup /full/cogbot.zip failed:"
                    + " cannot back up the store to /full/cogbot.zip: No space left on device");
        });
    }

    @Test
    void anUnexpectedFailureIsReportedNotSwallowed() throws Exception {
        serving();
        bot.reload = id -> {
            throw new IllegalStateException("disk on fire");
        };
        ControlResponse response = send(new ControlRequest.Reload("jokes"));
        assertThat(response.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(response.lines()).singleElement().asString()
                .contains("reload jokes failed in the bot", "disk on fire", "its log has the details");
        // and the server goes on answering
        assertThat(send(new ControlRequest.Load("jokes")).outcome()).isEqualTo(Outcome.OK);
    }

    @Test
    void pluginsComeAsATable() throws Exception {
        serving();
        assertThat(send(new ControlRequest.Plugins()).lines()).containsExactly(
                "ID      VERSION  STATE    COMMANDS               FILE",
                "jokes   0.1.0    STARTED  knock_knock,lightbulb  jokes-0.1.0.jar",
                "broken  ?        FAILED   -                      broken.jar");
    }

    @Test
    void statusSaysUptimeTransportReadinessAndPlugins() throws Exception {
        Instant start = Instant.parse("2030-01-01T00:00:00Z");
        MovableClock clock = new MovableClock(start);
        server = ControlServer.claim(dataDir(), clock);
        server.serve(bot);
        clock.now = start.plus(Duration.ofSeconds(3723).plusMillis(400));
        bot.ready = false;
        List<String> lines = send(new ControlRequest.Status()).lines();
        assertThat(lines.getFirst()).matches("cogbot \\S+ is running \\(pid " + ProcessHandle.current().pid() + "\\)");
        assertThat(lines.subList(1, lines.size())).containsExactly(
                "uptime:    1h2m3s",
                "transport: console",
                "ready:     no",
                "plugins:   1 started, 1 not",
                "  jokes 0.1.0 STARTED: knock_knock, lightbulb (jokes-0.1.0.jar)",
                "  broken ? FAILED (broken.jar)");
    }

    @Test
    void statusSaysWhereTheSlashCommandsStand() throws Exception {
        serving();
        bot.slash = java.util.Optional.of("12 in sync (global), last written 14:02:10 UTC");

        List<String> lines = send(new ControlRequest.Status()).lines();

        assertThat(lines).containsSubsequence("ready:     yes", "slash:     12 in sync (global), last written 14:02:10 UTC",
                "plugins:   1 started, 1 not");
    }

    @Test
    void aSecondBotOnTheSameDataFolderIsRefused() throws Exception {
        serving();
        assertThatThrownBy(() -> ControlServer.claim(dataDir()))
                .isInstanceOf(AlreadyRunningException.class)
                .hasMessageContaining("a cogbot (pid " + ProcessHandle.current().pid()
                        + ") is already running on this data folder (" + dataDir() + ")");
        // refusing did not loosen the first one's hold, by any spelling of the folder
        assertThatThrownBy(() -> ControlServer.claim(temp.resolve("other").resolve("..").resolve("data")))
                .isInstanceOf(AlreadyRunningException.class);
        assertThat(send(new ControlRequest.Status()).outcome()).isEqualTo(Outcome.OK);
    }

    @Test
    void theDataFolderIsFreeAgainOnceClosed() throws Exception {
        serving().close();
        assertThat(ControlFiles.socket(dataDir())).doesNotExist();
        assertThatThrownBy(() -> send(new ControlRequest.Status()))
                .isInstanceOf(BotNotRunningException.class)
                .hasMessage("cogbot is not running (no control socket at " + ControlFiles.socket(dataDir()) + ")");
        serving();
        assertThat(send(new ControlRequest.Status()).outcome()).isEqualTo(Outcome.OK);
    }

    @Test
    void aSocketLeftByACrashedBotSaysSoAndIsReplacedAtTheNextStart() throws Exception {
        Path socket = ControlFiles.socket(dataDir());
        Files.createDirectories(socket.getParent());
        try (ServerSocketChannel crashed = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            crashed.bind(UnixDomainSocketAddress.of(socket));
        }
        assertThat(socket).exists();
        assertThatThrownBy(() -> send(new ControlRequest.Status()))
                .isInstanceOf(BotNotRunningException.class)
                .hasMessageContaining("is left from a run that did not stop cleanly");
        serving();
        assertThat(send(new ControlRequest.Status()).outcome()).isEqualTo(Outcome.OK);
    }

    @Test
    void aRequestMadeBeforeServingIsAnsweredOnceServing() throws Exception {
        server = ControlServer.claim(dataDir());
        CompletableFuture<ControlResponse> early = CompletableFuture.supplyAsync(() -> {
            try {
                return send(new ControlRequest.Load("jokes"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        server.serve(bot);
        assertThat(early.get(10, TimeUnit.SECONDS)).isEqualTo(ControlResponse.ok("loaded jokes"));
    }

    @Test
    void garbleIsAnsweredWithWhatWasWrong() throws Exception {
        serving();
        try (SocketChannel raw = SocketChannel.open(UnixDomainSocketAddress.of(ControlFiles.socket(dataDir())))) {
            raw.write(ByteBuffer.wrap("restart\tjokes\n".getBytes(StandardCharsets.UTF_8)));
            ControlResponse response = ControlResponse.read(new BufferedReader(
                    new InputStreamReader(Channels.newInputStream(raw), StandardCharsets.UTF_8)));
            assertThat(response.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(response.lines()).singleElement().asString()
                    .contains("did not understand the request (unknown request 'restart')", "same cogbot version");
        }
    }

    @Test
    void aBotThatNeverAnswersIsGivenUpOn() throws Exception {
        Path socket = temp.resolve("silent.sock");
        try (ServerSocketChannel silent = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            silent.bind(UnixDomainSocketAddress.of(socket));
            ControlClient client = new ControlClient(socket, Duration.ofMillis(200));
            assertThatThrownBy(() -> client.send(new ControlRequest.Status()))
                    .isInstanceOf(IOException.class)
                    .hasMessageStartingWith("cogbot did not answer within 200ms");
        }
    }

    @Test
    void aControlFolderThatIsNotAFolderTurnsTheChannelOffButTheBotRuns() throws Exception {
        Files.createDirectories(dataDir());
        Files.writeString(ControlFiles.directory(dataDir()), "not a folder");
        server = ControlServer.claim(dataDir());
        server.serve(bot);
        assertThat(server.socket()).isEmpty();
    }

    private static final class MovableClock extends Clock {
        volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
