package dev.cogbot.runtime.storage;

import dev.cogbot.api.Store;
import java.util.Objects;

/**
 * The checks every {@link Store} makes of its arguments, shared so that a plugin tested against the
 * test kit's in-memory store meets the same limits as in production.
 */
public final class StoreLimits {

    private StoreLimits() {
    }

    /** @throws IllegalArgumentException if {@code name} is empty or longer than {@link Store#MAX_NAME_LENGTH} */
    public static void checkName(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty() || name.length() > Store.MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("store names must have 1 to " + Store.MAX_NAME_LENGTH
                    + " characters, got " + name.length());
        }
    }

    /** @throws IllegalArgumentException if {@code value} is longer than {@link Store#MAX_VALUE_LENGTH} */
    public static void checkValue(String key, String value) {
        Objects.requireNonNull(value, "value (use remove to delete a key)");
        if (value.length() > Store.MAX_VALUE_LENGTH) {
            throw new IllegalArgumentException("store values are at most " + Store.MAX_VALUE_LENGTH
                    + " characters; the one for '" + key + "' has " + value.length());
        }
    }
}
