package dev.cogbot.runtime.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcStoreTest {

    private static final StoreScope JOKES = StoreScope.shared("jokes");

    private JdbcStore store;

    @BeforeEach
    void openInMemory() {
        store = JdbcStore.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aBackupIsAZipOfTheDatabaseAsOfItsMomentThatOpensAsTheStore(@TempDir Path folder) throws Exception {
        Path backup = folder.resolve("backup.zip");
        try (JdbcStore onFile = JdbcStore.open(JdbcStore.defaultUrl(folder.resolve("data")))) {
            onFile.add(JOKES, "told", 7);
            onFile.put(JOKES, "greeting", "hello");

            assertThat(onFile.backupTo(backup)).isEqualTo(Files.size(backup));

            onFile.add(JOKES, "told", 1);
        }
        Path restored = folder.resolve("restored");
        Files.createDirectories(restored);
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            assertThat(zip.stream().map(ZipEntry::getName)).containsExactly("cogbot.mv.db");
            try (InputStream database = zip.getInputStream(zip.getEntry("cogbot.mv.db"))) {
                Files.copy(database, restored.resolve("cogbot.mv.db"));
            }
        }
        try (JdbcStore fromBackup = JdbcStore.open(JdbcStore.defaultUrl(restored))) {
            assertThat(fromBackup.counter(JOKES, "told")).isEqualTo(7);
            assertThat(fromBackup.get(JOKES, "greeting")).contains("hello");
        }
    }

    @Test
    void aBackupReplacesAnOlderOneAndLeavesNoPartialFile(@TempDir Path folder) throws Exception {
        Path backup = folder.resolve("backup.zip");
        Files.writeString(backup, "last week's");
        try (JdbcStore onFile = JdbcStore.open(JdbcStore.defaultUrl(folder.resolve("data")))) {
            onFile.backupTo(backup);
        }
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            assertThat(zip.getEntry("cogbot.mv.db")).isNotNull();
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("backup.zip", "data");
        }
    }

    @Test
    void aBackupIntoAMissingFolderSaysSo(@TempDir Path folder) {
        Path missing = folder.resolve("nowhere");
        try (JdbcStore onFile = JdbcStore.open(JdbcStore.defaultUrl(folder.resolve("data")))) {
            assertThatThrownBy(() -> onFile.backupTo(missing.resolve("backup.zip")))
                    .isInstanceOf(StorageException.class)
                    .hasMessage("cannot back up the store to " + missing.resolve("backup.zip") + ": there is no folder "
                            + missing + "; create it or choose another file");
        }
    }

    @Test
    void anInMemoryStoreIsNotBackedUpAndSaysWhy(@TempDir Path folder) {
        assertThatThrownBy(() -> store.backupTo(folder.resolve("backup.zip")))
                .isInstanceOf(StorageException.class)
                .hasMessageStartingWith("cogbot backs up only its H2 database file, and the store is at jdbc:h2:mem:");
    }

    @Test
    void countersStartAtZero() {
        assertThat(store.counter(JOKES, "told")).isZero();
    }

    @Test
    void incrementAndAddReturnTheNewValue() {
        assertThat(store.add(JOKES, "told", 1)).isEqualTo(1);
        assertThat(store.add(JOKES, "told", 1)).isEqualTo(2);
        assertThat(store.add(JOKES, "told", 40)).isEqualTo(42);
        assertThat(store.add(JOKES, "told", -2)).isEqualTo(40);
        assertThat(store.counter(JOKES, "told")).isEqualTo(40);
        assertThat(store.counter(JOKES, "other")).isZero();
    }

    @Test
    void aNewCounterStartsAtItsFirstDelta() {
        assertThat(store.add(JOKES, "fresh", 7)).isEqualTo(7);
    }

    @Test
    void concurrentIncrementsFromVirtualThreadsAllCount() throws Exception {
        int threads = 100;
        int perThread = 20;
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
    void concurrentIncrementsOnAFileAreAllInItOnceTheyReturned(@TempDir Path folder) throws Exception {
        String url = JdbcStore.defaultUrl(folder);
        int threads = 50;
        int perThread = 40;
        try (JdbcStore onFile = JdbcStore.open(url);
             ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(executor.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        onFile.add(JOKES, "hits", 1);
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
            // the file as it is now, with the store still open: what a kill -9 would leave
            Files.createDirectories(folder.resolve("copy"));
            Files.copy(folder.resolve("cogbot.mv.db"), folder.resolve("copy").resolve("cogbot.mv.db"));
        }
        try (JdbcStore copy = JdbcStore.open(JdbcStore.defaultUrl(folder.resolve("copy")))) {
            assertThat(copy.counter(JOKES, "hits")).isEqualTo((long) threads * perThread);
        }
    }

    @Test
    void putGetRemove() {
        assertThat(store.get(JOKES, "greeting")).isEmpty();
        store.put(JOKES, "greeting", "hello");
        assertThat(store.get(JOKES, "greeting")).contains("hello");
        store.put(JOKES, "greeting", "hi 👋");
        assertThat(store.get(JOKES, "greeting")).contains("hi 👋");
        store.remove(JOKES, "greeting");
        assertThat(store.get(JOKES, "greeting")).isEmpty();
        store.remove(JOKES, "greeting"); // removing what is not there is fine
    }

    @Test
    void keysAndCountersAreSeparate() {
        store.put(JOKES, "x", "text");
        store.add(JOKES, "x", 1);
        assertThat(store.get(JOKES, "x")).contains("text");
        assertThat(store.counter(JOKES, "x")).isEqualTo(1);
    }

    @Test
    void valuesSurviveReopeningAFileDatabase(@TempDir Path dir) {
        String url = JdbcStore.defaultUrl(dir.resolve("data"));
        try (JdbcStore first = JdbcStore.open(url)) {
            first.add(JOKES, "told", 3);
            first.put(JOKES, "last", "knock knock");
        }
        try (JdbcStore second = JdbcStore.open(url)) {
            assertThat(second.counter(JOKES, "told")).isEqualTo(3);
            assertThat(second.get(JOKES, "last")).contains("knock knock");
        }
    }

    @Test
    void defaultUrlCreatesTheFolderAndNamesAnH2File(@TempDir Path dir) {
        Path data = dir.resolve("nested").resolve("data");

        String url = JdbcStore.defaultUrl(data);

        assertThat(data).isDirectory();
        assertThat(url).startsWith("jdbc:h2:file:").contains("cogbot").contains("AUTO_SERVER=FALSE");
    }

    @Test
    void defaultUrlOnAFileSaysTheFolderIsInTheWay(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("data"), "not a folder");

        assertThatThrownBy(() -> JdbcStore.defaultUrl(file))
                .isInstanceOf(StorageException.class)
                .hasMessageStartingWith("cannot create the data folder")
                .hasMessageContaining("is a file, not a folder");
    }

    @Test
    void aUrlWithoutADriverGivesAClearOneLineMessage() {
        assertThatThrownBy(() -> JdbcStore.open("jdbc:nosuchdb://db.example/cogbot"))
                .isInstanceOf(StorageException.class)
                .hasMessage("cannot open the database at jdbc:nosuchdb://db.example/cogbot: no JDBC driver on the"
                        + " class path understands this URL. Check jdbc-url in cogbot.properties");
    }

    @Test
    void aBadSettingGivesOneLineAndNoPassword() {
        assertThatThrownBy(() -> JdbcStore.open("jdbc:h2:mem:x;NO_SUCH_SETTING=1;PASSWORD=hunter2"))
                .isInstanceOf(StorageException.class)
                .hasMessageStartingWith("cannot open the database at jdbc:h2:mem:x;NO_SUCH_SETTING=1;PASSWORD=***: ")
                .hasMessageContaining("NO_SUCH_SETTING")
                .hasMessageEndingWith("Check jdbc-url in cogbot.properties")
                .hasMessageNotContaining("hunter2")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void usingAClosedStoreSaysSo() {
        store.close();
        store.close(); // idempotent

        assertThatThrownBy(() -> store.add(JOKES, "x", 1))
                .isInstanceOf(StorageException.class)
                .hasMessage("cannot add 1 to counter 'x' of shared:jokes: the store is closed because the bot is shutting down");
    }

    @Test
    void aFailureReachesPluginsAsTheApisStoreException() {
        store.close();

        assertThatThrownBy(() -> store.get(JOKES, "x")).isInstanceOf(dev.cogbot.api.StoreException.class);
    }

    @Test
    void anInterruptedCallerStillGetsItsAnswerAndKeepsItsInterrupt(@TempDir Path dir) throws Exception {
        // unloading a plugin interrupts its threads; that must not reach the database file
        try (JdbcStore file = JdbcStore.open(JdbcStore.defaultUrl(dir))) {
            var outcome = new java.util.concurrent.CompletableFuture<String>();
            Thread.ofVirtual().start(() -> {
                Thread.currentThread().interrupt();
                long value = file.add(JOKES, "interrupted", 1);
                outcome.complete(value + " " + Thread.currentThread().isInterrupted());
            });
            assertThat(outcome.get(10, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("1 true");
            assertThat(file.add(JOKES, "interrupted", 1)).isEqualTo(2);
        }
    }
}
