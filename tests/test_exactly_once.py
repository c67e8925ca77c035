"""Exactly once: a commit whose reply is lost is retried without storing the message twice."""

import asyncio
import logging

import pytest

from anonchat.testing import FaultyProxy, group_of, proxied_url, rows


@pytest.fixture
def proxy(io_loop, db_url):
    """A proxy between the server and its database (set up before the server, so it closes after)."""
    proxy = io_loop.run_sync(FaultyProxy(None).start)
    url, proxy.upstream = proxied_url(db_url, proxy.port)
    proxy.url = url
    yield proxy
    io_loop.run_sync(proxy.close)


@pytest.mark.gen_test(timeout=120)
async def test_lost_commit_replies_store_each_message_once(proxy, make_server, db_url, caplog):
    caplog.set_level(logging.WARNING, "anonchat.writer")
    app, base = await make_server(database={"url": proxy.url}, matching={"max_wait_s": 0.3},
                                  limits={"burst": 1000, "rate_per_s": 1000})
    alice, bob = await group_of(base, 2)
    name = alice.frames[0]["username"]
    # Every third batch INSERT commits, then its reply is lost with the connection.
    proxy.cut_reply_after(b"json_to_recordset", every=3)
    sent = [f"m{i}" for i in range(120)]
    for i, text in enumerate(sent):
        await alice.send(type="message", text=text, id=text)
        if i % 10 == 9:
            await asyncio.sleep(0.02)  # several batches, not one
    acked = {}
    while len(acked) < len(sent):
        frame = await alice.recv(timeout=60)
        assert frame["type"] != "error", frame
        if frame["type"] == "message" and frame["username"] == name:
            acked[frame["client_id"]] = frame["id"]
    got = [(await bob.recv("message", timeout=30))["text"] for _ in sent]

    assert proxy.cuts >= 3, "the proxy must really have lost commit replies"
    assert "database write failed" in caplog.text  # and the writer retried them
    stored = rows(db_url, "SELECT client_id, count(*), min(id) FROM messages GROUP BY client_id")
    assert {c: n for c, n, _ in stored if n > 1} == {}  # no message stored twice
    assert {c: i for c, _, i in stored} == acked  # every acknowledged message, with the id it was acked with
    assert got == sent  # the other member got each once, in order
    seqs = [s for (s,) in rows(db_url, "SELECT seq FROM messages ORDER BY seq")]
    assert seqs == list(range(1, len(sent) + 1))  # the group's numbers have no hole and no repeat
