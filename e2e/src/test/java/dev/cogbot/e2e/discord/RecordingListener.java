package dev.cogbot.e2e.discord;

import dev.cogbot.api.User;
import dev.cogbot.runtime.transport.IncomingInteraction;
import dev.cogbot.runtime.transport.IncomingMessage;
import dev.cogbot.runtime.transport.TransportEvent;
import dev.cogbot.runtime.transport.TransportListener;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** What a Discord transport reported, for tests of the transport alone (no runtime behind it). */
final class RecordingListener implements TransportListener {

    private final CountDownLatch ready = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);
    private final BlockingQueue<IncomingInteraction> interactions = new LinkedBlockingQueue<>();
    private final BlockingQueue<IncomingMessage> messages = new LinkedBlockingQueue<>();

    @Override
    public void onReady(User self) {
        ready.countDown();
    }

    @Override
    public void onMessage(IncomingMessage message) {
        messages.add(message);
    }

    @Override
    public void onEvent(TransportEvent event) {
    }

    @Override
    public void onInteraction(IncomingInteraction interaction) {
        interactions.add(interaction);
    }

    @Override
    public void onInputClosed() {
        closed.countDown();
    }

    /** Whether the transport said it is ready within {@code patience}. */
    boolean awaitReady(Duration patience) throws InterruptedException {
        return ready.await(patience.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Whether the transport said no more will come within {@code patience}. */
    boolean awaitClosed(Duration patience) throws InterruptedException {
        return closed.await(patience.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The next interaction reported, waiting up to {@code patience}. */
    IncomingInteraction nextInteraction(Duration patience) throws InterruptedException {
        IncomingInteraction next = interactions.poll(patience.toMillis(), TimeUnit.MILLISECONDS);
        if (next == null) {
            throw new AssertionError("no interaction reported within " + patience);
        }
        return next;
    }

    /** The next message reported, waiting up to {@code patience}. */
    IncomingMessage nextMessage(Duration patience) throws InterruptedException {
        IncomingMessage next = messages.poll(patience.toMillis(), TimeUnit.MILLISECONDS);
        if (next == null) {
            throw new AssertionError("no message reported within " + patience);
        }
        return next;
    }
}
