package dev.cogbot.runtime.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL restarting under a running store: a call while it is down fails loudly, one it
 * acknowledged is kept, and the pool connects again by itself once it is back.
 */
class PostgresRestartTest {

    @RegisterExtension
    static final ThrowawayPostgres postgres = new ThrowawayPostgres();

    private static final StoreScope JOKES = StoreScope.shared("jokes");

    private final Logger logger = (Logger) LoggerFactory.getLogger("dev.cogbot.runtime.storage");
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private JdbcStore store;
    private boolean down;

    @BeforeEach
    void open() {
        captured.start();
        logger.addAppender(captured);
        store = JdbcStore.open(postgres.newDatabase());
    }

    @AfterEach
    void close() {
        logger.detachAppender(captured);
        if (down) {
            up();
        }
        try {
            store.close();
        } catch (StorageException failedLast) {
            // said so: what some of these tests are about
        }
    }

    /** A store whose calls wait the least a pool allows for a connection, so a test of an outage is quick. */
    private void reopenWithTheShortestConnectionTimeout() {
        store.close();
        store = JdbcStore.open(postgres.newDatabase(), Optional.empty(),
                StoreOptions.DEFAULTS.withConnectionTimeout(StoreOptions.LEAST_CONNECTION_TIMEOUT));
    }

    private void down() {
        postgres.stop();
        down = true;
    }

    private void up() {
        postgres.start();
        down = false;
    }

    @Test
    void aWriteWhileTheServerIsDownFailsWithAOneLineStorageException() {
        store.add(JOKES, "told", 1);
        down();

        assertThatThrownBy(() -> store.add(JOKES, "told", 1))
                .isInstanceOf(StorageException.class)
                .hasMessageStartingWith("cannot add 1 to counter 'told' of shared:jokes in the database at jdbc:postgresql://")
                .hasMessageEndingWith(". Check that the database is reachable and the disk not full")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(captured.list).anySatisfy(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.ERROR);
            assertThat(event.getFormattedMessage()).startsWith("The store failed: cannot add 1 to counter 'told'");
        });
    }

    @Test
    void aCallWhileTheServerIsDownFailsOnceTheSetConnectionTimeoutIsUp() {
        reopenWithTheShortestConnectionTimeout();
        store.add(JOKES, "told", 1);
        down();
        long start = System.nanoTime();

        assertThatThrownBy(() -> store.add(JOKES, "told", 1))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining(": no connection within store.connection-timeout (");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(StoreOptions.DEFAULT_CONNECTION_TIMEOUT);
    }

    @Test
    void aCallWhileTheServerIsDownSaysTheServerRefusedTheConnectionNotThatAFileCouldNotBeWritten() {
        reopenWithTheShortestConnectionTimeout();
        store.add(JOKES, "told", 1);
        down();

        assertThatThrownBy(() -> store.add(JOKES, "told", 1))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("(Connection to ")
                .hasMessageContaining(" refused.")
                .hasMessageNotContaining("file");
    }

    @Test
    void thePoolConnectsAgainByItselfOnceTheServerIsBack() {
        store.add(JOKES, "told", 1);
        down();
        up();

        assertThat(store.add(JOKES, "told", 1)).isEqualTo(2);
    }

    @Test
    void afterAnOutageEveryAcknowledgedWriteIsThereAndNoFailedOneCounted() {
        store.add(JOKES, "told", 3);
        store.put(JOKES, "motd", "kept");
        down();
        assertThatThrownBy(() -> store.add(JOKES, "told", 100)).isInstanceOf(StorageException.class);
        assertThatThrownBy(() -> store.put(JOKES, "motd", "lost")).isInstanceOf(StorageException.class);

        up();

        assertThat(store.counter(JOKES, "told")).isEqualTo(3);
        assertThat(store.get(JOKES, "motd")).contains("kept");
        assertThat(captured.list).anySatisfy(event -> assertThat(event.getFormattedMessage())
                .startsWith("The store at jdbc:postgresql://").contains("works again, after 2 failed call(s)"));
    }
}
