/**
 * The bot's persistent storage: every plugin's counters, strings and JSON records, by namespace (a
 * plugin's own, or a shared name) and scope (global, server, channel, user, member), and the
 * durable timers, in a JDBC database: an embedded H2 file in the data folder unless
 * {@code jdbc-url} names a PostgreSQL database, which several cogbot processes can share.
 * {@link dev.cogbot.runtime.storage.Storage} is the backend ({@link dev.cogbot.runtime.storage.JdbcStore},
 * or the test kit's in-memory one); plugins see it through {@link dev.cogbot.runtime.storage.ScopedStore}
 * views; {@link dev.cogbot.runtime.storage.StoreSchema} makes and upgrades the tables with versioned
 * migrations.
 *
 * <p>Every store operation is atomic, across processes too: a counter's add is one statement, so
 * processes adding at once all count. Values are <b>last-writer-wins</b>: of two processes writing
 * the same key, the last commit stays; nothing merges them, so a plugin that needs to combine
 * what several processes write keeps counters or one key per writer. Other parts of cogbot keep
 * their tables in the same database, through {@link dev.cogbot.runtime.storage.JdbcStore#dataSource()}.
 */
package dev.cogbot.runtime.storage;
