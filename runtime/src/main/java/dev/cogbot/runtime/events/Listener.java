package dev.cogbot.runtime.events;

import dev.cogbot.api.event.Event;
import dev.cogbot.runtime.commands.CogBinding;
import dev.cogbot.runtime.commands.MethodInvoker;
import dev.cogbot.runtime.scheduling.SerialLane;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One {@link dev.cogbot.api.Listen @Listen} method of a loaded cog.
 *
 * @param type    the events it takes: one record type, or {@link Event} for all
 * @param name    {@code Cog.method}, for logs
 * @param lane    its cog's lane, shared by the cog's listeners: the cog's events, in the order they
 *                happened, called one at a time on a thread of its plugin
 * @param dropped how many events it missed for its cog being too far behind
 */
public record Listener(CogBinding cog, Class<? extends Event> type, MethodInvoker method, String name,
        SerialLane lane, AtomicLong dropped) {

    Listener(CogBinding cog, Class<? extends Event> type, MethodInvoker method, String name, SerialLane lane) {
        this(cog, type, method, name, lane, new AtomicLong());
    }

    boolean takes(Event event) {
        return type.isInstance(event);
    }
}
