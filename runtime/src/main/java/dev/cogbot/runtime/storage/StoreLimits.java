package dev.cogbot.runtime.storage;

import dev.cogbot.api.Store;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The checks every {@link Store} makes of its arguments, in one place, so that a plugin tested
 * against the test kit's in-memory store meets the same limits as in production.
 */
public final class StoreLimits {

    /** The longest id of a server, channel or user a scope is for (Discord's are 20 digits at most). */
    public static final int MAX_ID_LENGTH = 100;

    private static final Pattern SHARED_NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

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

    /** @throws IllegalArgumentException unless {@code limit} is between 1 and {@link Store#MAX_LISTED} */
    public static void checkListing(String prefix, String after, int limit) {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(after, "after");
        if (limit < 1 || limit > Store.MAX_LISTED) {
            throw new IllegalArgumentException("a store lists 1 to " + Store.MAX_LISTED + " names at once, asked for "
                    + limit + "; page on with the last name listed");
        }
    }

    /** @throws IllegalArgumentException unless {@code name} is 1 to 64 letters, digits, '.', '_' or '-' */
    public static void checkSharedName(String name) {
        Objects.requireNonNull(name, "name");
        if (!isSharedName(name)) {
            throw new IllegalArgumentException("a shared store's name is 1 to 64 letters, digits, '.', '_' or '-', got '"
                    + (name.length() > 64 ? name.substring(0, 64) + "…" : name) + "'");
        }
    }

    static boolean isSharedName(String name) {
        return SHARED_NAME.matcher(name).matches();
    }

    /** @return {@code id}; @throws IllegalArgumentException if it is empty or longer than {@link #MAX_ID_LENGTH} */
    static String checkId(String id) {
        Objects.requireNonNull(id, "id");
        if (id.isEmpty() || id.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException("a store scope's id has 1 to " + MAX_ID_LENGTH + " characters, got "
                    + id.length());
        }
        return id;
    }
}
