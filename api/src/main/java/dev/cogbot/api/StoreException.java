package dev.cogbot.api;

/**
 * The bot's {@link Store} could not be read or written: its database is unreachable or full, or is
 * closing because the bot is shutting down; or, as the {@link RecordMismatch} subtype, a stored
 * value does not map to the record type asked for. The message is one line that says what failed
 * and what to do.
 *
 * <p>A write that returned is stored; a write that threw this may or may not have been stored (the
 * database may have written it to its file just before the failure it reports). So after one, read
 * the value again rather than repeating an {@code add} or {@code increment} blindly, which could
 * count twice.
 *
 * <p>A command seldom needs to catch it: like any exception a command throws, it reaches the
 * command's error handlers as a {@link dev.cogbot.api.error.CommandInvokeError}. Catch it where a
 * failed write can be shrugged off:
 *
 * <pre>{@code
 * try {
 *     bot.sharedStore("jokes").increment("told");
 * } catch (StoreException e) {
 *     log.warn("This joke goes uncounted: {}", e.getMessage());
 * }
 * }</pre>
 */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
