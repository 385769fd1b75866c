package dev.cogbot.runtime.timers;

import dev.cogbot.runtime.transport.ChannelRef;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A timer as kept in a {@link TimerStore}: plain data.
 *
 * @param pluginId   the plugin it belongs to
 * @param generation which scheduling of the name this is: a timer rescheduled while its handler ran
 *                   has a new one, so the end of that run deletes the old scheduling, not the new
 * @param name       its name within the plugin
 * @param due        when it is due, to the millisecond
 * @param payload    what the plugin stored with it
 * @param channel    the channel it is bound to, or {@code null}
 */
public record StoredTimer(String pluginId, long generation, String name, Instant due, String payload, ChannelRef channel) {

    public StoredTimer {
        Objects.requireNonNull(pluginId, "pluginId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(payload, "payload");
    }

    /** A timer bound to no channel. */
    public StoredTimer(String pluginId, long generation, String name, Instant due, String payload) {
        this(pluginId, generation, name, due, payload, null);
    }

    public Optional<ChannelRef> boundChannel() {
        return Optional.ofNullable(channel);
    }

    /** The part of the name before the first {@code ':'}: which handler fires it. */
    public String kind() {
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(0, colon);
    }
}
