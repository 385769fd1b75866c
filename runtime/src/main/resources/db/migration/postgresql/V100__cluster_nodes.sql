-- The nodes of a cluster: every cogbot process on this database registers one row and keeps its
-- heartbeat fresh. Times are the nodes' own clocks (kept in step by NTP), so tests can move them.
CREATE TABLE cogbot_cluster_node (
    node_id        TEXT        PRIMARY KEY,
    -- which start of the process holds the row: a heartbeat of an older start (paused past its
    -- lease, then taken over) must not count for the new one
    incarnation    UUID        NOT NULL,
    host           TEXT        NOT NULL,
    version        TEXT        NOT NULL,
    shards         INTEGER[]   NOT NULL DEFAULT '{}',
    started_at     TIMESTAMPTZ NOT NULL,
    last_heartbeat TIMESTAMPTZ NOT NULL
);

-- The plugins each node runs, with their JARs' checksums, so a mixed version shows.
CREATE TABLE cogbot_cluster_node_plugin (
    node_id    TEXT NOT NULL REFERENCES cogbot_cluster_node (node_id) ON DELETE CASCADE,
    plugin_id  TEXT NOT NULL,
    version    TEXT NOT NULL,
    jar_sha256 TEXT NOT NULL,
    PRIMARY KEY (node_id, plugin_id)
);
