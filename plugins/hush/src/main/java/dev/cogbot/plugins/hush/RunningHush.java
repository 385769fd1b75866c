package dev.cogbot.plugins.hush;

import dev.cogbot.api.Message;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One hush under way: what it silences (a {@link HushScope#of} key) and the message its 🔇 marks
 * (for {@code /hush}, the command's response). It ends once, by whichever comes first: its time, an
 * unhush, or an unload; only that one takes the 🔇 away.
 */
final class RunningHush {

    private final String scope;
    private final Message marked;
    private final AtomicBoolean over = new AtomicBoolean();

    RunningHush(String scope, Message marked) {
        this.scope = scope;
        this.marked = marked;
    }

    String scope() {
        return scope;
    }

    Message marked() {
        return marked;
    }

    /** Whether it has ended. */
    boolean isOver() {
        return over.get();
    }

    /** Marks it ended; {@code true} only for the first caller, the one that cleans up after it. */
    boolean end() {
        return over.compareAndSet(false, true);
    }
}
