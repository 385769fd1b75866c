package dev.cogbot.runtime.transport;

import dev.cogbot.api.User;

/**
 * A {@link NoChatTransport} that is connected the moment it starts, so that what waits for the bot
 * to be ready (plugins' loops, the slash sync) goes on at once.
 *
 * <pre>{@code
 * CogbotApp.start(paths, config, time, ReadyAtOnceTransport::new);
 * }</pre>
 */
public final class ReadyAtOnceTransport extends NoChatTransport {

    @Override
    public String name() {
        return "no chat";
    }

    @Override
    public void start(TransportListener listener) {
        listener.onReady(new User("cogbot", "cogbot", true));
    }

    @Override
    public void close() {
    }
}
