package dev.cogbot.runtime.config;

/**
 * The configuration cannot be read or holds a value the bot cannot use. The message is one line
 * naming the file or key and what to change.
 */
public final class ConfigException extends RuntimeException {

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
