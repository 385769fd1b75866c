package dev.cogbot.runtime.storage;

import dev.cogbot.api.StoreException;

/**
 * The bot's database could not be opened, read or written. The message is one line that says what
 * failed and what to do, and never contains a password from the JDBC URL. Plugins see it as the
 * API's {@link StoreException}.
 */
public final class StorageException extends StoreException {

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }

    public StorageException(String message) {
        super(message);
    }
}
