package dev.cogbot.runtime.cluster;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Instants as the cluster's {@code timestamptz} columns take and give them: as UTC offsets, so the
 * JVM's time zone never enters (the PostgreSQL driver reads a plain {@code Timestamp} in it).
 *
 * <pre>{@code
 * statement.setObject(1, Timestamps.of(now));
 * Instant heartbeat = Timestamps.read(rows, "last_heartbeat");
 * }</pre>
 */
final class Timestamps {

    private Timestamps() {
    }

    /** {@code instant} as a parameter of a {@code timestamptz} column. */
    static OffsetDateTime of(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** The instant in {@code column} of the current row; null where the column is null. */
    static Instant read(ResultSet rows, String column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** The instant in the {@code column}th column (from 1) of the current row; null where it is null. */
    static Instant read(ResultSet rows, int column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
