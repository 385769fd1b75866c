package dev.cogbot.runtime.control;

import dev.cogbot.api.StoreException;
import dev.cogbot.runtime.RuntimeVersion;
import dev.cogbot.runtime.plugins.PluginOperationException;
import dev.cogbot.runtime.plugins.PluginOutcome;
import dev.cogbot.runtime.plugins.PluginResult;
import dev.cogbot.runtime.storage.DataFolderException;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running bot's end of the control channel. {@link #claim} takes the data folder (a second bot
 * on it is refused) and binds the socket; {@link #serve} starts answering, once the plugins are
 * loaded. Each connection is served on a (daemon platform) thread of its own; the plugin operations
 * go to the bot's {@link dev.cogbot.runtime.plugins.PluginAdmin}, which runs them one at a time.
 *
 * <p>Only the bot's user can connect: the socket sits in a folder that only that user may enter,
 * created so before the socket is bound, and is itself {@code rw-------}. Where the socket cannot be
 * bound (a file system without Unix domain sockets, a data folder path too long for one), the bot
 * runs without the channel and says so in its log.
 */
public final class ControlServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ControlServer.class);
    private static final int MAX_REQUEST_BYTES = 16 * 1024;
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    /**
     * The lock files this JVM holds. A second channel on a locked file must not even be opened here:
     * closing it would release the first one's lock on some systems (POSIX record locks are per process).
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path socket;
    private final Path held;
    private final FileChannel lockFile;
    private final FileLock lock;
    private final ServerSocketChannel server;
    private final Clock clock;
    private final Instant started;
    private final Set<SocketChannel> connections = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean serving = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile BotControl control;

    private ControlServer(Path socket, Path held, FileChannel lockFile, FileLock lock, ServerSocketChannel server,
                          Clock clock) {
        this.socket = socket;
        this.held = held;
        this.lockFile = lockFile;
        this.lock = lock;
        this.server = server;
        this.clock = clock;
        this.started = clock.instant();
    }

    /**
     * Takes {@code dataDir} for this bot and binds its control socket; nothing is answered before
     * {@link #serve}. Connections made meanwhile wait.
     *
     * @throws AlreadyRunningException if another bot holds the data folder
     */
    public static ControlServer claim(Path dataDir) {
        return claim(dataDir, Clock.systemUTC());
    }

    static ControlServer claim(Path given, Clock clock) {
        Path dataDir = given.toAbsolutePath().normalize();
        Path dir = ControlFiles.directory(dataDir);
        Path socket = ControlFiles.socket(dataDir);
        try {
            prepareDirectory(dataDir, dir);
        } catch (IOException e) {
            if (DataFolderException.fullOrReadOnly(e)) {
                // the bot cannot start here at all: the same one line as the data folder's own check
                throw new DataFolderException(dataDir, e);
            }
            Optional<AnotherUsersBotException> theirs = ControlAccess.ownedByAnother(nearestExisting(dir));
            if (theirs.isPresent()) {
                // the same answer as every other command gives this user
                throw new AnotherUsersDataFolderException(theirs.get());
            }
            log.warn("The control channel is off: cannot prepare {}: {}; 'cogbot plugins', 'load' and the"
                    + " like will not reach this bot", dir, e.toString());
            return new ControlServer(socket, null, null, null, null, clock);
        } catch (UnsupportedOperationException e) {
            log.warn("The control channel is off: cannot prepare {}: {}; 'cogbot plugins', 'load' and the"
                    + " like will not reach this bot", dir, e.toString());
            return new ControlServer(socket, null, null, null, null, clock);
        }
        Path lockPath = ControlFiles.lock(dataDir);
        Path held = heldKey(dir).resolve(lockPath.getFileName());
        if (!HELD.add(held)) {
            throw new AlreadyRunningException(dataDir, String.valueOf(ProcessHandle.current().pid()));
        }
        FileChannel lockFile = null;
        FileLock lock = null;
        try {
            lockFile = FileChannel.open(lockPath, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = lockFile.tryLock();
            if (lock == null) {
                closeQuietly(lockFile);
                HELD.remove(held);
                throw new AlreadyRunningException(dataDir, pidIn(lockPath));
            }
            lockFile.truncate(0);
            lockFile.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)));
        } catch (OverlappingFileLockException e) {
            // another spelling of a folder this JVM holds: leave the channel open, or the lock would go
            HELD.remove(held);
            throw new AlreadyRunningException(dataDir, String.valueOf(ProcessHandle.current().pid()));
        } catch (IOException e) {
            if (DataFolderException.fullOrReadOnly(e)) {
                // a new lock file on a full disk: no bot holds it, and this one cannot start here
                if (lockFile != null) {
                    closeQuietly(lockFile);
                }
                HELD.remove(held);
                throw new DataFolderException(dataDir, e);
            }
            log.warn("Cannot lock {} ({}); a second bot on this data folder would not be stopped",
                    lockPath, e.toString());
        }
        ServerSocketChannel server = null;
        try {
            if (lock != null) {
                // ours alone now: a socket left there is from a bot that did not stop cleanly
                Files.deleteIfExists(socket);
            }
            server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            server.bind(UnixDomainSocketAddress.of(socket), 16);
            if (posix(socket)) {
                Files.setPosixFilePermissions(socket, OWNER_ONLY_FILE);
            }
            log.info("Control channel at {}", socket);
        } catch (IOException | UnsupportedOperationException e) {
            closeQuietly(server);
            server = null;
            log.warn("The control channel is off: cannot listen on {}: {}{}; 'cogbot plugins', 'load' and the"
                    + " like will not reach this bot", socket, e.getMessage(),
                    String.valueOf(e.getMessage()).contains("too long")
                            ? " (" + socket.toString().length() + " characters; use a shorter --data-dir)" : "");
        }
        return new ControlServer(socket, held, lockFile, lock, server, clock);
    }

    /** The control folder as one spelling, so two paths to it count as one. */
    private static Path heldKey(Path dir) {
        try {
            return dir.toRealPath();
        } catch (IOException e) {
            return dir;
        }
    }

    /** The pid the running bot wrote in its lock file, if it reads as one. */
    private static String pidIn(Path lockFile) {
        try {
            String pid = Files.readString(lockFile, StandardCharsets.US_ASCII).strip();
            return pid.matches("\\d{1,19}") ? pid : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The data folder, created owner-only if missing, and its control folder, owner-only always. */
    private static void prepareDirectory(Path dataDir, Path dir) throws IOException {
        boolean posix = posix(dataDir);
        FileAttribute<?>[] ownerOnly = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR)}
                : new FileAttribute<?>[0];
        Files.createDirectories(dataDir, ownerOnly);
        try {
            Files.createDirectory(dir, ownerOnly);
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException(dir + " is not a folder; move it away", e);
            }
        }
        if (posix) {
            // also fails unless the folder is ours
            Files.setPosixFilePermissions(dir, OWNER_ONLY_DIR);
        }
    }

    /** {@code path}, or the nearest folder above it that exists. */
    private static Path nearestExisting(Path path) {
        Path existing = path;
        while (existing.getParent() != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        return existing;
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** Where the bot listens, unless the channel is off. */
    public Optional<Path> socket() {
        return server == null ? Optional.empty() : Optional.of(socket);
    }

    /** Starts answering requests, with {@code control} carrying them out. */
    public void serve(BotControl control) {
        this.control = control;
        if (server == null || closed.get() || !serving.compareAndSet(false, true)) {
            return;
        }
        // a platform thread: a virtual one blocked in accept() keeps a JDK helper thread in native
        // code that holds up the JVM's exit by some 300 ms
        Thread.ofPlatform().daemon().name("cogbot-control").start(this::acceptLoop);
    }

    private void acceptLoop() {
        long count = 0;
        while (!closed.get()) {
            SocketChannel connection;
            try {
                connection = server.accept();
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                if (closed.get()) {
                    return;
                }
                log.warn("The control channel stopped accepting: {}", e.toString());
                return;
            }
            connections.add(connection);
            if (closed.get()) {
                closeQuietly(connection);
                return;
            }
            Thread.ofPlatform().daemon().name("cogbot-control-" + (++count)).start(() -> converse(connection));
        }
    }

    private void converse(SocketChannel connection) {
        try (connection) {
            String line = readLine(new BufferedInputStream(Channels.newInputStream(connection)));
            ControlResponse response;
            if (line == null) {
                return;
            }
            try {
                response = handle(ControlRequest.parse(line));
            } catch (ControlProtocolException e) {
                response = ControlResponse.refused(Outcome.FAILED, "the bot did not understand the request ("
                        + e.getMessage() + "); is the command line from the same cogbot version as the bot?");
            }
            OutputStream out = Channels.newOutputStream(connection);
            out.write(response.wireText().getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            log.debug("A control connection ended early: {}", e.toString());
        } finally {
            connections.remove(connection);
        }
    }

    /** Carries out one request. */
    ControlResponse handle(ControlRequest request) {
        BotControl bot = control;
        try {
            ControlResponse response = switch (request) {
                case ControlRequest.Plugins p -> ControlResponse.ok(bot.plugins().list().table());
                case ControlRequest.Settings s -> ControlResponse.ok(Reports.settingsTable(bot.settings()));
                case ControlRequest.Status s -> ControlResponse.ok(Reports.status(RuntimeVersion.version(),
                        ProcessHandle.current().pid(), Duration.between(started, clock.instant()),
                        bot.transport(), bot.ready(), bot.slashCommands(), bot.plugins().list(), bot.busyTasks(),
                        bot.zombies()));
                case ControlRequest.Load load -> answer(request, bot.plugins().load(load.plugin()));
                case ControlRequest.Unload unload -> answer(request,
                        bot.plugins().unload(unload.pluginId(), unload.withDependants(), unload.forgetTimers()));
                case ControlRequest.Reload reload -> answer(request, bot.plugins().reload(reload.pluginId()));
                case ControlRequest.Backup backup -> ControlResponse.ok(bot.backup(Path.of(backup.file())));
            };
            if (response.outcome() == Outcome.OK && !(request instanceof ControlRequest.Plugins
                    || request instanceof ControlRequest.Status || request instanceof ControlRequest.Settings)) {
                log.info("Control channel: {}: {}", String.join(" ", request.words()), response.lines().getFirst());
            }
            return response;
        } catch (StoreException e) {
            if (request instanceof ControlRequest.Backup) {
                // a failed backup is not the store failing, so the store did not log it
                log.warn("Control channel: {} failed: {}", String.join(" ", request.words()), e.getMessage());
            }
            // otherwise the store logged it
            return ControlResponse.refused(Outcome.STORAGE, e.getMessage());
        } catch (PluginOperationException e) {
            log.info("Control channel: {} refused: {}", String.join(" ", request.words()), e.getMessage());
            return ControlResponse.refused(Outcome.of(e.problem()), e.getMessage());
        } catch (RuntimeException e) {
            log.error("Control channel: {} failed", String.join(" ", request.words()), e);
            return ControlResponse.refused(Outcome.FAILED, String.join(" ", request.words()) + " failed in the bot ("
                    + e + "); its log has the details");
        }
    }

    /** A plugin operation's answer: its line, or its refusal with the outcome the CLI turns into an exit code. */
    private static ControlResponse answer(ControlRequest request, PluginResult result) {
        return switch (result.outcome()) {
            case PluginOutcome.Done done -> ControlResponse.ok(done.line());
            case PluginOutcome.Refused refused -> {
                log.info("Control channel: {} refused: {}", String.join(" ", request.words()), refused.line());
                yield ControlResponse.refused(Outcome.of(refused.problem()), refused.line());
            }
            // one line per node; refused, with the first refusal's exit code, if any node refused
            case PluginOutcome.AcrossCluster nodes -> {
                if (nodes.refusals().isEmpty()) {
                    yield ControlResponse.ok(nodes.lines());
                }
                log.info("Control channel: {} refused on a node: {}", String.join(" ", request.words()), nodes.line());
                yield new ControlResponse(Outcome.of(nodes.refusals().getFirst()), nodes.lines());
            }
        };
    }

    /** One line of at most {@link #MAX_REQUEST_BYTES}, without its line break; null if the input ended first. */
    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (line.size() == MAX_REQUEST_BYTES) {
                throw new IOException("a request longer than " + MAX_REQUEST_BYTES + " bytes");
            }
            line.write(b);
        }
        if (b == -1 && line.size() == 0) {
            return null;
        }
        String text = line.toString(StandardCharsets.UTF_8);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    /**
     * Stops answering (a request under way finishes in the bot, but its answer is lost), removes the
     * socket and lets go of the data folder.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (server != null) {
            closeQuietly(server);
            connections.forEach(ControlServer::closeQuietly);
            try {
                Files.deleteIfExists(socket);
            } catch (IOException e) {
                log.debug("Could not delete {}: {}", socket, e.toString());
            }
        }
        if (lock != null) {
            try {
                lock.release();
            } catch (IOException e) {
                log.debug("Could not release {}: {}", lock, e.toString());
            }
        }
        closeQuietly(lockFile);
        if (held != null) {
            HELD.remove(held);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            log.debug("Could not close {}: {}", closeable, e.toString());
        }
    }
}
