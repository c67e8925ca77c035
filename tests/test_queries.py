"""The storage functions round-trip real rows on a real PostgreSQL."""

from datetime import datetime, timedelta, timezone

import psycopg2
import pytest

from anonchat import db, queries


@pytest.fixture
def pool(io_loop, db_url):
    """An aiopg pool on the test's fresh database, on the loop the test runs on."""
    pool = io_loop.run_sync(lambda: db.create_pool(db_url, 1, 3))
    yield pool
    pool.close()
    io_loop.run_sync(pool.wait_closed)


def msg(group_id, text, session="s1", flagged=False, hits=()):
    return {"write_id": f"w-{group_id}-{text}", "group_id": group_id, "user_session_id": session,
            "username": "QuietOtter1", "content": text, "delivered": None if flagged else text,
            "flagged": flagged, "action": "block" if flagged else "allow", "hits": list(hits),
            "client_id": "c-" + text}


@pytest.mark.gen_test(timeout=30)
async def test_groups_messages_history(pool):
    gid = await queries.create_group(pool, "abc123", 5)
    other = await queries.create_group(pool, "def456", 5)
    hit = {"pack": "email", "category": "email", "rule": "email", "start": 0, "end": 5}
    batch = [msg(gid, "hello 0"), msg(other, "elsewhere"), msg(gid, "hello 1"),
             msg(gid, "secret", flagged=True, hits=[hit]), msg(gid, "hello 2")]
    stored = await queries.insert_messages(pool, batch)
    # Each group numbers its delivered messages 1, 2, 3… in batch order; a blocked one has no number.
    assert [stored[m["write_id"]][1] for m in batch] == [1, 1, 2, None, 3]
    ids = [stored[m["write_id"]][0] for m in batch]
    assert ids == sorted(ids) and all(isinstance(stored[m["write_id"]][2], datetime) for m in batch)
    assert (await queries.insert_messages(pool, [msg(gid, "hello 3")]))["w-%d-hello 3" % gid][1] == 4
    last_seq, history = await queries.group_history(pool, gid, limit=2)
    assert last_seq == 4 and [h["text"] for h in history] == ["hello 2", "hello 3"]  # newest, oldest first
    missed = await queries.group_messages(pool, gid, 2, 3)
    assert [(h["seq"], h["text"]) for h in missed] == [(2, "hello 1"), (3, "hello 2")]
    # A write id is stored once: the retry of a batch whose reply was lost finds it instead.
    assert set(await queries.stored_writes(pool, ["w-%d-hello 3" % gid, "never"])) == {"w-%d-hello 3" % gid}
    with pytest.raises(psycopg2.errors.UniqueViolation):
        await queries.insert_messages(pool, [msg(gid, "hello 3")])
    queue = await queries.flagged_messages(pool, category="email")
    assert [m["content"] for m in queue] == ["secret"] and queue[0]["hits"] == [hit]
    assert await queries.flagged_messages(pool, category="phone") == []
    await queries.dismiss_flag(pool, queue[0]["id"], "alice")
    assert await queries.flagged_messages(pool) == []


@pytest.mark.gen_test(timeout=30)
async def test_sessions_flags_bans_audit(pool):
    await queries.save_session(pool, "sess-1", "BraveOwl7")
    assert (await queries.get_session(pool, "sess-1"))["username"] == "BraveOwl7"
    assert [r["session_id"] for r in await queries.find_sessions(pool, "braveowl")] == ["sess-1"]
    assert await queries.add_flags(pool, "sess-1") == 1
    assert await queries.add_flags(pool, "sess-1", 2) == 3
    until = datetime.now(timezone.utc) + timedelta(minutes=10)
    await queries.insert_ban(pool, "sess-1", "spam", "policy", until)
    ban = await queries.active_ban(pool, "sess-1")
    assert ban["reason"] == "spam" and ban["expires_at"] == until
    assert (await queries.get_flags(pool, "sess-1"))["is_banned"] is True
    assert [b["user_session_id"] for b in await queries.list_bans(pool, active=True)] == ["sess-1"]
    assert await queries.lift_bans(pool, "sess-1", "alice", "appeal accepted") == 1
    assert await queries.active_ban(pool, "sess-1") is None
    past = await queries.ban_history(pool, "sess-1")
    assert past[0]["lifted_by"] == "alice" and past[0]["lift_reason"] == "appeal accepted"
    # An expired ban is not active.
    await queries.insert_ban(pool, "sess-1", "old", "policy", datetime.now(timezone.utc) - timedelta(seconds=1))
    assert await queries.active_ban(pool, "sess-1") is None
    now = datetime.now(timezone.utc)
    await queries.insert_audit(pool, [{"created_at": now, "event": "user.banned", "actor": "alice",
                                       "subject": "sess-1", "details": {"reason": "spam"}}])
    rows = await queries.audit_rows(pool, event="user.banned")
    assert rows[0]["details"] == {"reason": "spam"} and rows[0]["actor"] == "alice"


@pytest.mark.gen_test(timeout=30)
async def test_writer_stores_the_good_rows_of_a_batch_the_database_refuses(pool):
    """One row PostgreSQL cannot take (a NUL in text) fails alone; its batch-mates are stored."""
    from anonchat.chat.writer import MessageWriter

    writer = MessageWriter(pool, retry_s=1)
    writer.start()
    gid = await queries.create_group(pool, "batch1", 5)
    outcome = {}
    for text in ("first", "bad \x00 row", "third"):
        writer.add(msg(gid, text), lambda i, seq, t, text=text: outcome.__setitem__(text, i),
                   lambda e, text=text: outcome.__setitem__(text, e))
    await writer.stop()
    assert isinstance(outcome["first"], int) and isinstance(outcome["third"], int)
    assert "StorageUnavailable" in type(outcome["bad \x00 row"]).__name__
    stored = [r["content"] for r in await queries.fetch(pool, "SELECT content FROM messages ORDER BY id")]
    assert stored == ["first", "third"]
