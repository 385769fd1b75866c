package dev.cogbot.runtime.storage;

import dev.cogbot.api.Channel;
import dev.cogbot.api.GlobalStore;
import dev.cogbot.api.Guild;
import dev.cogbot.api.Store;
import dev.cogbot.api.User;

/**
 * A namespace's bot-wide scope (a plugin's own store, or a shared one) and the way to its narrower
 * scopes.
 *
 * <pre>{@code
 * GlobalStore levels = NamespaceStore.of(storage, StoreScope.plugin("levels"), records);
 * levels.member(guild, user).add("xp", 10);
 * }</pre>
 */
public final class NamespaceStore extends ScopedStore implements GlobalStore {

    private final Storage storage;
    private final JsonRecords records;

    private NamespaceStore(Storage storage, StoreScope global, JsonRecords records) {
        super(storage, global, records);
        this.storage = storage;
        this.records = records;
    }

    /** The namespace of {@code global}, a namespace's bot-wide scope ({@link StoreScope#plugin}, {@link StoreScope#shared}). */
    public static NamespaceStore of(Storage storage, StoreScope global, JsonRecords records) {
        if (global.kind() != StoreScope.Kind.GLOBAL) {
            throw new IllegalArgumentException("a namespace's store starts at its global scope, not " + global);
        }
        return new NamespaceStore(storage, global, records);
    }

    @Override
    public Store guild(Guild guild) {
        return narrowed(scope().guild(guild.id()));
    }

    @Override
    public Store channel(Channel channel) {
        return narrowed(scope().channel(channel.guild().map(Guild::id).orElse(""), channel.id()));
    }

    @Override
    public Store user(User user) {
        return narrowed(scope().user(user.id()));
    }

    @Override
    public Store member(Guild guild, User user) {
        return narrowed(scope().member(guild.id(), user.id()));
    }

    private Store narrowed(StoreScope scope) {
        return new ScopedStore(storage, scope, records);
    }
}
