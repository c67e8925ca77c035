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
    """A connecting session's stored username, active ban and seat, in one round trip (connect
    storms). `seat_group` is the id of the group whose seat the session holds, if any."""
    return await fetch_one(pool,
                           "SELECT s.username, b.reason AS ban_reason, b.expires_at AS ban_until, "
                           "b.id IS NOT NULL AS banned, seat.group_id AS seat_group "
                           "FROM (SELECT %s::text AS sid) x "
                           "LEFT JOIN anon_sessions s ON s.session_id = x.sid "
                           "LEFT JOIN seats seat ON seat.session_id = x.sid "
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

async def create_group(pool, group_code, max_members, interests=()):
    row = await fetch_one(pool,
                          "INSERT INTO chat_groups (group_code, max_members, interests) VALUES (%s, %s, %s) "
                          "RETURNING id", (group_code, max_members, sorted(interests)))
    return row["id"]


# --- seats: who sits in which group, on which node ------------------------------------------------

async def seat(pool, group, seats):
    """Seat users in a group, in one transaction; returns the session ids seated.

    `group` is an existing group's id, or (code, capacity, interests) for a new one, created in
    the same transaction (so no open group is ever without seats). `seats` are
    (session_id, username, node_id). A session that holds a seat already is skipped (no one sits
    in two groups), and no more are seated than the group has free seats, counted under the
    group's row lock (no group over its size). Returns (group id, [session ids seated]).
    """
    async with pool.acquire() as conn:
        async with conn.cursor() as cur:
            async with cur.begin():
                if isinstance(group, tuple):
                    code, capacity, interests = group
                    await cur.execute("INSERT INTO chat_groups (group_code, max_members, interests) "
                                      "VALUES (%s, %s, %s) RETURNING id", (code, capacity, sorted(interests)))
                    (group_id,) = await cur.fetchone()
                    free = capacity
                else:
                    group_id = group
                    await cur.execute("SELECT max_members - (SELECT count(*) FROM seats WHERE group_id = g.id) "
                                      "FROM chat_groups g WHERE id = %s AND closed_at IS NULL FOR UPDATE",
                                      (group_id,))
                    row = await cur.fetchone()
                    free = row[0] if row else 0
                if free <= 0:
                    return group_id, []
                await cur.execute("INSERT INTO seats (session_id, group_id, username, node_id) "
                                  "SELECT sid, %s, name, node FROM unnest(%s::text[], %s::text[], %s::text[]) "
                                  "AS u(sid, name, node) LIMIT %s ON CONFLICT (session_id) DO NOTHING "
                                  "RETURNING session_id",
                                  (group_id, [s[0] for s in seats], [s[1] for s in seats], [s[2] for s in seats],
                                   free))
                return group_id, [r[0] for r in await cur.fetchall()]


async def open_groups(pool):
    """Live groups with free seats: [{id, code, capacity, size, interests, members, names}]
    (`names[i]` is the username of `members[i]`)."""
    return await fetch(pool,
                       "SELECT g.id, g.group_code AS code, g.max_members AS capacity, g.interests, "
                       "count(*)::int AS size, array_agg(s.session_id ORDER BY s.session_id) AS members, "
                       "array_agg(s.username ORDER BY s.session_id) AS names "
                       "FROM chat_groups g JOIN seats s ON s.group_id = g.id "
                       "WHERE g.closed_at IS NULL GROUP BY g.id HAVING count(*) < g.max_members")


async def group_by_id(pool, group_id):
    return await fetch_one(pool, "SELECT id, group_code AS code, max_members AS capacity FROM chat_groups "
                                 "WHERE id = %s", (group_id,))


async def roster(pool, group_id):
    """Everyone seated in a group, on any node: [(session_id, username, node_id)]."""
    async with pool.acquire() as conn:
        async with conn.cursor() as cur:
            await cur.execute("SELECT session_id, username, node_id FROM seats WHERE group_id = %s", (group_id,))
            return await cur.fetchall()


async def claim_seat(pool, session_id, node_id):
    """A seated session connects to `node_id`: its seat moves there and its grace stops.
    Returns the group's id, or None when the seat is gone (grace over, or never seated)."""
    row = await fetch_one(pool, "UPDATE seats SET node_id = %s, disconnected_at = NULL WHERE session_id = %s "
                                "RETURNING group_id", (node_id, session_id))
    return row and row["group_id"]


async def disconnect_seat(pool, session_id, node_id):
    """The socket of a seated session dropped: its grace starts (if the seat is still this node's)."""
    await fetch(pool, "UPDATE seats SET disconnected_at = now() WHERE session_id = %s AND node_id = %s",
                (session_id, node_id))


async def leave_seat(pool, session_id, group_id, node_id=None):
    """Free a seat (a leave, a ban, a grace that ran out). With `node_id`, only a seat that is
    still that node's and still disconnected (the user did not come back elsewhere). Closes the
    group when it was the last seat. Returns True when a seat was freed."""
    async with pool.acquire() as conn:
        async with conn.cursor() as cur:
            async with cur.begin():
                if node_id is None:
                    await cur.execute("DELETE FROM seats WHERE session_id = %s AND group_id = %s",
                                      (session_id, group_id))
                else:
                    await cur.execute("DELETE FROM seats WHERE session_id = %s AND group_id = %s AND node_id = %s "
                                      "AND disconnected_at IS NOT NULL", (session_id, group_id, node_id))
                freed = cur.rowcount > 0
                if freed:
                    await _close_empty(cur, [group_id])
    return freed


async def _close_empty(cur, group_ids):
    await cur.execute("UPDATE chat_groups g SET closed_at = now() WHERE id = ANY(%s) AND closed_at IS NULL "
                      "AND NOT EXISTS (SELECT 1 FROM seats WHERE group_id = g.id)", (list(group_ids),))


async def sweep_seats(pool, alive_nodes, grace_s):
    """The leader's sweep: seats on nodes that stopped (no heartbeat) start their grace; those
    whose grace has run out are freed and their groups closed when empty; groups left open with
    no seat (a crash) are closed. Returns the freed seats: [(session_id, username, group_id, code)]."""
    async with pool.acquire() as conn:
        async with conn.cursor() as cur:
            async with cur.begin():
                await cur.execute("UPDATE seats SET disconnected_at = now() "
                                  "WHERE node_id <> ALL(%s) AND disconnected_at IS NULL", (list(alive_nodes),))
                await cur.execute("DELETE FROM seats s USING chat_groups g WHERE g.id = s.group_id "
                                  "AND s.node_id <> ALL(%s) AND s.disconnected_at < now() - %s * interval '1 second' "
                                  "RETURNING s.session_id, s.username, g.id, g.group_code",
                                  (list(alive_nodes), grace_s))
                freed = await cur.fetchall()
                await cur.execute("UPDATE chat_groups g SET closed_at = now() WHERE closed_at IS NULL "
                                  "AND NOT EXISTS (SELECT 1 FROM seats WHERE group_id = g.id)")
    return freed


async def node_left(pool, node_id):
    """A node stops: its seats start their grace, so their users can come back through any node."""
    await fetch(pool, "UPDATE seats SET disconnected_at = now() WHERE node_id = %s AND disconnected_at IS NULL",
                (node_id,))


async def close_group(pool, group_id):
    await fetch(pool, "UPDATE chat_groups SET closed_at = now() WHERE id = %s AND closed_at IS NULL", (group_id,))


MESSAGE_COLUMNS = ("write_id", "group_id", "user_session_id", "username", "content", "delivered",
                   "flagged", "action", "hits", "client_id")
_MESSAGE_TYPES = ("text", "bigint", "text", "text", "text", "text", "boolean", "text", "jsonb", "text")
_COLUMNS = ", ".join(MESSAGE_COLUMNS)
# One statement stores a batch and numbers it: each delivered row takes the next number of its
# group (docs/scaling.md). The groups' rows are locked in id order before the counters move, so two
# nodes writing to the same groups wait for each other instead of deadlocking.
_INSERT_MESSAGES = f"""
WITH m AS (SELECT * FROM ROWS FROM (json_to_recordset(%s) AS (
               {", ".join(f"{c} {t}" for c, t in zip(MESSAGE_COLUMNS, _MESSAGE_TYPES))}))
           WITH ORDINALITY AS m({_COLUMNS}, n)),
     k AS (SELECT group_id, count(*) AS k FROM m WHERE delivered IS NOT NULL GROUP BY group_id),
     locked AS (SELECT id FROM chat_groups WHERE id IN (SELECT group_id FROM k) ORDER BY id FOR UPDATE),
     g AS (UPDATE chat_groups c SET last_seq = c.last_seq + k.k FROM k
           WHERE c.id = k.group_id AND c.id IN (SELECT id FROM locked) RETURNING c.id, c.last_seq, k.k),
     s AS (SELECT m.*, CASE WHEN m.delivered IS NULL THEN NULL ELSE
                  g.last_seq - g.k + row_number() OVER (PARTITION BY m.group_id, m.delivered IS NULL ORDER BY m.n)
                  END AS seq
           FROM m LEFT JOIN g ON g.id = m.group_id)
INSERT INTO messages ({_COLUMNS}, seq) SELECT {_COLUMNS}, seq FROM s ORDER BY n
RETURNING write_id, id, seq, created_at"""


async def insert_messages(pool, rows, sending=None):
    """Insert many messages in one statement (group commit); returns {write_id: (id, seq, created_at)}.

    `rows` are dicts with MESSAGE_COLUMNS (`hits` a JSON-able list, `write_id` unique per message).
    `sending()` is called once a connection is in hand, just before the statement goes out: from
    then on the rows may be committed, whatever reply comes back. The whole batch is one bound JSON
    parameter: json.dumps is C-fast, where adapting ten parameters a row costs the server ~14 µs a
    row; PostgreSQL unpacks it with json_to_recordset.
    """
    if not rows:
        return {}
    async with pool.acquire() as conn:
        async with conn.cursor() as cur:
            if sending is not None:
                sending()
            await cur.execute(_INSERT_MESSAGES, (json.dumps(rows, separators=(",", ":")),))
            return {w: (i, s, c) for w, i, s, c in await cur.fetchall()}


async def stored_writes(pool, write_ids):
    """Which of `write_ids` are stored already: {write_id: (id, seq, created_at)}. A retry asks
    this first, because a lost reply does not mean a lost commit."""
    async with pool.acquire() as conn:
        async with conn.cursor() as cur:
            await cur.execute("SELECT write_id, id, seq, created_at FROM messages WHERE write_id = ANY(%s)",
                              (list(write_ids),))
            return {w: (i, s, c) for w, i, s, c in await cur.fetchall()}


async def group_history(pool, group_id, limit=50, last_seq=None):
    """A group's delivered messages up to number `last_seq` (default: the last stored), oldest
    first, at most `limit` (the newest), and that number: what a member sees on joining, and
    where this node's delivery cursor for the group starts."""
    async with pool.acquire() as conn:
        async with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            if last_seq is None:
                await cur.execute("SELECT last_seq FROM chat_groups WHERE id = %s", (group_id,))
                last_seq = (await cur.fetchone())["last_seq"]
            await cur.execute(f"SELECT {_HISTORY} FROM messages WHERE group_id = %s AND seq IS NOT NULL "
                              "AND seq <= %s ORDER BY seq DESC LIMIT %s", (group_id, last_seq, limit))
            return last_seq, [dict(r) for r in await cur.fetchall()][::-1]


_HISTORY = "id, seq, client_id, username, delivered AS text, flagged, created_at"


async def last_seqs(pool, group_ids):
    """{group id: its last message number}: how far each group has got, in one query."""
    async with pool.acquire() as conn:
        async with conn.cursor() as cur:
            await cur.execute("SELECT id, last_seq FROM chat_groups WHERE id = ANY(%s)", (list(group_ids),))
            return dict(await cur.fetchall())


async def group_messages(pool, group_id, first_seq, last_seq):
    """A group's delivered messages numbered `first_seq`..`last_seq`: what a node missed on the bus."""
    return await fetch(pool, f"SELECT {_HISTORY} FROM messages WHERE group_id = %s AND seq BETWEEN %s AND %s "
                              "ORDER BY seq", (group_id, first_seq, last_seq))


async def user_messages(pool, session_id, limit=100):
    return await fetch(pool,
                       "SELECT m.*, g.group_code FROM messages m JOIN chat_groups g ON g.id = m.group_id "
                       "WHERE m.user_session_id = %s ORDER BY m.id DESC LIMIT %s", (session_id, limit))


async def flagged_messages(pool, category=None, pack=None, session_id=None, include_reviewed=False,
                           limit=100, before_id=None, reported=False):
    """The flag queue, newest first: flagged messages and those members reported, filtered by hit
    category / pack / user, or only the reported ones. Each row has `report_reasons` (one reason
    per report) and `user_banned` (the sender has an active ban)."""
    where, params = ["m.report_count > 0" if reported else "(m.flagged OR m.report_count > 0)"], []
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
                       "SELECT m.*, g.group_code, "
                       "ARRAY(SELECT reason FROM reports r WHERE r.message_id = m.id ORDER BY r.id) AS report_reasons, "
                       "EXISTS (SELECT 1 FROM banned_users b WHERE b.user_session_id = m.user_session_id "
                       "  AND b.lifted_at IS NULL AND (b.expires_at IS NULL OR b.expires_at > now())) AS user_banned "
                       "FROM messages m JOIN chat_groups g ON g.id = m.group_id "
                       f"WHERE {' AND '.join(where)} ORDER BY m.id DESC LIMIT %s", params)


async def dismiss_flag(pool, message_id, admin):
    row = await fetch_one(pool,
                          "UPDATE messages SET reviewed_at = now(), reviewed_by = %s "
                          "WHERE id = %s AND (flagged OR report_count > 0) RETURNING id, user_session_id",
                          (admin, message_id))
    return row


# --- reports and blocks -------------------------------------------------------------------------

async def report_message(pool, message_id, group_id, reporter, reason, block_until=None):
    """A member reports a message of their group, in one transaction. Returns (outcome, the
    sender's session id): outcome "reported", or the refusal: "not_in_group" (no such message
    delivered in group `group_id`), "own_message" or "already_reported". A report reopens a
    message an admin dismissed. With `block_until`, the reporter is also kept apart from the
    sender until then (a later block extends an earlier one, never shortens it)."""
    async with pool.acquire() as conn:
        async with conn.cursor() as cur:
            async with cur.begin():
                await cur.execute("SELECT user_session_id FROM messages WHERE id = %s AND group_id = %s "
                                  "AND seq IS NOT NULL", (message_id, group_id))
                row = await cur.fetchone()
                if row is None:
                    return "not_in_group", None
                sender = row[0]
                if sender == reporter:
                    return "own_message", sender
                await cur.execute("INSERT INTO reports (message_id, reporter_session_id, reason) VALUES (%s, %s, %s) "
                                  "ON CONFLICT (message_id, reporter_session_id) DO NOTHING RETURNING id",
                                  (message_id, reporter, reason))
                if await cur.fetchone() is None:
                    return "already_reported", sender
                await cur.execute("UPDATE messages SET report_count = report_count + 1, reviewed_at = NULL, "
                                  "reviewed_by = NULL WHERE id = %s", (message_id,))
                if block_until is not None:
                    await cur.execute("INSERT INTO blocks (blocker_session_id, blocked_session_id, until) "
                                      "VALUES (%s, %s, %s) ON CONFLICT (blocker_session_id, blocked_session_id) "
                                      "DO UPDATE SET until = greatest(blocks.until, EXCLUDED.until)",
                                      (reporter, sender, block_until))
    return "reported", sender


async def blocked_pairs(pool, session_ids):
    """Live blocks among `session_ids`: a set of frozenset({a, b}), whichever of the two asked."""
    async with pool.acquire() as conn:
        async with conn.cursor() as cur:
            await cur.execute("SELECT blocker_session_id, blocked_session_id FROM blocks WHERE until > now() "
                              "AND blocker_session_id = ANY(%s) AND blocked_session_id = ANY(%s)",
                              (list(session_ids), list(session_ids)))
            return {frozenset(pair) for pair in await cur.fetchall()}


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


async def live_groups(pool):
    """How many groups are open, on every node (the dashboard's figure)."""
    return (await fetch_one(pool, "SELECT count(*)::int AS n FROM chat_groups WHERE closed_at IS NULL"))["n"]


# --- data retention (anonchat/retention.py) -----------------------------------------------------

# Any fixed number: one purge at a time across the processes of one database (the nodes of a
# cluster, `anonchat purge`), so two never fight over the same rows.
_PURGE_LOCK = 0x70757267

# A purged message keeps its row: its number (`seq`), group, sender, action, flag and review, and
# the pack, rule, category and span of each hit, so flag queues, ban policies and histories still
# add up. It loses what was written: `content`, `delivered` (NULL stays NULL: blocked, never
# shown) and the text each hit matched. Oldest first along `messages_created_at`, `limit` rows a
# statement: each statement locks only those rows, and only for as long as it runs.
_PURGE_BATCH = """
WITH batch AS (
    SELECT id FROM messages
    WHERE created_at >= %(since)s AND created_at < %(before)s AND content <> ''
    ORDER BY created_at LIMIT %(limit)s)
UPDATE messages m SET
    content = '',
    delivered = CASE WHEN m.delivered IS NULL THEN NULL ELSE '' END,
    hits = (SELECT coalesce(jsonb_agg(e.hit - 'matched' ORDER BY e.n), '[]'::jsonb)
            FROM jsonb_array_elements(m.hits) WITH ORDINALITY AS e(hit, n))
FROM batch WHERE m.id = batch.id"""


async def purge_messages(pool, days, since=None, limit=1000, dry_run=False, wait=True):
    """Blank the text of messages older than `days` days (and not older than `since`, a time every
    earlier message was purged by), `limit` rows a statement. Returns (count, cutoff): how many
    were blanked (or would be, with `dry_run`) and the time they were older than, by the database's
    clock; or (None, cutoff) when another process is purging and `wait` is false."""
    async with pool.acquire() as conn:
        async with conn.cursor() as cur:
            await cur.execute("SELECT now() - %s * interval '1 day'", (days,))
            (cutoff,) = await cur.fetchone()
            params = {"since": since or "-infinity", "before": cutoff, "limit": limit}
            if dry_run:
                await cur.execute("SELECT count(*) FROM messages WHERE created_at >= %(since)s "
                                  "AND created_at < %(before)s AND content <> ''", params)
                return (await cur.fetchone())[0], cutoff
            await cur.execute(f"SELECT {'pg_advisory_lock' if wait else 'pg_try_advisory_lock'}(%s)",
                              (_PURGE_LOCK,))
            if not wait and not (await cur.fetchone())[0]:
                return None, cutoff
            total, done = 0, False
            try:
                while not done:
                    await cur.execute(_PURGE_BATCH, params)
                    total += cur.rowcount
                    done = cur.rowcount < limit
            except BaseException:
                conn.close()  # an error, or cancelled mid-statement: the session ends, and its lock
                raise
            await cur.execute("SELECT pg_advisory_unlock(%s)", (_PURGE_LOCK,))
            return total, cutoff


async def recent_messages(pool, limit):
    """The newest `limit` stored messages, newest first, with what a rule-pack preview shows:
    id, when, who, group and the text as typed (blocked messages included)."""
    return await fetch(pool,
                       "SELECT m.id, m.created_at, m.username, m.content, m.action, g.group_code "
                       "FROM messages m JOIN chat_groups g ON g.id = m.group_id ORDER BY m.id DESC LIMIT %s",
                       (limit,))
