-- IDENTIFY coordination across the cluster: Discord allows one IDENTIFY per rate-limit bucket
-- (shard_id % max_concurrency) every 5 seconds, for the whole bot. A node locks its bucket's row
-- while it identifies and writes down when it did, so the next one, on any node, waits.
CREATE TABLE cluster_identify_bucket (
    bucket        integer     PRIMARY KEY CHECK (bucket >= 0),
    last_identify timestamptz NOT NULL
);
