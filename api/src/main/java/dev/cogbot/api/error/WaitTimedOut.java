package dev.cogbot.api.error;

import dev.cogbot.api.Durations;
import dev.cogbot.api.event.Event;
import java.time.Duration;

/**
 * No event of the kind a command waited for with {@link dev.cogbot.api.Bot#waitFor(Class,
 * java.util.function.Predicate, Duration)} came in time, like discord.py's
 * {@code asyncio.TimeoutError} from {@code wait_for}. Nobody typed anything wrong, so unlike a
 * {@link ReplyTimeout} (a message wait) it is no {@link UserInputError}: left unhandled, the user is
 * told "!poll stopped waiting: nothing came within 1m." with no usage line.
 *
 * <pre>{@code
 * try {
 *     ReactionAdded vote = bot.waitFor(ReactionAdded.class, r -> r.messageId().equals(poll.id()), Duration.ofMinutes(1));
 * } catch (WaitTimedOut nobody) {
 *     ctx.send("Nobody voted.");
 * }
 * }</pre>
 */
public final class WaitTimedOut extends CommandError {

    private final Class<? extends Event> event;
    private final Duration timeout;

    /**
     * @param event   the kind of event waited for
     * @param timeout how long it was waited for
     */
    public WaitTimedOut(Class<? extends Event> event, Duration timeout) {
        super("no " + event.getSimpleName() + " within " + Durations.format(timeout));
        this.event = event;
        this.timeout = timeout;
    }

    /** The kind of event waited for, e.g. {@code ReactionAdded.class}. */
    public Class<? extends Event> event() {
        return event;
    }

    /** How long it was waited for. */
    public Duration timeout() {
        return timeout;
    }
}
