package dev.cogbot.runtime.storage;

import java.util.Objects;

/**
 * Where a counter or value lives: a namespace (a plugin's own, or a shared name) and a scope in it.
 * A channel's and a member's scopes carry their server's id, so that clearing the server's scope
 * clears them too.
 *
 * <pre>{@code
 * StoreScope told = StoreScope.shared("jokes");                  // bot-wide, shared
 * StoreScope xp = StoreScope.plugin("levels").member("g1", "u7"); // one member of one server
 * }</pre>
 *
 * @param namespace {@code plugin:<id>} or {@code shared:<name>}
 * @param guildId   the server the scope is in; {@code ""} for none
 * @param scopeId   the channel's or user's id; {@code ""} for a server's or the global scope
 */
public record StoreScope(String namespace, Kind kind, String guildId, String scopeId) {

    /** What a scope is the scope of. */
    public enum Kind {
        GLOBAL, GUILD, CHANNEL, USER, MEMBER;

        /** As stored in the database. */
        String column() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public StoreScope {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(guildId, "guildId");
        Objects.requireNonNull(scopeId, "scopeId");
    }

    /** The bot-wide scope of plugin {@code pluginId}'s own store. */
    public static StoreScope plugin(String pluginId) {
        return new StoreScope("plugin:" + pluginId, Kind.GLOBAL, "", "");
    }

    /**
     * The bot-wide scope of the store shared under {@code name}.
     *
     * @throws IllegalArgumentException if {@code name} is not a valid shared name
     */
    public static StoreScope shared(String name) {
        StoreLimits.checkSharedName(name);
        return new StoreScope("shared:" + name, Kind.GLOBAL, "", "");
    }

    public StoreScope guild(String guildId) {
        return new StoreScope(namespace, Kind.GUILD, StoreLimits.checkId(guildId), "");
    }

    /** A channel's scope; {@code guildId} is {@code ""} for a DM. */
    public StoreScope channel(String guildId, String channelId) {
        return new StoreScope(namespace, Kind.CHANNEL, guildId.isEmpty() ? "" : StoreLimits.checkId(guildId),
                StoreLimits.checkId(channelId));
    }

    public StoreScope user(String userId) {
        return new StoreScope(namespace, Kind.USER, "", StoreLimits.checkId(userId));
    }

    public StoreScope member(String guildId, String userId) {
        return new StoreScope(namespace, Kind.MEMBER, StoreLimits.checkId(guildId), StoreLimits.checkId(userId));
    }

    /** Whether clearing this scope clears every scope of its server: it is a server's scope. */
    public boolean coversGuild() {
        return kind == Kind.GUILD;
    }

    @Override
    public String toString() {
        return namespace + switch (kind) {
            case GLOBAL -> "";
            case GUILD -> " guild " + guildId;
            case CHANNEL -> " channel " + scopeId;
            case USER -> " user " + scopeId;
            case MEMBER -> " member " + scopeId + " of guild " + guildId;
        };
    }
}
