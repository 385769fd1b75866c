package dev.cogbot.runtime.storage;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The store's upserts as one statement in each database's own words, so that they are atomic
 * however many processes write at once: PostgreSQL's {@code INSERT ... ON CONFLICT DO UPDATE} takes
 * the row's lock (a concurrent insert of the same key waits for it, then updates), H2's
 * {@code MERGE} runs on the store's one writer. Parameters: the scope's four columns, the name, then
 * the delta or value. Timers are upserted by plugin and name.
 *
 * <pre>{@code
 * connection.prepareStatement(StoreDialect.of(connection).addToCounter());
 * }</pre>
 */
enum StoreDialect {

    POSTGRESQL(
            "INSERT INTO store_counters (namespace, scope_kind, guild_id, scope_id, counter_name, counter_value)"
                    + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (namespace, scope_kind, guild_id, scope_id, counter_name)"
                    + " DO UPDATE SET counter_value = store_counters.counter_value + EXCLUDED.counter_value"
                    + " RETURNING counter_value",
            "INSERT INTO store_values (namespace, scope_kind, guild_id, scope_id, entry_key, entry_value)"
                    + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (namespace, scope_kind, guild_id, scope_id, entry_key)"
                    + " DO UPDATE SET entry_value = EXCLUDED.entry_value",
            "INSERT INTO plugin_timers (" + StoreDialect.TIMER_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (plugin_id, timer_name) DO UPDATE SET timer_due = EXCLUDED.timer_due,"
                    + " timer_payload = EXCLUDED.timer_payload, timer_generation = EXCLUDED.timer_generation,"
                    + " channel_id = EXCLUDED.channel_id, channel_name = EXCLUDED.channel_name,"
                    + " channel_kind = EXCLUDED.channel_kind, guild_id = EXCLUDED.guild_id,"
                    + " guild_name = EXCLUDED.guild_name, guild_owner_id = EXCLUDED.guild_owner_id,"
                    + " channel_recipient_id = EXCLUDED.channel_recipient_id"),
    H2(
            "MERGE INTO store_counters t USING (VALUES (CAST(? AS VARCHAR(300)), CAST(? AS VARCHAR(16)),"
                    + " CAST(? AS VARCHAR(100)), CAST(? AS VARCHAR(100)), CAST(? AS VARCHAR(255)), CAST(? AS BIGINT)))"
                    + " s (namespace, scope_kind, guild_id, scope_id, counter_name, delta)"
                    + " ON t.namespace = s.namespace AND t.scope_kind = s.scope_kind AND t.guild_id = s.guild_id"
                    + " AND t.scope_id = s.scope_id AND t.counter_name = s.counter_name"
                    + " WHEN MATCHED THEN UPDATE SET counter_value = t.counter_value + s.delta"
                    + " WHEN NOT MATCHED THEN INSERT (namespace, scope_kind, guild_id, scope_id, counter_name, counter_value)"
                    + " VALUES (s.namespace, s.scope_kind, s.guild_id, s.scope_id, s.counter_name, s.delta)",
            "MERGE INTO store_values (namespace, scope_kind, guild_id, scope_id, entry_key, entry_value)"
                    + " KEY (namespace, scope_kind, guild_id, scope_id, entry_key) VALUES (?, ?, ?, ?, ?, ?)",
            "MERGE INTO plugin_timers (" + StoreDialect.TIMER_COLUMNS + ") KEY (plugin_id, timer_name)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

    /** A timer's columns, in the order {@link #putTimer()} takes them. */
    static final String TIMER_COLUMNS = "plugin_id, timer_name, timer_due, timer_payload, timer_generation,"
            + " channel_id, channel_name, channel_kind, guild_id, guild_name, guild_owner_id, channel_recipient_id";

    private final String addToCounter;
    private final String putValue;
    private final String putTimer;

    StoreDialect(String addToCounter, String putValue, String putTimer) {
        this.addToCounter = addToCounter;
        this.putValue = putValue;
        this.putTimer = putTimer;
    }

    /** The dialect of {@code connection}'s database: H2's for H2, PostgreSQL's for any other. */
    static StoreDialect of(Connection connection) throws SQLException {
        return "H2".equals(connection.getMetaData().getDatabaseProductName()) ? H2 : POSTGRESQL;
    }

    /** Adds to a counter, making it if missing; on PostgreSQL also returns the new value. */
    String addToCounter() {
        return addToCounter;
    }

    /** Sets a value, making it if missing. */
    String putValue() {
        return putValue;
    }

    /** Schedules a timer, replacing the one of the same plugin and name: parameters as {@link #TIMER_COLUMNS}. */
    String putTimer() {
        return putTimer;
    }
}
