package dev.cogbot.runtime.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.api.GlobalStore;
import dev.cogbot.api.Guild;
import dev.cogbot.api.Store;
import dev.cogbot.api.User;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plugins' own stores, shared stores, and the scopes in them, on an H2 file. */
class StoreScopesTest {

    private static final Guild CLUB = new KnownServer("g1", "Cog Club");
    private static final Guild OTHER = new KnownServer("g2", "Other Guild");
    private static final User ALICE = new User("u1", "alice", false);

    @TempDir
    Path folder;
    private JdbcStore storage;

    @BeforeEach
    void open() {
        storage = JdbcStore.open(JdbcStore.defaultUrl(folder));
    }

    @AfterEach
    void close() {
        storage.close();
    }

    private GlobalStore pluginStore(String pluginId) {
        return NamespaceStore.of(storage, StoreScope.plugin(pluginId), JsonRecords.create());
    }

    private GlobalStore sharedStore(String name) {
        return NamespaceStore.of(storage, StoreScope.shared(name), JsonRecords.create());
    }

    @Test
    void twoPluginsUsingTheSameNameDoNotCollide() {
        pluginStore("jokes").increment("x");
        pluginStore("hush").add("x", 10);

        assertThat(pluginStore("jokes").counter("x")).isEqualTo(1);
        assertThat(pluginStore("hush").counter("x")).isEqualTo(10);
    }

    @Test
    void everyPluginNamingASharedStoreSharesIt() {
        sharedStore("jokes").increment("told");

        assertThat(sharedStore("jokes").counter("told")).isEqualTo(1);
    }

    @Test
    void aPluginsOwnStoreIsNotTheSharedStoreOfTheSameName() {
        sharedStore("jokes").increment("told");

        assertThat(pluginStore("jokes").counter("told")).isZero();
    }

    @Test
    void eachServerHasItsOwnValues() {
        GlobalStore store = pluginStore("welcome");
        store.guild(CLUB).put("greeting", "Hi, club");
        store.guild(OTHER).put("greeting", "Hello, others");

        assertThat(store.guild(CLUB).get("greeting")).contains("Hi, club");
        assertThat(store.guild(OTHER).get("greeting")).contains("Hello, others");
        assertThat(store.get("greeting")).isEmpty();
    }

    @Test
    void aMembersScopeIsTheirsInOneServerOnly() {
        GlobalStore store = pluginStore("levels");
        store.member(CLUB, ALICE).add("xp", 10);

        assertThat(store.member(OTHER, ALICE).counter("xp")).isZero();
        assertThat(store.user(ALICE).counter("xp")).isZero();
        assertThat(store.member(CLUB, ALICE).counter("xp")).isEqualTo(10);
    }

    @Test
    void aUsersScopeIsTheSameWhereverItIsAskedFor() {
        pluginStore("prefs").user(ALICE).put("timezone", "Europe/Paris");

        assertThat(pluginStore("prefs").user(new User("u1", "alice (renamed)", false)).get("timezone"))
                .contains("Europe/Paris");
    }

    @Test
    void aChannelsScopeIsItsOwn() {
        Store general = new ScopedStore(storage, StoreScope.plugin("stats").channel("g1", "c1"), JsonRecords.create());
        Store random = new ScopedStore(storage, StoreScope.plugin("stats").channel("g1", "c2"), JsonRecords.create());
        general.increment("messages");

        assertThat(random.counter("messages")).isZero();
        assertThat(pluginStore("stats").guild(CLUB).counter("messages")).isZero();
    }

    @Test
    void clearingAServerDeletesItsChannelsAndMembersToo() {
        GlobalStore store = pluginStore("levels");
        store.guild(CLUB).put("welcome", "hi");
        store.member(CLUB, ALICE).add("xp", 10);
        new ScopedStore(storage, StoreScope.plugin("levels").channel("g1", "c1"), JsonRecords.create()).increment("n");

        assertThat(store.guild(CLUB).clear()).isEqualTo(3);

        assertThat(store.guild(CLUB).get("welcome")).isEmpty();
        assertThat(store.member(CLUB, ALICE).counter("xp")).isZero();
    }

    @Test
    void clearingAServerLeavesOtherServersTheGlobalScopeAndUsers() {
        GlobalStore store = pluginStore("levels");
        store.guild(CLUB).put("welcome", "hi");
        store.guild(OTHER).put("welcome", "hello");
        store.increment("servers.seen");
        store.user(ALICE).put("badge", "gold");

        store.guild(CLUB).clear();

        assertThat(store.guild(OTHER).get("welcome")).contains("hello");
        assertThat(store.counter("servers.seen")).isEqualTo(1);
        assertThat(store.user(ALICE).get("badge")).contains("gold");
    }

    @Test
    void clearingAServerLeavesOtherPluginsDataOfIt() {
        pluginStore("levels").guild(CLUB).put("welcome", "hi");
        pluginStore("greeter").guild(CLUB).put("welcome", "hello");

        pluginStore("levels").guild(CLUB).clear();

        assertThat(pluginStore("greeter").guild(CLUB).get("welcome")).contains("hello");
    }

    @Test
    void clearingAMembersScopeLeavesTheServers() {
        GlobalStore store = pluginStore("levels");
        store.guild(CLUB).put("welcome", "hi");
        store.member(CLUB, ALICE).add("xp", 10);

        assertThat(store.member(CLUB, ALICE).clear()).isEqualTo(1);
        assertThat(store.guild(CLUB).get("welcome")).contains("hi");
    }

    @Test
    void scopedValuesSurviveReopeningTheDatabase() {
        pluginStore("levels").member(CLUB, ALICE).add("xp", 10);
        storage.close();

        storage = JdbcStore.open(JdbcStore.defaultUrl(folder));

        assertThat(pluginStore("levels").member(CLUB, ALICE).counter("xp")).isEqualTo(10);
    }

    @Test
    void namesMustFitTheTables() {
        GlobalStore store = pluginStore("limits");
        assertThatThrownBy(() -> store.put("k".repeat(256), "v"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 to 255 characters");
        assertThatThrownBy(() -> store.guild(CLUB).increment(""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aValueLongerThanTheLimitIsRefusedAndTheOldOneKept() {
        Store store = pluginStore("limits").guild(CLUB);
        store.put("k", "old");

        assertThatThrownBy(() -> store.put("k", "v".repeat(Store.MAX_VALUE_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 1000000 characters");
        assertThat(store.get("k")).contains("old");
    }

    @Test
    void aSharedStoresNameIsOneWordOfAtMost64Characters() {
        assertThatThrownBy(() -> sharedStore("jokes told"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a shared store's name is 1 to 64 letters, digits, '.', '_' or '-', got 'jokes told'");
        assertThatThrownBy(() -> sharedStore("")).isInstanceOf(IllegalArgumentException.class);
        assertThat(sharedStore("x".repeat(64)).counter("n")).isZero();
    }
}
