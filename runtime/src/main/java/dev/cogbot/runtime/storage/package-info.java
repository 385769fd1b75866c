/**
 * The bot's persistent storage: every plugin's counters, strings and JSON records, by namespace (a
 * plugin's own, or a shared name) and scope (global, server, channel, user, member), in a JDBC
 * database, an embedded H2 file in the data folder unless {@code jdbc-url} names another.
 * {@link dev.cogbot.runtime.storage.Storage} is the backend ({@link dev.cogbot.runtime.storage.JdbcStore},
 * or the test kit's in-memory one); plugins see it through {@link dev.cogbot.runtime.storage.ScopedStore}
 * views; {@link dev.cogbot.runtime.storage.StoreSchema} upgrades the tables of older releases.
 */
package dev.cogbot.runtime.storage;
