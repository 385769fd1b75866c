package dev.cogbot.runtime.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.cogbot.runtime.timers.StoredTimer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The store on a real PostgreSQL server: the same tables by the same migrations, the same answers. */
class PostgresStoreTest {

    @RegisterExtension
    static final ThrowawayPostgres postgres = new ThrowawayPostgres();

    private static final StoreScope JOKES = StoreScope.shared("jokes");

    private String url;
    private JdbcStore store;

    @BeforeEach
    void open() {
        url = postgres.newDatabase();
        store = JdbcStore.open(url);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anEmptyDatabaseGetsTheStoresTablesAtTheCurrentVersion() throws SQLException {
        try (Connection connection = store.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet version = statement.executeQuery("SELECT version FROM cogbot_schema")) {
            assertThat(version.next()).isTrue();
            assertThat(version.getInt(1)).isEqualTo(StoreSchema.CURRENT);
        }
    }

    @Test
    void connectionsHeldByTheClusterNeverKeepAStoreCallWaiting() throws SQLException {
        List<Connection> held = new ArrayList<>();
        try {
            // more than the store's own pool has: the leader's lock, a login per rate-limit bucket...
            for (int i = 0; i < 12; i++) {
                held.add(store.dataSource().getConnection());
            }

            assertThat(store.add(JOKES, "told", 1)).isEqualTo(1);
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
    }

    @Test
    void theClustersConnectionsStoreEachStatementAtOnce() throws SQLException {
        try (Connection connection = store.dataSource().getConnection()) {
            assertThat(connection.getAutoCommit()).isTrue();
        }
    }

    @Test
    void theMigrationsRunOnAnyDataSourceAndAgainWithoutChange() throws SQLException {
        try (HikariDataSource other = new HikariDataSource()) {
            other.setJdbcUrl(postgres.newDatabase());
            StoreSchema.migrate(other);
            StoreSchema.migrate(other);

            try (Connection connection = other.getConnection();
                 Statement statement = connection.createStatement();
                 ResultSet applied = statement.executeQuery("SELECT COUNT(*), COUNT(DISTINCT version)"
                         + " FROM cogbot_schema_history WHERE success AND version IN ('2', '3', '4')")) {
                applied.next();
                assertThat(applied.getInt(1)).as("the store's versions 2, 3 and 4").isEqualTo(3);
                assertThat(applied.getInt(2)).as("each once").isEqualTo(3);
            }
        }
    }

    @Test
    void addReturnsTheNewValueFromTheFirstDeltaOn() {
        assertThat(store.counter(JOKES, "told")).isZero();
        assertThat(store.add(JOKES, "told", 5)).isEqualTo(5);
        assertThat(store.add(JOKES, "told", -2)).isEqualTo(3);
        assertThat(store.counter(JOKES, "told")).isEqualTo(3);
    }

    @Test
    void theLastValueWrittenIsTheOneKept() {
        store.put(JOKES, "motd", "first");
        store.put(JOKES, "motd", "second");

        assertThat(store.get(JOKES, "motd")).contains("second");
        store.remove(JOKES, "motd");
        assertThat(store.get(JOKES, "motd")).isEmpty();
    }

    @Test
    void scopesListingsAndClearingWorkAsOnH2() {
        StoreScope server = StoreScope.shared("polls").guild("g1");
        store.add(server, "votes_a", 1);
        store.add(server, "votes_b", 2);
        store.put(server, "question", "pizza?");

        assertThat(store.counterNames(server, "votes_", "", 10)).containsExactly("votes_a", "votes_b");
        assertThat(store.keys(server, "", "", 10)).containsExactly("question");
        assertThat(store.clear(server)).isEqualTo(3);
        assertThat(store.counter(server, "votes_a")).isZero();
    }

    @Test
    void timersAreKeptInTheSameDatabaseAndARescheduledOneReplacesItsFormer() {
        JdbcTimerStore timers = JdbcTimerStore.on(store);
        StoredTimer tea = new StoredTimer("remind", 1, "remind:1", Instant.parse("2026-01-01T00:10:00Z"), "tea");
        StoredTimer later = new StoredTimer("remind", 2, "remind:1", Instant.parse("2026-01-01T00:20:00Z"), "tea, later");

        timers.put(tea);
        timers.put(later);

        assertThat(timers.pending("remind")).containsExactly(later);
    }

    @Test
    void concurrentAddsOnTheStoresConnectionsAllCount() throws Exception {
        int threads = 50;
        int perThread = 40;
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(executor.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        store.add(JOKES, "hits", 1);
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        }
        assertThat(store.counter(JOKES, "hits")).isEqualTo((long) threads * perThread);
    }

    @Test
    void twoStoresOnOneDatabaseSeeEachOthersWrites() {
        try (JdbcStore other = JdbcStore.open(url)) {
            store.add(JOKES, "told", 1);
            other.add(JOKES, "told", 1);
            other.put(JOKES, "motd", "from the other node");

            assertThat(store.counter(JOKES, "told")).isEqualTo(2);
            assertThat(store.get(JOKES, "motd")).contains("from the other node");
        }
    }
}
