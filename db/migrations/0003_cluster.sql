-- One chat on many nodes (docs/scaling.md).
-- A per-group sequence: every node delivers a group's messages in this order, and notices a
-- message it missed on the bus by the hole in the numbers. Blocked messages reach nobody: no number.
ALTER TABLE chat_groups ADD COLUMN last_seq bigint NOT NULL DEFAULT 0;
ALTER TABLE chat_groups ADD COLUMN interests text[] NOT NULL DEFAULT '{}';
ALTER TABLE messages ADD COLUMN seq bigint;
CREATE UNIQUE INDEX messages_group_seq ON messages (group_id, seq) WHERE seq IS NOT NULL;
-- Idempotent writes: a retry after a lost commit reply carries the same write id, and the
-- writer stores only the ids not yet stored.
ALTER TABLE messages ADD COLUMN write_id text;
CREATE UNIQUE INDEX messages_write_id ON messages (write_id) WHERE write_id IS NOT NULL;

-- Who sits in which group: the store of record, so a user can come back through any node.
-- The primary key is the rule "no user in two groups".
CREATE TABLE seats (
    session_id      text PRIMARY KEY,
    group_id        bigint NOT NULL REFERENCES chat_groups (id),
    username        text NOT NULL,
    node_id         text NOT NULL,          -- the node holding the user's socket
    seated_at       timestamptz NOT NULL DEFAULT now(),
    disconnected_at timestamptz             -- set while the reconnect grace runs
);
CREATE INDEX seats_group ON seats (group_id);
CREATE INDEX seats_node ON seats (node_id);
