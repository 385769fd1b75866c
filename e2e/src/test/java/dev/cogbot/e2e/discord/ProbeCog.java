package dev.cogbot.e2e.discord;

import dev.cogbot.api.Arg;
import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;
import dev.cogbot.api.Message;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A cog that only keeps the message that invoked it, so a test can look at it and act through it
 * (send, edit, look up the server) the way a plugin would, on the real transport.
 */
public final class ProbeCog implements Cog {

    private final AtomicReference<Message> last = new AtomicReference<>();

    @Command(name = "probe", usage = "[anything]", help = "Keeps this message for the test.")
    public void probe(Context ctx, @Arg(value = "anything", fallback = "", rest = true) String anything) {
        last.set(ctx.message());
    }

    /** The message of the last {@code !probe}. */
    public Message last() {
        Message message = last.get();
        if (message == null) {
            throw new AssertionError("no !probe reached the cog");
        }
        return message;
    }
}
