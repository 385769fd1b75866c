/**
 * The bot's persistent {@link dev.cogbot.api.Store}: counters and string values in a JDBC database,
 * an embedded H2 file in the data folder unless {@code jdbc-url} names another.
 */
package dev.cogbot.runtime.storage;
