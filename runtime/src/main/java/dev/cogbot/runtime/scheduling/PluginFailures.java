package dev.cogbot.runtime.scheduling;

import java.util.Locale;

/**
 * Told of each failure of a plugin's own code that the runtime caught and logged outside its
 * commands (which the dispatcher reports itself): a listener, an iteration of a loop, a scheduled
 * task or a durable timer's handler that threw. For the metrics of the operations port; only the
 * plugin's id and the kind of code reach an observer, never what failed on what.
 *
 * <pre>{@code
 * runtime.observeFailures((plugin, kind) -> log.debug("{} of plugin {} failed", kind.tag(), plugin));
 * }</pre>
 */
@FunctionalInterface
public interface PluginFailures {

    /** Observes nothing. */
    PluginFailures NONE = (plugin, kind) -> { };

    /** What of the plugin's code failed. */
    enum Kind {
        /** an {@code @Listen} method, whose cog's {@code cogListenerError} passed the error on */
        LISTENER,
        /** an iteration of a {@code bot.loop}; the loop goes on */
        LOOP,
        /** a task the plugin scheduled or started ({@code bot.schedule}, a thread of its lifetime) */
        TASK,
        /** the handler of a durable timer; the timer is dropped */
        TIMER;

        /** How metrics and logs name it: {@code listener}, {@code loop}, {@code task}, {@code timer}. */
        public String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * @param plugin the id of the plugin whose code failed
     * @param kind   what of its code
     */
    void failed(String plugin, Kind kind);
}
