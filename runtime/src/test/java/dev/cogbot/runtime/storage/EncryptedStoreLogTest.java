package dev.cogbot.runtime.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** An encrypted H2 store: its passwords reach neither the log nor an error, from the first line on. */
class EncryptedStoreLogTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger("dev.cogbot.runtime.storage");
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();

    @TempDir
    Path folder;

    @BeforeEach
    void capture() {
        captured.start();
        logger.addAppender(captured);
    }

    @AfterEach
    void release() {
        logger.detachAppender(captured);
    }

    @Test
    void openingAnEncryptedStoreLogsNeitherItsFileNorItsUserPassword() {
        // H2 reads the file password as the first word of PASSWORD when CIPHER is set
        String url = "jdbc:h2:file:" + folder.resolve("cogbot") + ";CIPHER=AES;PASSWORD=filesecret usersecret";
        try (JdbcStore store = JdbcStore.open(url)) {
            store.add(StoreScope.shared("jokes"), "told", 1);
        }

        assertThat(captured.list).extracting(ILoggingEvent::getFormattedMessage)
                .anySatisfy(line -> assertThat(line).startsWith("Opened the store at ").endsWith(";CIPHER=AES;PASSWORD=***"))
                .allSatisfy(line -> assertThat(line).doesNotContain("filesecret", "usersecret"));
    }

    @Test
    void aFilePasswordSettingH2RefusesIsHiddenInTheError() {
        String url = "jdbc:h2:file:" + folder.resolve("cogbot") + ";CIPHER=AES;FILE_PASSWORD=filesecret;PASSWORD=usersecret";

        assertThatThrownBy(() -> JdbcStore.open(url))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining(";CIPHER=AES;FILE_PASSWORD=***;PASSWORD=***")
                .hasMessageNotContainingAny("filesecret", "usersecret");
        assertThat(captured.list).extracting(ILoggingEvent::getFormattedMessage)
                .allSatisfy(line -> assertThat(line).doesNotContain("filesecret", "usersecret"));
    }

    @Test
    void aPasswordGivenApartFromTheUrlOpensTheDatabaseAndAWrongOneIsNamedNowhere() {
        String url = "jdbc:h2:file:" + folder.resolve("cogbot") + ";USER=bot";
        try (JdbcStore store = JdbcStore.open(url, java.util.Optional.of("rightsecret"))) {
            store.add(StoreScope.shared("jokes"), "told", 1);
        }

        assertThatThrownBy(() -> JdbcStore.open(url, java.util.Optional.of("wrongsecret")))
                .isInstanceOf(StorageException.class)
                .hasMessageStartingWith("cannot open the database at " + url + ": ")
                .hasMessageNotContainingAny("rightsecret", "wrongsecret");
        try (JdbcStore store = JdbcStore.open(url, java.util.Optional.of("rightsecret"))) {
            assertThat(store.counter(StoreScope.shared("jokes"), "told")).isEqualTo(1);
        }
        assertThat(captured.list).extracting(ILoggingEvent::getFormattedMessage)
                .allSatisfy(line -> assertThat(line).doesNotContain("rightsecret", "wrongsecret"));
    }
}
