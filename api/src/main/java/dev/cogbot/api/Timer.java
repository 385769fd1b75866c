package dev.cogbot.api;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A durable timer as its handler sees it: what {@link Timers#schedule} was given.
 *
 * <pre>{@code
 * bot.timers().onFire("remind", timer ->
 *         timer.channel().ifPresent(channel -> channel.send("Reminder: " + timer.payload())));
 * }</pre>
 *
 * @param name    its name, unique within the plugin, e.g. {@code "remind:42"}
 * @param due     when it is due on the bot's clock (kept to the millisecond)
 * @param payload what the plugin stored with it; may be empty, never null
 * @param channel the channel it was bound to when scheduled, if any: where a reminder is to be sent,
 *                usable after a restart too
 */
public record Timer(String name, Instant due, String payload, Optional<Channel> channel) {

    public Timer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(channel, "channel (Optional.empty() for none)");
    }

    /** A timer bound to no channel. */
    public Timer(String name, Instant due, String payload) {
        this(name, due, payload, Optional.empty());
    }

    /** The part of the name before the first {@code ':'} (the whole name if it has none): which handler fires it. */
    public String kind() {
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(0, colon);
    }
}
