package dev.cogbot.runtime.cli;

/** The Discord settings are wrong (an unreadable token file, a bad shard range); the message says which and how to fix it. */
final class DiscordSetupException extends RuntimeException {

    DiscordSetupException(String message) {
        super(message);
    }
}
