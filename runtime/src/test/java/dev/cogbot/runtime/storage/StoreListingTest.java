package dev.cogbot.runtime.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.api.GlobalStore;
import dev.cogbot.api.Guild;
import dev.cogbot.api.Store;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listing a scope's keys and counters by prefix, a bounded page at a time, on an H2 file. */
class StoreListingTest {

    private static final Guild CLUB = new KnownServer("g1", "Cog Club");

    @TempDir
    Path folder;
    private JdbcStore storage;
    private GlobalStore store;

    @BeforeEach
    void open() {
        storage = JdbcStore.open(JdbcStore.defaultUrl(folder));
        store = NamespaceStore.of(storage, StoreScope.plugin("polls"), JsonRecords.create());
    }

    @AfterEach
    void close() {
        storage.close();
    }

    @Test
    void keysStartingWithThePrefixAreListedInOrder() {
        List.of("poll.3", "poll.1", "other", "poll.2", "polls").forEach(key -> store.put(key, "x"));

        assertThat(store.keys("poll.", 10)).containsExactly("poll.1", "poll.2", "poll.3");
    }

    @Test
    void anEmptyPrefixListsEveryKey() {
        List.of("b", "a").forEach(key -> store.put(key, "x"));

        assertThat(store.keys("", 10)).containsExactly("a", "b");
    }

    @Test
    void aPageHasAtMostTheLimitAndTheNextStartsAfterItsLastKey() {
        IntStream.rangeClosed(1, 5).forEach(i -> store.put("poll." + i, "x"));

        List<String> first = store.keys("poll.", 2);
        List<String> second = store.keys("poll.", first.getLast(), 2);
        List<String> third = store.keys("poll.", second.getLast(), 2);

        assertThat(first).containsExactly("poll.1", "poll.2");
        assertThat(second).containsExactly("poll.3", "poll.4");
        assertThat(third).containsExactly("poll.5");
        assertThat(store.keys("poll.", third.getLast(), 2)).isEmpty();
    }

    @Test
    void pagingVisitsEveryKeyOnce() {
        IntStream.range(0, 250).forEach(i -> store.put("k" + i, "x"));

        List<String> seen = new ArrayList<>();
        List<String> page = store.keys("k", "", 100);
        while (!page.isEmpty()) {
            seen.addAll(page);
            page = store.keys("k", page.getLast(), 100);
        }

        assertThat(seen).hasSize(250).doesNotHaveDuplicates();
    }

    @Test
    void wildcardsInThePrefixAreTakenLiterally() {
        List.of("100%", "100x", "a_b", "axb").forEach(key -> store.put(key, "x"));

        assertThat(store.keys("100%", 10)).containsExactly("100%");
        assertThat(store.keys("a_", 10)).containsExactly("a_b");
    }

    @Test
    void counterNamesAreListedApartFromKeys() {
        store.increment("votes.pizza");
        store.increment("votes.tacos");
        store.put("votes.closed", "yes");

        assertThat(store.counterNames("votes.", "", 10)).containsExactly("votes.pizza", "votes.tacos");
        assertThat(store.keys("votes.", 10)).containsExactly("votes.closed");
    }

    @Test
    void aScopeListsOnlyItsOwnKeys() {
        store.put("poll.1", "global");
        store.guild(CLUB).put("poll.2", "club");

        assertThat(store.keys("poll.", 10)).containsExactly("poll.1");
        assertThat(store.guild(CLUB).keys("poll.", 10)).containsExactly("poll.2");
    }

    @Test
    void aListingAsksForOneToMaxListedNames() {
        assertThatThrownBy(() -> store.keys("", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a store lists 1 to 1000 names at once, asked for 0; page on with the last name listed");
        assertThatThrownBy(() -> store.counterNames("", "", Store.MAX_LISTED + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.keys("", Store.MAX_LISTED)).isEmpty();
    }
}
