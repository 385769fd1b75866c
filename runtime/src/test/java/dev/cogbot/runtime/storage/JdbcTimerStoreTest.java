package dev.cogbot.runtime.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.runtime.timers.StoredTimer;
import dev.cogbot.runtime.transport.ChannelRef;
import dev.cogbot.runtime.transport.GuildRef;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timers' table: what is put comes back after the database is closed and opened again. */
class JdbcTimerStoreTest {

    private static final Instant DUE = Instant.parse("2026-01-01T00:10:00.123Z");

    @TempDir
    Path data;

    private JdbcStore open() {
        return JdbcStore.open(JdbcStore.defaultUrl(data));
    }

    @Test
    void aTimerAndItsChannelComeBackAfterTheDatabaseIsOpenedAgain() {
        ChannelRef general = new ChannelRef("42", "general", new GuildRef("7", "Cog Club", "1"));
        StoredTimer inGuild = new StoredTimer("remind", 1, "remind:1", DUE, "tea", general);
        StoredTimer inDm = new StoredTimer("remind", 2, "remind:2", DUE.plusSeconds(1), "cake",
                ChannelRef.dm("43", "DM with alice", "1001"));
        StoredTimer nowhere = new StoredTimer("remind", 3, "remind:3", DUE.plusSeconds(2), "");
        try (JdbcStore store = open()) {
            JdbcTimerStore timers = JdbcTimerStore.on(store);
            timers.put(nowhere);
            timers.put(inDm);
            timers.put(inGuild);
        }

        try (JdbcStore store = open()) {
            assertThat(JdbcTimerStore.on(store).pending("remind")).containsExactly(inGuild, inDm, nowhere);
        }
    }

    @Test
    void aFiredTimerIsDeletedOnlyIfItWasNotRescheduledMeanwhile() {
        try (JdbcStore store = open()) {
            JdbcTimerStore timers = JdbcTimerStore.on(store);
            StoredTimer first = new StoredTimer("remind", 1, "remind:1", DUE, "first");
            StoredTimer second = new StoredTimer("remind", 2, "remind:1", DUE.plusSeconds(60), "second");
            timers.put(first);
            timers.put(second);

            assertThat(timers.removeFired(first)).isFalse();
            assertThat(timers.pending("remind")).containsExactly(second);
            assertThat(timers.removeFired(second)).isTrue();
            assertThat(timers.pending("remind")).isEmpty();
        }
    }

    @Test
    void removingAllOfAPluginsTimersLeavesTheOthersPluginsAlone() {
        try (JdbcStore store = open()) {
            JdbcTimerStore timers = JdbcTimerStore.on(store);
            timers.put(new StoredTimer("remind", 1, "remind:1", DUE, ""));
            timers.put(new StoredTimer("remind", 2, "remind:2", DUE, ""));
            timers.put(new StoredTimer("hush", 3, "end", DUE, ""));

            assertThat(timers.removeAll("remind")).isEqualTo(2);
            assertThat(timers.pending("remind")).isEmpty();
            assertThat(timers.pending("hush")).hasSize(1);
        }
    }

    @Test
    void openingTheTimersTwiceKeepsWhatIsThere() {
        try (JdbcStore store = open()) {
            JdbcTimerStore.on(store).put(new StoredTimer("remind", 1, "remind:1", DUE, ""));
            assertThat(JdbcTimerStore.on(store).pending("remind")).hasSize(1);
        }
    }
}
