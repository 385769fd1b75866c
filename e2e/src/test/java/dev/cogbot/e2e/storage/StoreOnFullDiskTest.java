package dev.cogbot.e2e.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.api.StoreException;
import dev.cogbot.e2e.ConsoleKeyboard;
import dev.cogbot.runtime.BotPaths;
import dev.cogbot.runtime.CogbotApp;
import dev.cogbot.runtime.config.BotConfig;
import dev.cogbot.runtime.control.AlreadyRunningException;
import dev.cogbot.runtime.scheduling.ManualTime;
import dev.cogbot.runtime.transport.console.ConsoleTransport;
import dev.cogbot.runtime.storage.DataFolder;
import dev.cogbot.runtime.storage.DataFolderException;
import dev.cogbot.runtime.storage.JdbcStore;
import dev.cogbot.runtime.storage.StoreScope;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's H2 file on a real disk that fills up: no write is lost without an error, nothing committed is lost. */
class StoreOnFullDiskTest {

    private static final StoreScope JOKES = StoreScope.shared("jokes");

    private static final String BIG = "x".repeat(1_000_000);

    @TempDir
    Path temp;

    private SmallDisk disk;
    private String url;

    @BeforeEach
    void mountASmallDisk() {
        disk = SmallDisk.mount(temp.resolve("disk"), 8);
        url = JdbcStore.defaultUrl(disk.path().resolve("data"));
    }

    @AfterEach
    void unmount() {
        disk.close();
    }

    @Test
    void aWriteThatDoesNotFitFailsAndWhatWasCommittedBeforeSurvivesARestart() {
        JdbcStore store = JdbcStore.open(url);
        for (int i = 0; i < 100; i++) {
            store.add(JOKES, "told", 1);
        }
        store.put(JOKES, "small", "kept");
        disk.fill();

        assertThatThrownBy(() -> store.put(JOKES, "big", BIG)).isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot write 'big'")
                .hasMessageContaining("its file could not be written (No space left on device)");
        long acknowledged = 100 + incrementsThatReturn(store, 5);
        // closed on the full disk: H2 tidies its file up on close, which must not cost a committed byte
        closeQuietly(store);
        disk.free();

        try (JdbcStore reopened = JdbcStore.open(url)) {
            assertThat(reopened.counter(JOKES, "told")).isEqualTo(acknowledged);
            assertThat(reopened.get(JOKES, "small")).contains("kept");
            assertThat(reopened.get(JOKES, "big")).isEmpty();
        }
    }

    @Test
    void everyCallAfterAFailedWriteFailsLoudlyWhileTheDiskIsFull() {
        JdbcStore store = JdbcStore.open(url);
        store.add(JOKES, "told", 1);
        disk.fill();
        assertThatThrownBy(() -> store.put(JOKES, "big", BIG)).isInstanceOf(StoreException.class);

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> store.put(JOKES, "big" + 1, BIG)).isInstanceOf(StoreException.class);
        }
        closeQuietly(store);
    }

    @Test
    void closingAStoreWhoseLastCallFailedSaysSoSoTheBotDoesNotEndAsIfAllWereWell() {
        JdbcStore store = JdbcStore.open(url);
        store.add(JOKES, "told", 1);
        disk.fill();
        assertThatThrownBy(() -> store.put(JOKES, "big", BIG)).isInstanceOf(StoreException.class);

        assertThatThrownBy(store::close).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("the store was failing when the bot stopped; its last call: cannot write 'big'");
        store.close(); // once said, a second close is quiet
    }

    @Test
    void theStoreWorksAgainOnceSpaceIsFreedWithoutARestart() {
        try (JdbcStore store = JdbcStore.open(url)) {
            store.add(JOKES, "told", 41);
            disk.fill();
            assertThatThrownBy(() -> store.put(JOKES, "big", BIG)).isInstanceOf(StoreException.class);

            disk.free();

            assertThat(store.add(JOKES, "told", 1)).isEqualTo(42);
            store.put(JOKES, "big", BIG);
            assertThat(store.get(JOKES, "big")).contains(BIG);
        }
    }

    @Test
    void aFullDataFolderIsRefusedBeforeTheBotStarts() {
        Path data = disk.path().resolve("data");
        DataFolder.requireWritable(data);
        disk.fill();

        assertThatThrownBy(() -> DataFolder.requireWritable(data)).isInstanceOf(DataFolderException.class)
                .hasMessage("cannot write the data folder " + data + ": the disk is full (No space left on device);"
                        + " free some space on it, or choose another --data-dir");
    }

    @Test
    void aSecondBotOnAFullDiskIsToldABotIsAlreadyRunningNotThatTheDiskIsFull() {
        Path home = disk.path();
        try (ConsoleKeyboard keyboard = new ConsoleKeyboard(Duration.ofSeconds(20));
             CogbotApp first = CogbotApp.start(BotPaths.under(home), BotConfig.empty(), new ManualTime(),
                     () -> new ConsoleTransport(keyboard.input(), keyboard.output(), "alice", false))) {
            disk.fill();

            assertThatThrownBy(() -> CogbotApp.start(BotPaths.under(home), BotConfig.empty(), new ManualTime(),
                    () -> new ConsoleTransport(keyboard.input(), keyboard.output(), "bob", false)))
                    .isInstanceOf(AlreadyRunningException.class)
                    .hasMessageContaining("is already running on this data folder");
            disk.free();
        }
    }

    @Test
    void aBackupToAFullDiskFailsWithItsReasonAndLeavesTheStoreHealthy() {
        Path storeFolder = temp.resolve("store");
        Path target = disk.path().resolve("backup.zip");
        ch.qos.logback.classic.Logger logger =
                (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("dev.cogbot.runtime.storage");
        var captured = new ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
        captured.start();
        logger.addAppender(captured);
        try {
            JdbcStore store = JdbcStore.open(JdbcStore.defaultUrl(storeFolder));
            store.put(JOKES, "big", BIG);
            disk.fill();

            assertThatThrownBy(() -> store.backupTo(target)).isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("cannot back up the store to " + target + ": ")
                    .hasMessageContaining("No space left on device");
            assertThat(store.add(JOKES, "told", 1)).isEqualTo(1);
            store.close(); // says nothing: the store did not fail
        } finally {
            logger.detachAppender(captured);
        }
        assertThat(captured.list).as("the store is not logged as failing")
                .noneMatch(event -> event.getLevel().isGreaterOrEqual(ch.qos.logback.classic.Level.WARN));
    }

    /** Closes a store that may have been failing, which then says so: not what these tests are about. */
    private static void closeQuietly(JdbcStore store) {
        try {
            store.close();
        } catch (StoreException failing) {
            // expected when the last call failed
        }
    }

    /** How many of {@code tries} increments returned; those that did not must have thrown a StoreException. */
    private static long incrementsThatReturn(JdbcStore store, int tries) {
        long returned = 0;
        for (int i = 0; i < tries; i++) {
            try {
                store.add(JOKES, "told", 1);
                returned++;
            } catch (StoreException expected) {
                // not counted, and said so
            }
        }
        return returned;
    }
}
