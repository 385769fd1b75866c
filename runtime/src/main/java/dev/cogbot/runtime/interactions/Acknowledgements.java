package dev.cogbot.runtime.interactions;

import dev.cogbot.runtime.commands.FallbackErrorHandler;
import java.time.Duration;

/**
 * The words and timing of the answers the runtime gives for a plugin: Discord wants every
 * interaction answered within three seconds, so one that has not answered in {@link #AUTO_DEFER} is
 * deferred, and one that ended without a word is acknowledged privately.
 */
final class Acknowledgements {

    /** How long a command or click may stay silent before it is deferred for it; a second short of Discord's three. */
    static final Duration AUTO_DEFER = Duration.ofSeconds(2);

    private Acknowledgements() {
    }

    /** For a slash command that ended having answered nothing. */
    static String silentCommand(String command, boolean failed) {
        return failed ? command + " could not finish." : command + " is done.";
    }

    /** For a click whose handler failed before answering; worded as a failed command's answer. */
    static String failedClick() {
        return FallbackErrorHandler.ranIntoAProblem("that");
    }

    /** For a click on a component whose plugin is not loaded (any more). */
    static String unclaimedClick() {
        return "That button belongs to a plugin that is not loaded right now.";
    }

    /** For a slash command no loaded plugin serves (its plugin was unloaded, and Discord still shows it). */
    static String unservedCommand(String command) {
        return command + " belongs to a plugin that is not loaded right now.";
    }
}
