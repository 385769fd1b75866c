package dev.cogbot.runtime.control;

import dev.cogbot.api.Durations;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** The command line's end of the control channel: sends one request to the bot running on a data folder. */
public final class ControlClient {

    /** How long to wait for an answer; a reload whose plugins take long to unload can take a while. */
    public static final Duration DEFAULT_PATIENCE = Duration.ofMinutes(2);

    private final Path socket;
    private final Duration patience;

    /** A client for the bot using {@code dataDir}. */
    public ControlClient(Path dataDir) {
        this(ControlFiles.socket(dataDir.toAbsolutePath().normalize()), DEFAULT_PATIENCE);
    }

    ControlClient(Path socket, Duration patience) {
        this.socket = socket;
        this.patience = patience;
    }

    public Path socket() {
        return socket;
    }

    /**
     * Sends {@code request} and waits for the answer.
     *
     * @throws BotNotRunningException if no bot listens on the socket
     * @throws AnotherUsersBotException if the bot's files belong to another user, who keeps this one out
     * @throws IOException            if the bot cannot be reached for another reason (permissions), does
     *                                not answer in time, or answers in a way this version does not understand;
     *                                the message says which
     */
    public ControlResponse send(ControlRequest request) throws BotNotRunningException, IOException {
        if (!Files.exists(socket, LinkOption.NOFOLLOW_LINKS)) {
            ControlAccess.requireOwnAccess(socket);
            throw new BotNotRunningException(socket, "no control socket at " + socket);
        }
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            connect(channel);
            CountDownLatch answered = new CountDownLatch(1);
            AtomicBoolean gaveUp = new AtomicBoolean();
            Thread.ofVirtual().name("cogbot-control-patience").start(() -> {
                try {
                    if (!answered.await(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                        gaveUp.set(true);
                        channel.close();
                    }
                } catch (InterruptedException | IOException e) {
                    // nothing to give up on
                }
            });
            try {
                channel.write(ByteBuffer.wrap((request.line() + "\n").getBytes(StandardCharsets.UTF_8)));
                channel.shutdownOutput();
                BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(channel),
                        StandardCharsets.UTF_8));
                return ControlResponse.read(in);
            } catch (IOException e) {
                if (gaveUp.get()) {
                    throw new IOException("cogbot did not answer within " + Durations.format(patience) + "; it may"
                            + " still be at it: its log (logs/cogbot.log) tells", e);
                }
                throw e;
            } finally {
                answered.countDown();
            }
        } finally {
            channel.close();
        }
    }

    private void connect(SocketChannel channel) throws BotNotRunningException, IOException {
        try {
            channel.connect(UnixDomainSocketAddress.of(socket));
        } catch (ConnectException e) {
            throw new BotNotRunningException(socket, "its control socket " + socket
                    + " is left from a run that did not stop cleanly; the next start replaces it");
        } catch (SocketException e) {
            if (!Files.exists(socket, LinkOption.NOFOLLOW_LINKS)) {
                throw new BotNotRunningException(socket, "no control socket at " + socket);
            }
            String reason = String.valueOf(e.getMessage());
            if (reason.contains("denied")) {
                Optional<AnotherUsersBotException> theirs = ControlAccess.ownedByAnother(socket);
                if (theirs.isPresent()) {
                    throw theirs.get();
                }
            }
            throw new IOException("cannot reach the bot through " + socket + ": " + reason
                    + (reason.contains("denied") ? "; run this as the user running the bot" : ""), e);
        }
    }
}
