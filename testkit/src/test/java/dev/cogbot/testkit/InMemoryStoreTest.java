package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.api.Store;
import org.junit.jupiter.api.Test;

class InMemoryStoreTest {

    private final Store store = new InMemoryStore();

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
}
