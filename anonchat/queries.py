"""All SQL of anonchat, as plain async functions over an aiopg pool.

Each function takes the pool, borrows a connection for its own work and returns plain values
or dicts. Parameters are always bound by the driver, never formatted into the SQL.
"""

import json

import psycopg2.extras
from psycopg2.extras import Json


async def fetch(pool, sql, params=()):
    async with pool.acquire() as conn:
        async with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            await cur.execute(sql, params)
            return [dict(row) for row in await cur.fetchall()] if cur.description else []


async def fetch_one(pool, sql, params=()):
    rows = await fetch(pool, sql, params)
    return rows[0] if rows else None


def _values(rows, width):
    """'(%s,%s),(%s,%s)' for a multi-row INSERT: placeholders only, values stay bound."""
    one = "(" + ",".join(["%s"] * width) + ")"
    return ",".join([one] * rows)


# --- anonymous sessions -------------------------------------------------------------------------

async def get_session(pool, session_id):
    return await fetch_one(pool, "SELECT * FROM anon_sessions WHERE session_id = %s", (session_id,))


async def session_and_ban(pool, session_id):
    """A connecting session's stored username and active ban, in one round trip (connect storms)."""
    return await fetch_one(pool,
                           "SELECT s.username, b.reason AS ban_reason, b.expires_at AS ban_until, "
                           "b.id IS NOT NULL AS banned "
                           "FROM (SELECT %s::text AS sid) x "
                           "LEFT JOIN anon_sessions s ON s.session_id = x.sid "
                           "LEFT JOIN LATERAL (SELECT id, reason, expires_at FROM banned_users "
                           "  WHERE user_session_id = x.sid AND lifted_at IS NULL "
                           "  AND (expires_at IS NULL OR expires_at > now()) "
                           "  ORDER BY banned_at DESC LIMIT 1) b ON true", (session_id,))


async def save_session(pool, session_id, username):
    await fetch(pool,
                "INSERT INTO anon_sessions (session_id, username) VALUES (%s, %s) "
                "ON CONFLICT (session_id) DO UPDATE SET username = EXCLUDED.username, last_seen_at = now()",
                (session_id, username))


async def find_sessions(pool, text, limit=50):
    """Sessions whose username or id contains `text` (case-insensitive), newest first."""
    like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return await fetch(pool,
                       "SELECT s.*, coalesce(f.flag_count, 0) AS flag_count FROM anon_sessions s "
                       "LEFT JOIN user_flags f ON f.user_session_id = s.session_id "
                       "WHERE s.username ILIKE %s OR s.session_id ILIKE %s "
                       "ORDER BY s.last_seen_at DESC LIMIT %s", (like, like, limit))


# --- groups and messages ------------------------------------------------------------------------

async def create_group(pool, group_code, max_members):
    row = await fetch_one(pool,
                          "INSERT INTO chat_groups (group_code, max_members) VALUES (%s, %s) RETURNING id",
                          (group_code, max_members))
    return row["id"]


async def close_group(pool, group_id):
    await fetch(pool, "UPDATE chat_groups SET closed_at = now() WHERE id = %s AND closed_at IS NULL", (group_id,))


MESSAGE_COLUMNS = ("group_id", "user_session_id", "username", "content", "delivered",
                   "flagged", "action", "hits", "client_id")
_MESSAGE_TYPES = ("bigint", "text", "text", "text", "text", "boolean", "text", "jsonb", "text")
_INSERT_MESSAGES = (
    f"INSERT INTO messages ({', '.join(MESSAGE_COLUMNS)}) "
    f"SELECT {', '.join(MESSAGE_COLUMNS)} FROM json_to_recordset(%s) AS m("
    + ", ".join(f"{c} {t}" for c, t in zip(MESSAGE_COLUMNS, _MESSAGE_TYPES))
    + ") RETURNING id, created_at")


async def insert_messages(pool, rows):
    """Insert many messages in one statement (group commit); returns [(id, created_at)] in order.

    `rows` are dicts with MESSAGE_COLUMNS (`hits` a JSON-able list). The whole batch is one bound
    JSON parameter: json.dumps is C-fast, where adapting nine parameters a row costs the server
    ~14 µs a row; PostgreSQL unpacks it with json_to_recordset. Ids come from one sequence in
    array order, so sorting them restores the order of `rows`.
    """
    if not rows:
        return []
    async with pool.acquire() as conn:
        async with conn.cursor() as cur:
            await cur.execute(_INSERT_MESSAGES, (json.dumps(rows, separators=(",", ":")),))
            return sorted(await cur.fetchall())


async def group_history(pool, group_id, limit=50, after_id=0):
    """Delivered messages of a group after `after_id`, oldest first, at most `limit` (the newest)."""
    rows = await fetch(pool,
                       "SELECT id, client_id, username, delivered AS text, flagged, created_at "
                       "FROM messages WHERE group_id = %s AND id > %s AND delivered IS NOT NULL "
                       "ORDER BY id DESC LIMIT %s", (group_id, after_id, limit))
    return rows[::-1]


async def user_messages(pool, session_id, limit=100):
    return await fetch(pool,
                       "SELECT m.*, g.group_code FROM messages m JOIN chat_groups g ON g.id = m.group_id "
                       "WHERE m.user_session_id = %s ORDER BY m.id DESC LIMIT %s", (session_id, limit))


async def flagged_messages(pool, category=None, pack=None, session_id=None, include_reviewed=False,
                           limit=100, before_id=None):
    """The flag queue, newest first, filtered by hit category / pack / user."""
    where, params = ["m.flagged"], []
    if not include_reviewed:
        where.append("m.reviewed_at IS NULL")
    if category:
        where.append("m.hits @> %s")
        params.append(Json([{"category": category}]))
    if pack:
        where.append("m.hits @> %s")
        params.append(Json([{"pack": pack}]))
    if session_id:
        where.append("m.user_session_id = %s")
        params.append(session_id)
    if before_id:
        where.append("m.id < %s")
        params.append(before_id)
    params.append(limit)
    return await fetch(pool,
                       "SELECT m.*, g.group_code FROM messages m JOIN chat_groups g ON g.id = m.group_id "
                       f"WHERE {' AND '.join(where)} ORDER BY m.id DESC LIMIT %s", params)


async def dismiss_flag(pool, message_id, admin):
    row = await fetch_one(pool,
                          "UPDATE messages SET reviewed_at = now(), reviewed_by = %s "
                          "WHERE id = %s AND flagged RETURNING id, user_session_id", (admin, message_id))
    return row


# --- flags and bans -----------------------------------------------------------------------------

async def add_flags(pool, session_id, count=1):
    """Count `count` more flags for a user; returns the new total."""
    row = await fetch_one(pool,
                          "INSERT INTO user_flags (user_session_id, flag_count, last_flagged_at) "
                          "VALUES (%s, %s, now()) ON CONFLICT (user_session_id) DO UPDATE SET "
                          "flag_count = user_flags.flag_count + EXCLUDED.flag_count, last_flagged_at = now() "
                          "RETURNING flag_count", (session_id, count))
    return row["flag_count"]


async def get_flags(pool, session_id):
    return await fetch_one(pool, "SELECT * FROM user_flags WHERE user_session_id = %s", (session_id,))


async def flag_times(pool, session_id, since):
    """Times of a user's flagged messages since `since`, oldest first (for ban policies)."""
    rows = await fetch(pool,
                       "SELECT created_at, action, hits FROM messages "
                       "WHERE user_session_id = %s AND flagged AND created_at >= %s ORDER BY id",
                       (session_id, since))
    return rows


async def active_ban(pool, session_id):
    return await fetch_one(pool,
                           "SELECT * FROM banned_users WHERE user_session_id = %s AND lifted_at IS NULL "
                           "AND (expires_at IS NULL OR expires_at > now()) ORDER BY banned_at DESC LIMIT 1",
                           (session_id,))


async def insert_ban(pool, session_id, reason, banned_by, expires_at=None):
    async with pool.acquire() as conn:
        async with conn.cursor() as cur:
            async with cur.begin():
                await cur.execute(
                    "INSERT INTO banned_users (user_session_id, reason, banned_by, expires_at) "
                    "VALUES (%s, %s, %s, %s) RETURNING id", (session_id, reason, banned_by, expires_at))
                (ban_id,) = await cur.fetchone()
                await cur.execute(
                    "INSERT INTO user_flags (user_session_id, is_banned) VALUES (%s, true) "
                    "ON CONFLICT (user_session_id) DO UPDATE SET is_banned = true", (session_id,))
    return ban_id


async def lift_bans(pool, session_id, lifted_by, reason):
    """Lift every active ban of a user; returns how many were lifted."""
    async with pool.acquire() as conn:
        async with conn.cursor() as cur:
            async with cur.begin():
                await cur.execute(
                    "UPDATE banned_users SET lifted_at = now(), lifted_by = %s, lift_reason = %s "
                    "WHERE user_session_id = %s AND lifted_at IS NULL", (lifted_by, reason, session_id))
                lifted = cur.rowcount
                await cur.execute("UPDATE user_flags SET is_banned = false WHERE user_session_id = %s",
                                  (session_id,))
    return lifted


async def ban_history(pool, session_id):
    return await fetch(pool, "SELECT * FROM banned_users WHERE user_session_id = %s ORDER BY banned_at DESC",
                       (session_id,))


async def list_bans(pool, active, limit=200):
    cond = ("lifted_at IS NULL AND (expires_at IS NULL OR expires_at > now())" if active
            else "lifted_at IS NOT NULL OR expires_at <= now()")
    return await fetch(pool,
                       "SELECT b.*, s.username FROM banned_users b "
                       "LEFT JOIN anon_sessions s ON s.session_id = b.user_session_id "
                       f"WHERE {cond} ORDER BY b.banned_at DESC LIMIT %s", (limit,))


# --- audit log ----------------------------------------------------------------------------------

async def insert_audit(pool, events):
    """Write audit events (dicts with event, actor, subject, details, created_at) in one statement."""
    if not events:
        return
    params = []
    for e in events:
        params.extend((e["created_at"], e["event"], e.get("actor"), e.get("subject"), Json(e.get("details") or {})))
    await fetch(pool,
                f"INSERT INTO audit_log (created_at, event, actor, subject, details) VALUES {_values(len(events), 5)}",
                params)


async def audit_rows(pool, event=None, actor=None, subject=None, before_id=None, limit=100):
    where, params = ["true"], []
    for column, value in (("event", event), ("actor", actor), ("subject", subject)):
        if value:
            where.append(f"{column} = %s")
            params.append(value)
    if before_id:
        where.append("id < %s")
        params.append(before_id)
    params.append(limit)
    return await fetch(pool, f"SELECT * FROM audit_log WHERE {' AND '.join(where)} ORDER BY id DESC LIMIT %s",
                       params)


# --- admin console ------------------------------------------------------------------------------

async def activity_last_hour(pool):
    """Messages, flags and bans per minute over the last hour: [{ago, messages, flags, bans}], where
    `ago` is whole minutes before now (0 = the last 60 seconds). Minutes with nothing are absent."""
    return await fetch(pool,
                       "SELECT ago, sum(messages)::int AS messages, sum(flags)::int AS flags, "
                       "sum(bans)::int AS bans FROM ("
                       " SELECT floor(extract(epoch FROM now() - created_at) / 60)::int AS ago,"
                       " 1 AS messages, flagged::int AS flags, 0 AS bans"
                       " FROM messages WHERE created_at > now() - interval '1 hour'"
                       " UNION ALL"
                       " SELECT floor(extract(epoch FROM now() - banned_at) / 60)::int, 0, 0, 1"
                       " FROM banned_users WHERE banned_at > now() - interval '1 hour'"
                       ") t GROUP BY ago ORDER BY ago")

