package dev.cogbot.runtime.transport;

import dev.cogbot.api.User;

/**
 * A {@link TransportListener} for tests of a transport's connection alone: it ignores what the
 * transport hears and only notes whether its input closed (a transport gives up that way).
 *
 * <pre>{@code
 * QuietListener listener = new QuietListener();
 * transport.start(listener);
 * assertThat(listener.inputClosed()).isFalse();
 * }</pre>
 */
public final class QuietListener implements TransportListener {

    private volatile boolean inputClosed;

    public boolean inputClosed() {
        return inputClosed;
    }

    @Override
    public void onReady(User self) {
    }

    @Override
    public void onMessage(IncomingMessage message) {
    }

    @Override
    public void onEvent(TransportEvent event) {
    }

    @Override
    public void onInteraction(IncomingInteraction interaction) {
    }

    @Override
    public void onInputClosed() {
        inputClosed = true;
    }
}
