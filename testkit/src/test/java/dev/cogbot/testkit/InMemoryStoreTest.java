package dev.cogbot.testkit;

import java.util.Optional;
import dev.cogbot.api.Role;
import dev.cogbot.api.Member;
import dev.cogbot.api.Channel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.api.GlobalStore;
import dev.cogbot.api.Guild;
import dev.cogbot.api.RecordMismatch;
import dev.cogbot.api.Store;
import dev.cogbot.api.User;
import dev.cogbot.runtime.storage.JsonRecords;
import dev.cogbot.runtime.storage.NamespaceStore;
import dev.cogbot.runtime.storage.StoreScope;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The in-memory store behind a plugin's views behaves as the bot's database does. */
class InMemoryStoreTest {

    private static final Guild CLUB = new Server("g1", "Cog Club");
    private static final Guild OTHER = new Server("g2", "Other");
    private static final User ALICE = new User("u1", "alice", false);

    private final InMemoryStore memory = new InMemoryStore();
    private final GlobalStore store = NamespaceStore.of(memory, StoreScope.plugin("levels"), JsonRecords.create());

    record Badge(String name, int level) {
    }

    @Test
    void countersAddUpFromZero() {
        assertThat(store.counter("jokes.told")).isZero();
        assertThat(store.increment("jokes.told")).isEqualTo(1);
        assertThat(store.add("jokes.told", 4)).isEqualTo(5);
    }

    @Test
    void countersAndValuesHaveSeparateNames() {
        store.put("x", "value");
        store.increment("x");

        assertThat(store.get("x")).contains("value");
        assertThat(store.counter("x")).isEqualTo(1);
    }

    @Test
    void anEmptyNameIsRefusedAsTheBotsDatabaseRefusesIt() {
        assertThatThrownBy(() -> store.increment("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 to 255 characters");
    }

    @Test
    void aNameLongerThanTheLimitIsRefused() {
        store.put("k".repeat(Store.MAX_NAME_LENGTH), "fits");

        assertThatThrownBy(() -> store.get("k".repeat(Store.MAX_NAME_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aValueLongerThanTheLimitIsRefusedAndTheOldOneKept() {
        store.put("k", "old");

        assertThatThrownBy(() -> store.put("k", "v".repeat(Store.MAX_VALUE_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 1000000 characters");
        assertThat(store.get("k")).contains("old");
    }

    @Test
    void aNullValueIsRefusedWithAPointerToRemove() {
        assertThatThrownBy(() -> store.put("k", null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("use remove");
    }

    @Test
    void removingAMissingKeyDoesNothing() {
        store.remove("never.stored");

        assertThat(store.get("never.stored")).isEmpty();
    }

    @Test
    void eachGuildAndMemberHasItsOwnNames() {
        store.guild(CLUB).put("welcome", "hi");
        store.member(CLUB, ALICE).add("xp", 10);

        assertThat(store.guild(OTHER).get("welcome")).isEmpty();
        assertThat(store.member(OTHER, ALICE).counter("xp")).isZero();
        assertThat(store.user(ALICE).counter("xp")).isZero();
        assertThat(store.get("welcome")).isEmpty();
    }

    @Test
    void aTestSeesAPluginsStoreAsThePluginDoes() {
        memory.plugin("levels").member(CLUB, ALICE).add("xp", 3);
        memory.shared("jokes").increment("told");

        assertThat(store.member(CLUB, ALICE).counter("xp")).isEqualTo(3);
        assertThat(NamespaceStore.of(memory, StoreScope.shared("jokes"), JsonRecords.create()).counter("told")).isEqualTo(1);
    }

    @Test
    void anotherPluginsStoreDoesNotSeeThisOnes() {
        store.put("x", "mine");

        GlobalStore other = NamespaceStore.of(memory, StoreScope.plugin("other"), JsonRecords.create());
        assertThat(other.get("x")).isEmpty();
    }

    @Test
    void recordsRoundTrip() {
        store.user(ALICE).putRecord("badge", new Badge("joker", 3));

        assertThat(store.user(ALICE).getRecord("badge", Badge.class)).contains(new Badge("joker", 3));
    }

    @Test
    void aValueThatIsNotTheRecordIsARecordMismatch() {
        store.put("badge", "gold");

        assertThatThrownBy(() -> store.getRecord("badge", Badge.class)).isInstanceOf(RecordMismatch.class)
                .hasMessageStartingWith("the value stored under 'badge' is not a Badge (");
    }

    @Test
    void keysAreListedByPrefixInOrderAndPagedOn() {
        List.of("poll.3", "poll.1", "other", "poll.2").forEach(key -> store.put(key, "x"));

        assertThat(store.keys("poll.", 2)).containsExactly("poll.1", "poll.2");
        assertThat(store.keys("poll.", "poll.2", 2)).containsExactly("poll.3");
    }

    @Test
    void clearingAGuildClearsItsMembersAndLeavesOtherGuildsAndTheGlobalScope() {
        store.guild(CLUB).put("welcome", "hi");
        store.member(CLUB, ALICE).add("xp", 10);
        store.guild(OTHER).put("welcome", "hello");
        store.increment("guilds.seen");

        assertThat(store.guild(CLUB).clear()).isEqualTo(2);

        assertThat(store.guild(CLUB).get("welcome")).isEmpty();
        assertThat(store.member(CLUB, ALICE).counter("xp")).isZero();
        assertThat(store.guild(OTHER).get("welcome")).contains("hello");
        assertThat(store.counter("guilds.seen")).isEqualTo(1);
    }

    /** A server known only by id and name: all a store's scopes read of it. */
    private record Server(String id, String name) implements Guild {

        @Override
        public String ownerId() {
            return "owner";
        }

        @Override
        public List<Role> roles() {
            return List.of();
        }

        @Override
        public List<Channel> channels() {
            return List.of();
        }

        @Override
        public Optional<Member> member(String userId) {
            return Optional.empty();
        }

        @Override
        public List<Member> members() {
            return List.of();
        }

        @Override
        public List<Member> membersNamed(String name) {
            return List.of();
        }
    }
}
