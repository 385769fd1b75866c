-- Shard ownership by leases (cluster mode without --shards). One row per shard of the bot; a node
-- owns a shard while its lease has not expired and renews it on every heartbeat. A free shard has
-- no owner. A shard pinned by --shards is never taken by another node while its owner renews it.
CREATE TABLE cluster_shard_lease (
    shard_id   integer     PRIMARY KEY CHECK (shard_id >= 0),
    owner_node text,
    expires_at timestamptz,
    pinned     boolean     NOT NULL DEFAULT false,
    CHECK ((owner_node IS NULL) = (expires_at IS NULL))
);
