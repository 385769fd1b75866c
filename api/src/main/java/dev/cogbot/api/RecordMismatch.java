package dev.cogbot.api;

/**
 * A value in the {@link Store} does not map to the record type it was read as: it was stored by an
 * older version of the record (a component renamed, removed, or of another type), or as something
 * else under the same key. Nothing is lost: the value stays as it was, readable as text with
 * {@link Store#get}.
 *
 * <pre>{@code
 * try {
 *     poll = store.getRecord("poll", Poll.class);
 * } catch (RecordMismatch e) {
 *     log.warn("Dropping an old poll: {}", e.getMessage());
 *     store.remove(e.key());
 * }
 * }</pre>
 *
 * <p>A command that lets it through fails like any other (its error handlers see it in a
 * {@link dev.cogbot.api.error.CommandInvokeError}); the bot runs on.
 */
public final class RecordMismatch extends StoreException {

    private final String key;
    private final Class<?> type;

    public RecordMismatch(String key, Class<?> type, String reason, Throwable cause) {
        super("the value stored under '" + key + "' is not a " + type.getSimpleName() + " (" + reason
                + "); read it with get(\"" + key + "\") and store it anew, or remove it", cause);
        this.key = key;
        this.type = type;
    }

    /** The key whose value did not map. */
    public String key() {
        return key;
    }

    /** The record type it was read as. */
    public Class<?> type() {
        return type;
    }
}
