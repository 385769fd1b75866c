-- Which node leads, for people and 'cogbot cluster' to read. What makes a node the leader is the
-- advisory lock it holds; this row is only written by the holder, and cleared when it resigns.
CREATE TABLE cogbot_cluster_leader (
    only_row BOOLEAN     PRIMARY KEY DEFAULT TRUE CHECK (only_row),
    node_id  TEXT        NOT NULL,
    since    TIMESTAMPTZ NOT NULL
);
