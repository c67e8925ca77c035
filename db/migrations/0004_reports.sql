-- Reports and blocks (docs/protocol.md, `report`).
-- A member's report of a message in their group: one per member and message (a repeat is refused).
CREATE TABLE reports (
    id                  bigserial PRIMARY KEY,
    message_id          bigint NOT NULL REFERENCES messages (id),
    reporter_session_id text NOT NULL,
    reason              text NOT NULL,      -- harassment | sexual | spam | personal_data | other
    created_at          timestamptz NOT NULL DEFAULT now(),
    UNIQUE (message_id, reporter_session_id)
);
-- How many members reported a message, kept with the message so the flag queue (flagged or
-- reported) stays one indexed scan.
ALTER TABLE messages ADD COLUMN report_count integer NOT NULL DEFAULT 0;
CREATE INDEX messages_reported ON messages (id) WHERE report_count > 0;

-- "Never group me with this member again", until `until`. Read by the matching leader, so a
-- block holds across reconnects and nodes.
CREATE TABLE blocks (
    blocker_session_id text NOT NULL,
    blocked_session_id text NOT NULL,
    created_at         timestamptz NOT NULL DEFAULT now(),
    until              timestamptz NOT NULL,
    PRIMARY KEY (blocker_session_id, blocked_session_id)
);
CREATE INDEX blocks_blocked ON blocks (blocked_session_id);
