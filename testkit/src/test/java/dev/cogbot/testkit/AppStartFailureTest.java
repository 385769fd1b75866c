package dev.cogbot.testkit;

import dev.cogbot.api.Role;
import dev.cogbot.api.User;
import dev.cogbot.runtime.transport.GuildRef;
import dev.cogbot.runtime.transport.MemberRef;
import java.util.List;
import java.util.Optional;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.api.Activity;
import dev.cogbot.api.Permission;
import dev.cogbot.runtime.BotPaths;
import dev.cogbot.runtime.CogbotApp;
import dev.cogbot.runtime.config.BotConfig;
import dev.cogbot.runtime.scheduling.ManualTime;
import dev.cogbot.runtime.storage.JdbcStore;
import dev.cogbot.runtime.transport.ChannelRef;
import dev.cogbot.runtime.transport.IncomingMessage;
import dev.cogbot.api.Draft;
import dev.cogbot.runtime.transport.Transport;
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

        assertThatThrownBy(() -> CogbotApp.start(paths, BotConfig.empty(), new ManualTime(), lines -> {
            throw new IllegalStateException("no transport today");
        })).hasMessage("no transport today");

        assertThat(openSessions(paths)).isEqualTo(1); // the one asking
    }

    @Test
    void aTransportThatCannotConnectLeavesNoDatabaseSessionOpen() throws SQLException {
        BotPaths paths = BotPaths.under(home);

        assertThatThrownBy(() -> CogbotApp.start(paths, BotConfig.empty(), new ManualTime(),
                lines -> new RefusingTransport())).hasMessage("cannot connect");

        assertThat(openSessions(paths)).isEqualTo(1);
    }

    @Test
    void theDataFolderCanBeUsedAgainAfterAFailedStart() {
        BotPaths paths = BotPaths.under(home);
        assertThatThrownBy(() -> CogbotApp.start(paths, BotConfig.empty(), new ManualTime(),
                lines -> new RefusingTransport())).isInstanceOf(IllegalStateException.class);

        try (CogbotApp app = CogbotApp.start(paths, BotConfig.empty(), new ManualTime(),
                lines -> new InMemoryTransport(Set.of()))) {
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
    private static final class RefusingTransport implements Transport {
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

        // never connected: it knows of nothing
        @Override
        public IncomingMessage edit(ChannelRef channel, String messageId, Draft message) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void delete(ChannelRef channel, String messageId) {
        }

        @Override
        public Optional<IncomingMessage> fetchMessage(ChannelRef channel, String messageId) {
            return Optional.empty();
        }

        @Override
        public List<User> reactors(ChannelRef channel, String messageId, String emoji) {
            return List.of();
        }

        @Override
        public Optional<User> user(String userId) {
            return Optional.empty();
        }

        @Override
        public Optional<ChannelRef> channel(String channelId) {
            return Optional.empty();
        }

        @Override
        public List<Role> roles(GuildRef guild) {
            return List.of();
        }

        @Override
        public List<ChannelRef> channels(GuildRef guild) {
            return List.of();
        }

        @Override
        public Optional<MemberRef> member(GuildRef guild, String userId) {
            return Optional.empty();
        }

        @Override
        public List<MemberRef> members(GuildRef guild) {
            return List.of();
        }

        @Override
        public List<MemberRef> membersNamed(GuildRef guild, String name) {
            return List.of();
        }

        @Override
        public Set<Permission> botPermissions(ChannelRef channel) {
            return Set.of();
        }

        @Override
        public Set<Permission> memberPermissions(ChannelRef channel, MemberRef member) {
            return Set.of();
        }

        @Override
        public void close() {
        }
    }
}
