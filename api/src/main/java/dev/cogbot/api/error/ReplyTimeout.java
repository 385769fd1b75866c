package dev.cogbot.api.error;

import java.time.Duration;

/**
 * Nobody answered a wait for a message in time ({@code ctx.waitForReply}, {@code bot.waitFor(Predicate<Message>, …)}),
 * like discord.py's {@code asyncio.TimeoutError}; waits for other events end with a {@link WaitTimedOut}.
 */
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
