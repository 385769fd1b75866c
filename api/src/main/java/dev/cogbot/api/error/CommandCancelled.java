package dev.cogbot.api.error;

/**
 * The command was cut short: its plugin was unloaded, or the bot is shutting down. Thrown out of
 * waits ({@code sleep}, {@code waitFor}) so the command's {@code finally} blocks run.
 */
public final class CommandCancelled extends CommandError {

    public CommandCancelled(String message) {
        super(message);
    }
}
