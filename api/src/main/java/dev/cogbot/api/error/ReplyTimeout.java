package dev.cogbot.api.error;

import java.time.Duration;

/** Nobody answered a {@code waitFor} in time, like discord.py's {@code asyncio.TimeoutError}. */
public final class ReplyTimeout extends UserInputError {

    private final Duration timeout;

    public ReplyTimeout(Duration timeout) {
        super("no reply within " + dev.cogbot.api.Durations.format(timeout));
        this.timeout = timeout;
    }

    public Duration timeout() {
        return timeout;
    }
}
