-- Plugins across a cluster. What an owner last asked for each plugin, on whichever node: the wanted
-- state every node applies when it starts, rejoins or missed a broadcast. jar_sha256 is the JAR the
-- cluster runs: a node whose JAR differs refuses the plugin rather than run other code under its id.
-- revision comes from one sequence, so a node tells that anything changed from the largest one.
CREATE SEQUENCE cogbot_cluster_plugin_revision;

CREATE TABLE cogbot_cluster_plugin (
    plugin_id  TEXT        PRIMARY KEY,
    wanted     TEXT        NOT NULL CHECK (wanted IN ('loaded', 'unloaded')),
    jar_sha256 TEXT        CHECK (jar_sha256 ~ '^[0-9a-f]{64}$'),
    revision   BIGINT      NOT NULL,
    changed_by TEXT        NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL
);

-- Each load, unload or reload asked on a node, announced to the others by NOTIFY on channel
-- cogbot_plugin_ops (the payload is op_id). Kept a day, for the answers to find their question.
CREATE TABLE cogbot_cluster_plugin_op (
    op_id           BIGSERIAL   PRIMARY KEY,
    verb            TEXT        NOT NULL CHECK (verb IN ('load', 'unload', 'reload')),
    plugin_id       TEXT        NOT NULL,
    with_dependants BOOLEAN     NOT NULL,
    forget_timers   BOOLEAN     NOT NULL,
    asked_by        TEXT        NOT NULL,
    asked_at        TIMESTAMPTZ NOT NULL
);

-- What each other node made of an operation, announced by NOTIFY on channel cogbot_plugin_outcomes.
CREATE TABLE cogbot_cluster_plugin_outcome (
    op_id   BIGINT NOT NULL REFERENCES cogbot_cluster_plugin_op (op_id) ON DELETE CASCADE,
    node_id TEXT   NOT NULL,
    kind    TEXT   NOT NULL CHECK (kind IN ('loaded', 'reloaded', 'unloaded', 'refused')),
    line    TEXT   NOT NULL,
    PRIMARY KEY (op_id, node_id)
);
