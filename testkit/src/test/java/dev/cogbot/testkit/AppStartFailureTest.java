package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.api.Activity;
import dev.cogbot.api.Draft;
import dev.cogbot.api.User;
import dev.cogbot.runtime.BotPaths;
import dev.cogbot.runtime.CogbotApp;
import dev.cogbot.runtime.config.BotConfig;
import dev.cogbot.runtime.scheduling.ManualTime;
import dev.cogbot.runtime.storage.JdbcStore;
import dev.cogbot.runtime.transport.ChannelRef;
import dev.cogbot.runtime.transport.IncomingMessage;
import dev.cogbot.runtime.transport.TransportListener;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bot that fails to start leaves nothing open behind it: an embedding JVM can try again. */
class AppStartFailureTest {

    @TempDir
    Path home;

    @Test
    void aTransportThatCannotBeMadeLeavesNoDatabaseSessionOpen() throws SQLException {
        BotPaths paths = BotPaths.under(home);

        assertThatThrownBy(() -> CogbotApp.start(paths, BotConfig.empty(), new ManualTime(), () -> {
            throw new IllegalStateException("no transport today");
        })).hasMessage("no transport today");

        assertThat(openSessions(paths)).isEqualTo(1); // the one asking
    }

    @Test
    void aTransportThatCannotConnectLeavesNoDatabaseSessionOpen() throws SQLException {
        BotPaths paths = BotPaths.under(home);

        assertThatThrownBy(() -> CogbotApp.start(paths, BotConfig.empty(), new ManualTime(),
                () -> new RefusingTransport())).hasMessage("cannot connect");

        assertThat(openSessions(paths)).isEqualTo(1);
    }

    @Test
    void theDataFolderCanBeUsedAgainAfterAFailedStart() {
        BotPaths paths = BotPaths.under(home);
        assertThatThrownBy(() -> CogbotApp.start(paths, BotConfig.empty(), new ManualTime(),
                () -> new RefusingTransport())).isInstanceOf(IllegalStateException.class);

        try (CogbotApp app = CogbotApp.start(paths, BotConfig.empty(), new ManualTime(),
                () -> new InMemoryTransport(Set.of()))) {
            assertThat(app.runtime().isReady()).isTrue();
        }
    }

    private static long openSessions(BotPaths paths) throws SQLException {
        try (Connection connection = DriverManager.getConnection(JdbcStore.defaultUrl(paths.dataDir()));
             ResultSet count = connection.createStatement().executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
            count.next();
            return count.getLong(1);
        }
    }

    /** A transport whose connection always fails, as Discord's does with a wrong token. */
    private static final class RefusingTransport extends KeepsNothingTransport {
        RefusingTransport() {
            super(new User("cogbot", "cogbot", true));
        }

        @Override
        public String name() {
            return "refusing";
        }

        @Override
        public void start(TransportListener listener) {
            throw new IllegalStateException("cannot connect");
        }

        @Override
        public IncomingMessage send(ChannelRef channel, Draft message) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void addReaction(ChannelRef channel, String messageId, String emoji) {
        }

        @Override
        public void removeReaction(ChannelRef channel, String messageId, String emoji) {
        }

        @Override
        public void sendTyping(ChannelRef channel) {
        }

        @Override
        public void setPresence(Activity activity) {
        }

        @Override
        public void close() {
        }
    }
}
