-- The design's tables, plus what the product needs and the design lacked:
-- ban expiry and lift records (bans have a history), moderation hits on messages,
-- anonymous sessions (so a username survives a reconnect) and an audit log.

CREATE TABLE anon_sessions (
    session_id   text PRIMARY KEY,
    username     text NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    last_seen_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX anon_sessions_username ON anon_sessions (lower(username));

CREATE TABLE chat_groups (
    id          bigserial PRIMARY KEY,
    group_code  text NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL DEFAULT now(),
    max_members integer NOT NULL DEFAULT 5,
    closed_at   timestamptz
);

CREATE TABLE messages (
    id              bigserial PRIMARY KEY,
    group_id        bigint NOT NULL REFERENCES chat_groups (id),
    user_session_id text NOT NULL,
    username        text NOT NULL,
    content         text NOT NULL,          -- what the user typed
    delivered       text,                   -- what others saw (masked); NULL when blocked
    flagged         boolean NOT NULL DEFAULT false,
    action          text NOT NULL DEFAULT 'allow',   -- allow | flag | mask | block
    hits            jsonb NOT NULL DEFAULT '[]',     -- moderation hits with spans
    client_id       text,
    reviewed_at     timestamptz,            -- a flag dismissed by an admin
    reviewed_by     text,
    created_at      timestamptz NOT NULL DEFAULT now()
);
-- History of a group, newest first; a user's messages; the flag queue.
CREATE INDEX messages_group_id ON messages (group_id, id);
CREATE INDEX messages_user ON messages (user_session_id, id);
CREATE INDEX messages_flagged ON messages (id) WHERE flagged;

CREATE TABLE user_flags (
    id              bigserial PRIMARY KEY,
    user_session_id text NOT NULL UNIQUE,
    flag_count      integer NOT NULL DEFAULT 0,
    last_flagged_at timestamptz,
    is_banned       boolean NOT NULL DEFAULT false
);

CREATE TABLE banned_users (
    id              bigserial PRIMARY KEY,
    user_session_id text NOT NULL,
    banned_at       timestamptz NOT NULL DEFAULT now(),
    reason          text NOT NULL,
    banned_by       text NOT NULL,          -- 'policy:<plugin>' or the admin's name
    expires_at      timestamptz,            -- NULL: permanent
    lifted_at       timestamptz,
    lifted_by       text,
    lift_reason     text
);
CREATE INDEX banned_users_session ON banned_users (user_session_id, banned_at DESC);
CREATE INDEX banned_users_active ON banned_users (user_session_id) WHERE lifted_at IS NULL;

CREATE TABLE audit_log (
    id         bigserial PRIMARY KEY,
    created_at timestamptz NOT NULL DEFAULT now(),
    event      text NOT NULL,
    actor      text,
    subject    text,
    details    jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_event ON audit_log (event, id);
CREATE INDEX audit_log_subject ON audit_log (subject, id);
