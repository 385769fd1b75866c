package dev.cogbot.plugins.hush;

import dev.cogbot.api.StoreException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the store could not be read lately, for the bot check of a hush that spans nodes
 * ({@link SharedHushes}). While it cannot, the check goes by this node's own hushes (fails open for
 * the others), and reads the store again only every {@link #RETRY}: on PostgreSQL a read during an
 * outage waits for a connection for seconds before it fails, and without the pause every command
 * would wait so. One WARN when reads start failing, one INFO when they work again, nothing in
 * between, so that an outage does not fill the log.
 *
 * <pre>{@code
 * if (outage.worthReading(now)) {
 *     try { hushed = shared.isHushed(now); outage.readWorked(); }
 *     catch (StoreException e) { outage.readFailed(now, e); hushed = localOnly; }
 * }
 * }</pre>
 */
final class StoreOutage {

    /** How long the check goes by this node's own hushes after a failed read, before it reads again. */
    static final Duration RETRY = Duration.ofSeconds(10);

    private static final Logger log = LoggerFactory.getLogger(HushCog.class);

    /** When to read again; {@code null} while reads work. */
    private final AtomicReference<Instant> retryAt = new AtomicReference<>();

    /** Whether to read the store now: it works, or the pause after a failure is over. */
    boolean worthReading(Instant now) {
        Instant retry = retryAt.get();
        return retry == null || !now.isBefore(retry);
    }

    void readFailed(Instant now, StoreException e) {
        if (retryAt.getAndSet(now.plus(RETRY)) == null) {
            log.warn("Cannot read the bot-wide hushes from the store ({}): until it can, only hushes started on"
                    + " this node silence it, and hushes started on other nodes do not", e.getMessage());
        }
    }

    void readWorked() {
        if (retryAt.getAndSet(null) != null) {
            log.info("The bot-wide hushes can be read from the store again: a hush started on any node silences this one");
        }
    }
}
