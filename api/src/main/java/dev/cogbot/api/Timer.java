package dev.cogbot.api;

import java.time.Instant;
import java.util.Objects;

/**
 * A durable timer as its handler sees it: what {@link Timers#schedule} was given.
 *
 * @param name    its name, unique within the plugin, e.g. {@code "remind:42"}
 * @param due     when it is due on the bot's clock (kept to the millisecond)
 * @param payload what the plugin stored with it; may be empty, never null
 */
public record Timer(String name, Instant due, String payload) {

    public Timer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(payload, "payload");
    }

    /** The part of the name before the first {@code ':'} (the whole name if it has none): which handler fires it. */
    public String kind() {
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(0, colon);
    }
}
