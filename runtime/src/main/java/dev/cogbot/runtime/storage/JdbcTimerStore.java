package dev.cogbot.runtime.storage;

import dev.cogbot.api.ChannelKind;
import dev.cogbot.runtime.timers.StoredTimer;
import dev.cogbot.runtime.timers.TimerStore;
import dev.cogbot.runtime.transport.ChannelRef;
import dev.cogbot.runtime.transport.GuildRef;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Durable timers in the bot's database, in a table of their own ({@code plugin_timers}), written
 * through the {@link JdbcStore}'s connections: the same durable commits (group commits on H2), so a
 * timer whose scheduling returned survives a {@code kill -9}, and the same error handling.
 *
 * <p>The table is made with the store's others, by {@link StoreSchema} (migrations 3 and 4), so
 * that a change to it comes with an upgrade of the databases that have it. Due instants are kept
 * as epoch milliseconds, which every database orders correctly; a timer's channel as the transport
 * names it: its id, name and kind ({@code DM} or {@code TEXT}), and its
 * server's id, name and owner (none for a DM; the owner is kept once transports name it), or for a
 * DM the user it is with, when the transport named them.
 *
 * <pre>{@code
 * JdbcStore store = JdbcStore.open(url);
 * TimerStore timers = JdbcTimerStore.on(store);
 * }</pre>
 */
public final class JdbcTimerStore implements TimerStore {

    private final StoreConnection db;

    private JdbcTimerStore(StoreConnection db) {
        this.db = db;
    }

    /** The timers kept in {@code store}'s database, whose table {@link StoreSchema} made when it opened. */
    public static JdbcTimerStore on(JdbcStore store) {
        return new JdbcTimerStore(store.connection());
    }

    @Override
    public void put(StoredTimer timer) {
        db.run("schedule timer '" + timer.name() + "' of plugin " + timer.pluginId(), connection -> {
            // one statement: nodes scheduling the same timer at once leave the last one's, not an error
            try (PreparedStatement insert = connection.prepareStatement(StoreDialect.of(connection).putTimer())) {
                insert.setString(1, timer.pluginId());
                insert.setString(2, timer.name());
                insert.setLong(3, timer.due().toEpochMilli());
                insert.setString(4, timer.payload());
                insert.setLong(5, timer.generation());
                ChannelRef channel = timer.channel();
                GuildRef guild = channel == null ? null : channel.guild();
                insert.setString(6, channel == null ? null : channel.id());
                insert.setString(7, channel == null ? null : channel.name());
                insert.setString(8, channel == null ? null : kindOf(channel));
                insert.setString(9, guild == null ? null : guild.id());
                insert.setString(10, guild == null ? null : guild.name());
                insert.setString(11, guild == null ? null : guild.ownerId());
                insert.setString(12, channel == null ? null : channel.recipientId());
                insert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public boolean remove(String pluginId, String name) {
        return db.run("cancel timer '" + name + "' of plugin " + pluginId, connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM plugin_timers WHERE plugin_id = ? AND timer_name = ?")) {
                delete.setString(1, pluginId);
                delete.setString(2, name);
                return delete.executeUpdate() > 0;
            }
        });
    }

    @Override
    public boolean removeFired(StoredTimer fired) {
        return db.run("delete fired timer '" + fired.name() + "' of plugin " + fired.pluginId(), connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM plugin_timers WHERE plugin_id = ? AND timer_name = ? AND timer_generation = ?")) {
                delete.setString(1, fired.pluginId());
                delete.setString(2, fired.name());
                delete.setLong(3, fired.generation());
                return delete.executeUpdate() > 0;
            }
        });
    }

    @Override
    public List<StoredTimer> pending(String pluginId) {
        return db.run("read the timers of plugin " + pluginId, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT timer_name, timer_due, timer_payload, timer_generation, channel_id, channel_name,"
                            + " channel_kind, guild_id, guild_name, guild_owner_id, channel_recipient_id FROM plugin_timers"
                            + " WHERE plugin_id = ? ORDER BY timer_due, timer_name")) {
                select.setString(1, pluginId);
                List<StoredTimer> timers = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        timers.add(new StoredTimer(pluginId, row.getLong(4), row.getString(1),
                                Instant.ofEpochMilli(row.getLong(2)), row.getString(3), channel(row)));
                    }
                }
                return timers;
            }
        });
    }

    /** How the table names a channel's kind: the name of its {@link ChannelKind}. */
    private static String kindOf(ChannelRef channel) {
        return channel.kind().name();
    }

    /** The channel of the row, as the transport named it; {@code null} for a timer bound to none. */
    private static ChannelRef channel(ResultSet row) throws SQLException {
        String id = row.getString(5);
        if (id == null) {
            return null;
        }
        String name = row.getString(6);
        String guildId = row.getString(8);
        if (guildId == null) {
            return ChannelRef.dm(id, name, row.getString(11));
        }
        String kind = row.getString(7);
        String ownerId = row.getString(10);
        return new ChannelRef(id, name, new GuildRef(guildId, row.getString(9), ownerId == null ? "" : ownerId),
                kind == null || kind.equals("DM") ? ChannelKind.TEXT : ChannelKind.valueOf(kind));
    }

    @Override
    public int removeAll(String pluginId) {
        return db.run("forget the timers of plugin " + pluginId, connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM plugin_timers WHERE plugin_id = ?")) {
                delete.setString(1, pluginId);
                return delete.executeUpdate();
            }
        });
    }
}
