package dev.cogbot.runtime.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.api.GlobalStore;
import dev.cogbot.api.RecordMismatch;
import dev.cogbot.api.Store;
import dev.cogbot.api.StoreException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Records kept as JSON, on an H2 file: what round-trips, and what a value that no longer maps gives. */
class StoredRecordsTest {

    enum Kind { SINGLE, MULTIPLE }

    record Vote(String user, String option) {
    }

    record Poll(String question, List<String> options, Kind kind, Instant closes, Duration extension,
                Set<String> voters, Map<String, Integer> counts, List<Vote> votes, boolean open, long id) {
    }

    record Badge(String name, int level) {
    }

    /** {@link Badge} after its author added a component. */
    record BadgeWithColour(String name, int level, String colour) {
    }

    /** {@link Badge} after its author renamed {@code level} to {@code rank}. */
    record RankedBadge(String name, int rank) {
    }

    /** {@link Badge} after its author changed {@code name}'s type. */
    record BadgeWithNameList(List<String> name, int level) {
    }

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
    void aRecordRoundTripsWithItsListsMapsTimesAndNestedRecords() {
        Poll poll = new Poll("Pizza or tacos?", List.of("pizza", "tacos"), Kind.SINGLE,
                Instant.parse("2026-12-03T15:00:00Z"), Duration.ofMinutes(5), Set.of("u1"), Map.of("pizza", 1),
                List.of(new Vote("u1", "pizza")), true, 42L);

        store.putRecord("poll.1", poll);

        assertThat(store.getRecord("poll.1", Poll.class)).contains(poll);
    }

    record Reminder(String text, Optional<Instant> snoozedUntil) {
    }

    @Test
    void optionalComponentsRoundTripPresentAndEmpty() {
        Reminder snoozed = new Reminder("tea", Optional.of(Instant.parse("2026-12-03T16:00:00Z")));
        Reminder plain = new Reminder("coffee", Optional.empty());
        store.putRecord("snoozed", snoozed);
        store.putRecord("plain", plain);

        assertThat(store.getRecord("snoozed", Reminder.class)).contains(snoozed);
        assertThat(store.getRecord("plain", Reminder.class)).contains(plain);
    }

    @Test
    void aRecordSurvivesReopeningTheDatabase() {
        store.putRecord("badge", new Badge("joker", 3));
        storage.close();

        storage = JdbcStore.open(JdbcStore.defaultUrl(folder));
        store = NamespaceStore.of(storage, StoreScope.plugin("polls"), JsonRecords.create());

        assertThat(store.getRecord("badge", Badge.class)).contains(new Badge("joker", 3));
    }

    @Test
    void aRecordIsKeptAsReadableJsonText() {
        store.putRecord("badge", new Badge("joker", 3));

        assertThat(store.get("badge")).contains("{\"name\":\"joker\",\"level\":3}");
    }

    @Test
    void aMissingKeyIsEmpty() {
        assertThat(store.getRecord("nothing", Badge.class)).isEmpty();
    }

    @Test
    void aComponentAddedSinceTheValueWasStoredReadsAsNull() {
        store.putRecord("badge", new Badge("joker", 3));

        assertThat(store.getRecord("badge", BadgeWithColour.class)).contains(new BadgeWithColour("joker", 3, null));
    }

    @Test
    void aRenamedComponentIsARecordMismatchNamingTheKeyAndType() {
        store.putRecord("badge", new Badge("joker", 3));

        assertThatThrownBy(() -> store.getRecord("badge", RankedBadge.class))
                .isInstanceOfSatisfying(RecordMismatch.class, mismatch -> {
                    assertThat(mismatch.key()).isEqualTo("badge");
                    assertThat(mismatch.type()).isEqualTo(RankedBadge.class);
                })
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("the value stored under 'badge' is not a RankedBadge (")
                .hasMessageContaining("level")
                .hasMessageEndingWith("); read it with get(\"badge\") and store it anew, or remove it")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aComponentOfAnotherTypeIsARecordMismatch() {
        store.putRecord("badge", new Badge("joker", 3));

        assertThatThrownBy(() -> store.getRecord("badge", BadgeWithNameList.class)).isInstanceOf(RecordMismatch.class);
    }

    @Test
    void textThatIsNotJsonIsARecordMismatch() {
        store.put("badge", "gold");

        assertThatThrownBy(() -> store.getRecord("badge", Badge.class)).isInstanceOf(RecordMismatch.class)
                .hasMessageStartingWith("the value stored under 'badge' is not a Badge (");
    }

    @Test
    void jsonNullIsARecordMismatch() {
        store.put("badge", "null");

        assertThatThrownBy(() -> store.getRecord("badge", Badge.class)).isInstanceOf(RecordMismatch.class)
                .hasMessageContaining("it is JSON null");
    }

    @Test
    void aValueThatNoLongerMapsStaysAsItWas() {
        store.putRecord("badge", new Badge("joker", 3));

        assertThatThrownBy(() -> store.getRecord("badge", RankedBadge.class)).isInstanceOf(RecordMismatch.class);

        assertThat(store.getRecord("badge", Badge.class)).contains(new Badge("joker", 3));
    }

    @Test
    void aRecordWhoseJsonIsTooLongIsRefusedAndTheOldOneKept() {
        store.putRecord("badge", new Badge("joker", 3));

        assertThatThrownBy(() -> store.putRecord("badge", new Badge("j".repeat(Store.MAX_VALUE_LENGTH), 3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 1000000 characters");
        assertThat(store.getRecord("badge", Badge.class)).contains(new Badge("joker", 3));
    }

    @Test
    void aNullRecordIsRefusedWithAPointerToRemove() {
        assertThatThrownBy(() -> store.putRecord("badge", null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("use remove");
    }
}
