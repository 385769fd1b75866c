package dev.cogbot.runtime.commands;

import java.time.Duration;

/**
 * Told of every run of a command, prefix or slash, once it is over: for the metrics of the
 * operations port. Runs of a name that is no command (typos) are not reported; what the user typed
 * never reaches an observer, only the command's registered name and its plugin.
 *
 * <pre>{@code
 * dispatcher.observe((plugin, command, took, failed) -> log.debug("{} {} took {}", plugin, command, took));
 * }</pre>
 */
@FunctionalInterface
public interface CommandObserver {

    /** Observes nothing. */
    CommandObserver NONE = (plugin, command, took, failed) -> { };

    /**
     * @param plugin  the id of the plugin whose command it is ({@code cogbot} for the runtime's own)
     * @param command the command's registered name, e.g. {@code joke}
     * @param took    from the start of its checks to the end of its error handlers
     * @param failed  whether a check refused it, its arguments did not convert or it threw
     */
    void ran(String plugin, String command, Duration took, boolean failed);
}
