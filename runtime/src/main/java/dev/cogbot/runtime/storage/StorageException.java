package dev.cogbot.runtime.storage;

/**
 * The bot's database could not be opened, read or written. The message is one line that says what
 * failed and what to do, and never contains a password from the JDBC URL.
 */
public final class StorageException extends RuntimeException {

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }

    public StorageException(String message) {
        super(message);
    }
}
