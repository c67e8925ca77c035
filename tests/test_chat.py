"""The chat protocol, end to end: real WebSocket clients, a real server, a real PostgreSQL."""

import asyncio
import json

import psycopg2
import pytest

from anonchat.testing import ChatClient, connect, group_of, join_group, pack_yaml, rows, write_packs

PACKS = {
    "blockers.yaml": pack_yaml("blockers", "spam", "block", ["blockme"], "high"),
    "maskers.yaml": pack_yaml("maskers", "profanity", "mask", ["darn"], "low"),
    "flaggers.yaml": pack_yaml("flaggers", "drugs", "flag", ["flagme"]),
}


@pytest.fixture
def packs(tmp_path):
    return write_packs(tmp_path / "packs", PACKS)


@pytest.fixture
def chat(make_server, packs):
    """A server with the test packs; keyword sections override config."""
    def start(**sections):
        sections.setdefault("rulepacks", {"directory": str(packs), "reload_interval_s": 0.2})
        # Small groups form after half a second, so tests need not bring five users each.
        sections.setdefault("matching", {"max_wait_s": 0.5})
        return make_server(**sections)
    return start


async def clients(url, n):
    return [await ChatClient.connect(url) for _ in range(n)]


@pytest.mark.gen_test(timeout=60)
async def test_ten_clients_make_two_groups_and_messages_reach_exactly_the_group(chat):
    app, url = await chat(matching={"max_wait_s": 60})
    cs = await clients(url, 10)
    names = [(await c.recv("welcome"))["username"] for c in cs]
    assert len(set(names)) == 10
    matched = await join_group(cs)
    groups = {}
    for c, m in zip(cs, matched):
        assert len(m["members"]) == 5
        groups.setdefault(m["group"], []).append(c)
    assert sorted(len(g) for g in groups.values()) == [5, 5]
    first, second = groups.values()
    await first[0].send(type="message", text="hello group", id="c1")
    ack = await first[0].recv("message")
    assert ack["client_id"] == "c1" and ack["text"] == "hello group" and ack["flagged"] is False
    for other in first[1:]:
        got = await other.recv("message")
        assert (got["text"], got["username"], got["id"]) == ("hello group", ack["username"], ack["id"])
    for outsider in second:
        await outsider.nothing("message")
    stored = rows(app.config.database.url, "SELECT content, flagged FROM messages")
    assert stored == [("hello group", False)]


@pytest.mark.gen_test(timeout=60)
async def test_join_and_leave_notices(chat):
    app, url = await chat(matching={"max_wait_s": 60})
    cs = await group_of(url, 5)
    leaver_name = (cs[4].frames[0])["username"]
    await cs[4].send(type="leave")
    await cs[4].recv("left")
    for c in cs[:4]:
        left = await c.recv("member_left")
        assert left["username"] == leaver_name and leaver_name not in left["members"]
    newcomer = (await clients(url, 1))[0]
    welcome = await newcomer.recv("welcome")
    await newcomer.send(type="join")
    matched = await newcomer.recv("matched")  # the open seat is refilled from the queue
    assert len(matched["members"]) == 5
    for c in cs[:4]:
        joined = await c.recv("member_joined")
        assert joined["username"] == welcome["username"]


@pytest.mark.gen_test(timeout=60)
async def test_blocked_message_reaches_nobody_and_is_stored_flagged(chat):
    app, url = await chat()
    cs = await group_of(url, 3)
    await cs[0].send(type="message", text="please blockme now", id="b1")
    rejected = await cs[0].recv("rejected")
    assert rejected == {"type": "rejected", "client_id": "b1", "reason": "moderation", "categories": ["spam"],
                        "rules": [{"pack": "blockers", "category": "spam", "action": "block"}]}
    for c in cs[1:]:
        await c.nothing("message")
    (content, delivered, flagged, action, hits), = rows(
        app.config.database.url, "SELECT content, delivered, flagged, action, hits FROM messages")
    assert (content, delivered, flagged, action) == ("please blockme now", None, True, "block")
    assert hits[0]["pack"] == "blockers" and hits[0]["matched"] == "blockme"


@pytest.mark.gen_test(timeout=60)
async def test_masked_and_flagged_messages_are_delivered(chat):
    app, url = await chat()
    cs = await group_of(url, 2)
    await cs[0].send(type="message", text="well darn it", id="m1")
    got = await cs[1].recv("message")
    assert got["text"] == "well **** it" and got["flagged"] is True
    await cs[0].send(type="message", text="flagme please", id="m2")
    got = await cs[1].recv("message")
    assert got["text"] == "flagme please" and got["flagged"] is True
    assert [r[0] for r in rows(app.config.database.url, "SELECT action FROM messages ORDER BY id")] == ["mask", "flag"]


@pytest.mark.gen_test(timeout=60)
async def test_rate_limit_and_length_and_empty(chat):
    app, url = await chat(limits={"burst": 3, "rate_per_s": 0.2, "max_message_chars": 20})
    cs = await group_of(url, 2)
    await cs[0].send(type="message", text="x" * 21, id="long")
    assert (await cs[0].recv("rejected"))["reason"] == "too_long"
    await cs[0].send(type="message", text="   ", id="empty")
    assert (await cs[0].recv("rejected"))["reason"] == "empty"
    for i in range(3):
        await cs[0].send(type="message", text=f"m{i}", id=f"r{i}")
        assert (await cs[0].recv("message"))["client_id"] == f"r{i}"
    await cs[0].send(type="message", text="one too many", id="r3")
    rejected = await cs[0].recv("rejected")
    assert rejected["reason"] == "rate_limited" and rejected["client_id"] == "r3"
    assert [(await cs[1].recv("message"))["text"] for _ in range(3)] == ["m0", "m1", "m2"]
    await cs[1].nothing("message")


@pytest.mark.gen_test(timeout=60)
async def test_not_in_group(chat):
    app, url = await chat()
    (c,) = await clients(url, 1)
    assert (await c.recv("welcome"))["group"] is None
    await c.send(type="message", text="anyone?", id="x")
    assert (await c.recv("rejected"))["reason"] == "not_in_group"
    await c.send(type="join")
    await c.recv("waiting")
    await c.send(type="leave")  # leaving the queue is answered too
    await c.recv("left")
    assert not app.hub.waiting


@pytest.mark.gen_test(timeout=60)
async def test_malformed_frames_get_errors_and_break_nothing(chat):
    app, url = await chat(limits={"max_frame_bytes": 2000})
    cs = await group_of(url, 2)
    bad = [
        ("not json at all", False, "bad_json"),
        (json.dumps([1, 2]), False, "bad_frame"),
        (json.dumps({"type": "dance"}), False, "unknown_type"),
        (json.dumps({"type": "message", "text": 42}), False, "bad_field"),
        (json.dumps({"type": "message"}), False, "bad_field"),
        (json.dumps({"type": "join", "interests": "music"}), False, "bad_field"),
        (b"\x00\x01binary", True, "binary_frame"),
        (json.dumps({"type": "message", "text": "y" * 3000}), False, "frame_too_large"),
        (json.dumps({"type": "message", "text": "nul \u0000 inside"}), False, "bad_field"),
        ('{"type": "message", "text": "half \\ud800 a pair"}', False, "bad_field"),
    ]
    for data, binary, code in bad:
        await cs[0].send_raw(data, binary=binary)
        error = await cs[0].recv("error")
        assert error["code"] == code and error["message"], (data, error)
    await cs[0].send(type="message", text="still here", id="ok")
    assert (await cs[1].recv("message"))["text"] == "still here"
    assert (await cs[0].recv("message"))["client_id"] == "ok"


@pytest.mark.gen_test(timeout=60)
async def test_ban_on_live_socket_and_on_reconnect(chat):
    app, url = await chat(ban_policy={"threshold": 2})
    cs = await group_of(url, 3)
    await cs[0].send(type="message", text="flagme one", id="f1")
    warning = await cs[0].recv("warning")
    assert "banned" in warning["reason"]
    await cs[0].send(type="message", text="flagme two", id="f2")
    banned = await cs[0].recv("banned")
    assert banned["reason"] and banned["until"]
    assert await cs[0].wait_closed() == 1008
    for c in cs[1:]:
        assert (await c.recv("member_left"))["username"] == cs[0].frames[0]["username"]
    again = await ChatClient.connect(url, cookie=cs[0].cookie)
    assert (await again.recv("banned"))["reason"] == banned["reason"]
    assert await again.wait_closed() == 1008
    (reason, banned_by), = rows(app.config.database.url, "SELECT reason, banned_by FROM banned_users")
    assert banned_by == "policy:threshold_ban_policy"  # names the deciding plugin
    await app.audit.flush()
    events = [r[0] for r in rows(app.config.database.url, "SELECT event FROM audit_log ORDER BY id")]
    assert events.count("message.flagged") == 2 and "user.banned" in events
    # Lifting the ban lets the same anonymous user back in.
    await app.hub.unban(banned_sid := rows(app.config.database.url, "SELECT user_session_id FROM banned_users")[0][0],
                        "alice", "appeal")
    back = await ChatClient.connect(url, cookie=cs[0].cookie)
    assert (await back.recv("welcome"))["username"] == cs[0].frames[0]["username"]
    assert banned_sid


@pytest.mark.gen_test(timeout=60)
async def test_reconnect_within_grace_restores_group_and_missed_messages(chat):
    app, url = await chat(limits={"reconnect_grace_s": 5})
    cs = await group_of(url, 3)
    name = cs[0].frames[0]["username"]
    group = cs[0].frames[-1]["group"]
    cs[0].close()
    await asyncio.sleep(0.2)
    await cs[1].send(type="message", text="said while you were away", id="w")
    await cs[1].recv("message")
    back = await ChatClient.connect(url, cookie=cs[0].cookie)
    welcome = await back.recv("welcome")
    assert welcome["username"] == name and welcome["group"] == group  # a resumed `matched` follows
    matched = await back.recv("matched")
    assert matched["group"] == group and matched["resumed"] is True and name in matched["members"]
    assert [m["text"] for m in matched["history"]] == ["said while you were away"]
    for c in cs[1:]:
        await c.nothing("member_left")
    await back.send(type="message", text="I'm back", id="b")
    assert (await cs[2].recv("message"))["text"] == "I'm back"


@pytest.mark.gen_test(timeout=60)
async def test_grace_expiry_frees_the_seat(chat):
    app, url = await chat(limits={"reconnect_grace_s": 0.3})
    cs = await group_of(url, 3)
    cs[0].close()
    left = await cs[1].recv("member_left", timeout=5)
    assert left["username"] == cs[0].frames[0]["username"]


@pytest.mark.gen_test(timeout=60)
async def test_small_group_after_max_wait(chat):
    app, url = await chat(matching={"max_wait_s": 0.5, "min_size": 2})
    cs = await clients(url, 2)
    for c in cs:
        await c.recv("welcome")
        await c.send(type="join")
        await c.recv("waiting")
    matched = [await c.recv("matched", timeout=5) for c in cs]
    assert len(matched[0]["members"]) == 2 and matched[0]["group"] == matched[1]["group"]


@pytest.mark.gen_test(timeout=90)
async def test_nothing_acknowledged_is_lost_when_the_server_stops(chat):
    """Stop the server while five users are sending: every acknowledgement anyone received is a
    stored row, and the INSERTs were batched."""
    app, url = await chat(limits={"burst": 1000, "rate_per_s": 1000})
    cs = await group_of(url, 5)
    names = [c.frames[0]["username"] for c in cs]
    for i in range(100):
        for j, c in enumerate(cs):
            await c.send(type="message", text=f"msg {i} from {j}", id=f"{j}-{i}")
    acked = set()
    while len(acked) < 50:
        f = await cs[0].recv("message", timeout=20)
        if f["username"] == names[0]:
            acked.add(f["id"])
    await app.stop()  # mid-stream: some messages are pending, some not yet read
    app.stop = lambda: asyncio.sleep(0)  # already stopped; the fixture must not stop it twice
    for c, name in zip(cs, names):
        try:
            while True:
                f = await c.recv("message", timeout=5)
                if f["username"] == name:
                    acked.add(f["id"])
        except AssertionError:
            pass  # closed by the shutdown
    stored = {r[0] for r in rows(app.config.database.url, "SELECT id FROM messages")}
    assert len(acked) >= 50 and acked <= stored
    assert app.hub.writer.batches < len(stored) / 3  # group commit: far fewer INSERTs than messages


@pytest.mark.gen_test(timeout=90)
async def test_database_outage_mid_chat_loses_nothing(chat, caplog):
    """Dropped connections and a database that refuses writes for a while: the writer retries,
    acknowledgements wait for the commit, chat goes on, and every acknowledged message is stored."""
    app, url = await chat(limits={"burst": 100, "rate_per_s": 100})
    cs = await group_of(url, 2)
    db_url = app.config.database.url

    async def send_batch(start):
        for i in range(start, start + 10):
            await cs[0].send(type="message", text=f"n{i}", id=str(i))

    async def acks(n):
        return [(await cs[0].recv("message", timeout=30))["id"] for _ in range(n)]

    await send_batch(0)
    acked = await acks(10)
    killed = rows(db_url, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                          "WHERE datname = current_database() AND pid <> pg_backend_pid()")
    assert killed, "the pool had connections to kill"
    await send_batch(10)
    acked += await acks(10)

    # An outage mid-write: a lock holds the writer's INSERT, then its connection is killed.
    locker = await asyncio.get_running_loop().run_in_executor(None, psycopg2.connect, db_url)
    locker.cursor().execute("LOCK TABLE messages IN ACCESS EXCLUSIVE MODE")
    await send_batch(20)
    await cs[0].nothing("message", wait=0.5)  # no acknowledgement before the commit
    # (The batch is inlined near the start of the statement: pg_stat_activity's copy of a long
    # one ends before its INSERT.)
    killed = rows(db_url, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() "
                          "AND state = 'active' AND pid <> pg_backend_pid() AND query LIKE '%%json_to_recordset%%'")
    assert killed, "the writer's INSERT was waiting on the lock"
    locker.rollback()
    locker.close()
    acked += await acks(10)

    assert [(await cs[1].recv("message"))["text"] for _ in range(30)] == [f"n{i}" for i in range(30)]
    stored = {r[0] for r in rows(db_url, "SELECT id FROM messages")}
    assert len(set(acked)) == 30 and set(acked) <= stored
    assert "database write failed" in caplog.text  # the retry path was really taken


class RawSocket:
    """A WebSocket client written by hand, so the test decides how frames are cut into TCP writes
    (the server reads whatever has arrived and parses frames out of it)."""

    def __init__(self, reader, writer):
        self.reader, self.writer = reader, writer

    @classmethod
    async def connect(cls, url):
        host, port = url.removeprefix("http://").split(":")
        reader, writer = await asyncio.open_connection(host, int(port))
        writer.write(f"GET /ws HTTP/1.1\r\nHost: {host}:{port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                     "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n".encode())
        head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)
        assert head.startswith(b"HTTP/1.1 101"), head
        return cls(reader, writer)

    @staticmethod
    def frame(payload, opcode=0x1, fin=True, length=None):
        """A masked client frame; `length` overrides the length the header announces."""
        payload = payload.encode() if isinstance(payload, str) else payload
        n = len(payload) if length is None else length
        head = bytes([(0x80 if fin else 0) | opcode])
        if n < 126:
            head += bytes([0x80 | n])
        elif n < 65536:
            head += bytes([0x80 | 126]) + n.to_bytes(2, "big")
        else:
            head += bytes([0x80 | 127]) + n.to_bytes(8, "big")
        mask = b"\x01\x02\x03\x04"
        return head + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload))

    async def recv(self, timeout=5.0):
        """(opcode, payload) of the next server frame."""
        head = await asyncio.wait_for(self.reader.readexactly(2), timeout)
        n = head[1] & 0x7F
        if n == 126:
            n = int.from_bytes(await self.reader.readexactly(2), "big")
        elif n == 127:
            n = int.from_bytes(await self.reader.readexactly(8), "big")
        return head[0] & 0x0F, await asyncio.wait_for(self.reader.readexactly(n), timeout)

    async def recv_json(self, kind):
        for _ in range(20):
            opcode, payload = await self.recv()
            if opcode == 0x1 and json.loads(payload)["type"] == kind:
                return json.loads(payload)
        raise AssertionError(f"no {kind}")


@pytest.mark.gen_test(timeout=60)
async def test_frames_are_read_however_tcp_cuts_them(chat):
    """Several frames in one write, one frame a byte at a time, a fragmented message, a ping
    between fragments: each is the same protocol to the server."""
    app, url = await chat(limits={"max_frame_bytes": 2000})
    raw = await RawSocket.connect(url)
    assert (await raw.recv_json("welcome"))["username"]
    # Two frames and a ping in one TCP write: both answered, in order, and the ping ponged.
    raw.writer.write(RawSocket.frame(json.dumps({"type": "dance"})) + RawSocket.frame("{nope")
                     + RawSocket.frame(b"are you there", opcode=0x9))
    assert (await raw.recv_json("error"))["code"] == "unknown_type"
    assert (await raw.recv_json("error"))["code"] == "bad_json"
    assert await raw.recv() == (0xA, b"are you there")
    # One frame a byte at a time.
    for byte in RawSocket.frame(json.dumps({"type": "waltz"})):
        raw.writer.write(bytes([byte]))
        await raw.writer.drain()
        await asyncio.sleep(0.002)
    assert (await raw.recv_json("error"))["code"] == "unknown_type"
    # A message in two fragments with a ping between them is one message.
    raw.writer.write(RawSocket.frame('{"type": "sa', fin=False) + RawSocket.frame(b"x", opcode=0x9)
                     + RawSocket.frame('mba"}', opcode=0x0))
    assert await raw.recv() == (0xA, b"x")
    assert (await raw.recv_json("error"))["message"].find("samba") >= 0
    # A frame announcing more than the limit closes the connection with 1009, before its payload.
    raw.writer.write(RawSocket.frame(b"", length=10_000_000)[:14])
    opcode, payload = await raw.recv()
    assert opcode == 0x8 and int.from_bytes(payload[:2], "big") == 1009
    raw.writer.close()
    # The server is fine: a normal client still chats.
    cs = await group_of(url, 2)
    await cs[0].send(type="message", text="after all that", id="1")
    assert (await cs[1].recv("message"))["text"] == "after all that"


@pytest.mark.gen_test(timeout=60)
async def test_groups_left_open_by_a_crash_are_closed_after_start_up(chat, db_url):
    """A server killed mid-chat leaves its groups open and its seats taken. The next start frees
    the seats once nobody came back for them within the grace, and closes the groups."""
    (empty,), = rows(db_url, "INSERT INTO chat_groups (group_code, max_members) VALUES ('crashed1', 5) RETURNING id")
    (seated,), = rows(db_url, "INSERT INTO chat_groups (group_code, max_members) VALUES ('crashed2', 5) RETURNING id")
    rows(db_url, "INSERT INTO seats (session_id, group_id, username, node_id) VALUES ('gone', %s, 'GoneOwl1', "
                 "'a-node-that-died')", (seated,))
    app, url = await chat(limits={"reconnect_grace_s": 0.5})
    deadline = asyncio.get_running_loop().time() + 10
    while rows(db_url, "SELECT count(*) FROM chat_groups WHERE closed_at IS NULL") != [(0,)]:
        assert asyncio.get_running_loop().time() < deadline, "groups still open"
        await asyncio.sleep(0.1)
    assert rows(db_url, "SELECT count(*) FROM seats") == [(0,)]


@pytest.mark.gen_test(timeout=60)
async def test_the_one_read_websocket_protocol_is_the_one_tornado_calls(chat):
    """chat/handlers.py replaces `_read_bytes`, a private method of tornado's WebSocket protocol
    (pyproject.toml pins tornado's minor versions for it). This fails when a tornado release stops
    calling it, or the handler stops using the subclass: then frames would still work, slowly."""
    import inspect

    import tornado.websocket

    from anonchat.chat.handlers import _OneReadProtocol

    assert "self._read_bytes(" in inspect.getsource(tornado.websocket.WebSocketProtocol13._receive_frame)
    app, url = await chat()
    (alice,) = await connect(url, 1)
    (user,) = app.hub.users.values()
    assert type(user.socket.ws_connection) is _OneReadProtocol
    await alice.send(type="ping")
    await alice.recv("pong")
    assert user.socket.ws_connection._wire_bytes_in > 0  # counted by our _read_bytes


@pytest.mark.gen_test(timeout=90)
async def test_a_member_who_reads_slowly_gets_every_frame_whole_and_in_order(chat):
    """send_wire writes straight to the socket and queues what the kernel does not take: a
    member whose connection is full gets the rest later, nothing lost, nothing reordered."""
    import socket as sockets

    app, url = await chat(limits={"burst": 5000, "rate_per_s": 5000}, matching={"max_wait_s": 0.3})
    host, port = url.removeprefix("http://").split(":")
    sock = sockets.socket()
    sock.setsockopt(sockets.SOL_SOCKET, sockets.SO_RCVBUF, 4096)  # a small window: the server's fills
    sock.setblocking(False)
    await asyncio.get_running_loop().sock_connect(sock, (host, int(port)))
    reader, writer = await asyncio.open_connection(sock=sock, limit=1024)  # and this reader stops early
    writer.write(f"GET /ws HTTP/1.1\r\nHost: {host}:{port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                 "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n".encode())
    await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)
    slow = RawSocket(reader, writer)
    assert await slow.recv_json("welcome")
    writer.write(RawSocket.frame(json.dumps({"type": "join"})))
    (alice,) = await connect(url, 1)
    await alice.send(type="join")
    await alice.recv("matched")
    slow_user = next(u for u in app.hub.users.values() if u.username != alice.frames[0]["username"])
    stream = slow_user.socket.ws_connection.stream
    # A slow network, on the server's side too: the kernel holds a few KiB for this member, not MiB.
    stream.socket.setsockopt(sockets.SOL_SOCKET, sockets.SO_SNDBUF, 4096)
    texts = [f"{i:05d} " + "lorem ipsum dolor sit amet " * 30 for i in range(300)]
    for i, text in enumerate(texts):
        await alice.send(type="message", text=text, id=str(i))
    deadline = asyncio.get_running_loop().time() + 20
    while not stream.writing():  # the kernel took what it could; tornado holds the rest
        assert asyncio.get_running_loop().time() < deadline, "the slow member's socket never filled"
        await asyncio.sleep(0.01)
    got = []
    while len(got) < len(texts):
        opcode, payload = await slow.recv(timeout=20)
        frame = json.loads(payload)
        if frame["type"] == "message":
            got.append(frame["text"])
    assert got == texts


@pytest.mark.gen_test(timeout=120)
async def test_an_oversized_frame_sent_whole_still_gets_its_1009(chat):
    """A client that writes a whole frame over the WebSocket limit, payload and all, is told why
    it is cut off: the close frame with 1009 reaches it before the connection ends, every time.
    (A socket closed with unread bytes makes the kernel send a TCP reset, which can destroy the
    close frame on its way; the server drains the rest for a moment instead.)"""
    app, url = await chat(limits={"max_frame_bytes": 1000})  # the WebSocket layer's limit is 4,000
    oversized = RawSocket.frame(b"x" * 400_000)
    codes = []
    for _ in range(15):
        raw = await RawSocket.connect(url)
        await raw.recv_json("welcome")
        raw.writer.write(oversized)
        try:
            while True:
                opcode, payload = await raw.recv(timeout=10)
                if opcode == 0x8:
                    codes.append(int.from_bytes(payload[:2], "big"))
                    break
        except (ConnectionError, asyncio.IncompleteReadError) as e:
            codes.append(type(e).__name__)
        raw.writer.close()
    assert codes == [1009] * 15
    # and the server's chat goes on.
    cs = await group_of(url, 2)
    await cs[0].send(type="message", text="still here", id="1")
    assert (await cs[1].recv("message"))["text"] == "still here"
