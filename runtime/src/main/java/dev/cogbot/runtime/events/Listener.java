package dev.cogbot.runtime.events;

import dev.cogbot.api.event.Event;
import dev.cogbot.runtime.commands.CogBinding;
import dev.cogbot.runtime.commands.MethodInvoker;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One {@link dev.cogbot.api.Listen @Listen} method of a loaded cog.
 *
 * @param type the events it takes: one record type, or {@link Event} for all
 * @param name {@code Cog.method}, for logs
 */
public record Listener(CogBinding cog, Class<? extends Event> type, MethodInvoker method, String name,
        AtomicInteger running, AtomicLong dropped) {

    Listener(CogBinding cog, Class<? extends Event> type, MethodInvoker method, String name) {
        this(cog, type, method, name, new AtomicInteger(), new AtomicLong());
    }

    boolean takes(Event event) {
        return type.isInstance(event);
    }
}
