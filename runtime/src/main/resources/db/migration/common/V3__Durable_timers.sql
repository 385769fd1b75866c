-- Schema version 3: the durable timers (JdbcTimerStore). Builds before it made this table on their
-- own, with these columns, so it is made only if missing. Due instants are epoch milliseconds.
CREATE TABLE IF NOT EXISTS plugin_timers (
    plugin_id VARCHAR(255) NOT NULL,
    timer_name VARCHAR(255) NOT NULL,
    timer_due BIGINT NOT NULL,
    timer_payload VARCHAR(4000) NOT NULL,
    timer_generation BIGINT NOT NULL,
    channel_id VARCHAR(255),
    channel_name VARCHAR(255),
    channel_kind VARCHAR(16),
    guild_id VARCHAR(255),
    guild_name VARCHAR(255),
    guild_owner_id VARCHAR(255),
    PRIMARY KEY (plugin_id, timer_name)
);

-- cogbot_schema keeps the version for cogbots before the migrations, which refuse a newer database.
DELETE FROM cogbot_schema;
INSERT INTO cogbot_schema (version) VALUES (3);
