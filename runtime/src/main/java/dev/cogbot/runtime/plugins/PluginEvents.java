package dev.cogbot.runtime.plugins;

import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells what happened to the plugins: each {@link PluginEvent} goes to one listener (the bot prints
 * it among the chat), and each refusal also to the log, once, whichever door asked.
 */
final class PluginEvents {

    private static final Logger log = LoggerFactory.getLogger(PluginEvents.class);

    private volatile Consumer<PluginEvent> listener = event -> { };

    void listenWith(Consumer<PluginEvent> listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    void emit(PluginEvent event) {
        try {
            listener.accept(event);
        } catch (RuntimeException e) {
            log.warn("Could not report the plugin event '{}': {}", event.line(), e.toString());
        }
    }

    /**
     * Says that a JAR was refused: one line in the log, with the stack trace when the plugin's own
     * code threw (as for a failing command), and a {@link PluginEvent.Refused}. A mistake in the
     * request itself (no such plugin, already loaded) is only the requester's answer.
     */
    void refused(PluginOperationException e) {
        if (isAboutTheRequest(e.problem())) {
            return;
        }
        log.error("{}", e.getMessage(), e.getCause());
        emit(new PluginEvent.Refused(e.problem()));
    }

    /** A JAR refused before any load was tried (unreadable, a duplicate): the finder logged it. */
    void refused(PluginProblem problem) {
        emit(new PluginEvent.Refused(problem));
    }

    /** Whether the problem is with the request (its answer says so) rather than with a JAR. */
    static boolean isAboutTheRequest(PluginProblem problem) {
        return switch (problem) {
            case PluginProblem.NoSuchPlugin p -> true;
            case PluginProblem.NotLoaded p -> true;
            case PluginProblem.AlreadyLoaded p -> true;
            case PluginProblem.OutsidePluginsFolder p -> true;
            case PluginProblem.HasDependants p -> true;
            default -> false;
        };
    }
}
