"""Faults a cluster of real nodes must survive: PostgreSQL restarting under their feet, hostile
frames from an attacker while others chat, a second tab on another node.

Every node is a real `anonchat serve` process; PostgreSQL and Redis are real servers. A test that
stops PostgreSQL stops one of its own (`OwnPostgres`), never the machine's shared server. Tests
end with the audit of anonchat/testing_faults.py: each acknowledged message is stored once, each
delivered one is stored, each member got each stored message once, in order.
"""

import asyncio
import json
import time

import pytest
import tornado.websocket
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from anonchat.testing import FaultyProxy, RedisServer, proxied_url
from anonchat.testing_faults import Cluster, Member, OwnPostgres, audit, wait_for

FAST = {"burst": 1000, "rate_per_s": 1000}


def one_group(n):
    """Matching that seats exactly `n` waiting users together, at once."""
    return {"group_size": n, "min_size": n, "max_wait_s": 0.3}


@pytest.fixture
def own_pg():
    pg = OwnPostgres().start()
    yield pg
    pg.close()


@pytest.fixture
def pg_proxy(io_loop, own_pg):
    """A proxy between the nodes and `own_pg` that can lose a commit's reply (set up before the
    nodes, so it closes after them)."""
    proxy = io_loop.run_sync(FaultyProxy(None).start)
    yield proxy
    io_loop.run_sync(proxy.close)


@pytest.fixture
def cluster(tmp_path):
    """`cluster_, (a, b) = cluster(db_url, 2, limits={...})`: real nodes on a Redis of the test's own."""
    redis, started = RedisServer().start(), []

    def start(db_url, n=2, **sections):
        nodes = Cluster(tmp_path / f"cluster{len(started)}", db_url, redis.url, limits=FAST)
        started.append(nodes)
        return nodes, nodes.start(n, **sections)

    yield start
    for nodes in started:
        nodes.stop()
    redis.stop()


async def group_on(*nodes):
    """One new user connected to each of `nodes` (a node may repeat), seated together."""
    members = [await Member.connect(node) for node in nodes]
    for m in members:
        await m.send(type="join")
    await wait_for(lambda: all(m.of("matched") for m in members), timeout=20, what="everyone matched")
    assert len({m.of("matched")[0]["group"] for m in members}) == 1
    return members


async def chatter(member, stop, per_s, sent):
    """`member` sends a numbered message every 1/`per_s` seconds until `stop`; `sent` records
    (client_id, time sent)."""
    i = 0
    while not stop.is_set():
        client_id = f"{member.name}-{i}"
        await member.send(type="message", text=f"{member.name} says {i}", id=client_id)
        sent.append((client_id, time.monotonic()))
        i += 1
        await asyncio.sleep(1 / per_s)


def answered(members, sent):
    """Every sent message has its answer: an acknowledgement or a rejection."""
    answers = {}
    for m in members:
        answers.update(m.acked())
        answers.update(m.rejected())
    return all(client_id in answers for client_id, _ in sent)


# --- PostgreSQL restarts ------------------------------------------------------------------------

@pytest.mark.gen_test(timeout=120)
async def test_postgres_restart_under_load_loses_no_message_and_keeps_every_socket(own_pg, cluster):
    db_url = own_pg.database()
    nodes, (a, b) = cluster(db_url, 2, matching=one_group(4), limits={"storage_retry_s": 3})
    members = await group_on(a, a, b, b)
    stop, sent = asyncio.Event(), []
    talking = [asyncio.ensure_future(chatter(m, stop, per_s=8, sent=sent)) for m in members]
    await asyncio.sleep(1.5)
    own_pg.stop()  # PostgreSQL restarts: shorter than the nodes' storage_retry_s
    down_at = time.monotonic()
    await asyncio.sleep(2)
    own_pg.start()
    up_at = time.monotonic()
    await asyncio.sleep(1.5)
    stop.set()
    await asyncio.gather(*talking)
    during = [client_id for client_id, at in sent if down_at <= at < up_at]
    assert len(during) >= 20, "messages were really sent while PostgreSQL was down"

    await wait_for(lambda: answered(members, sent), timeout=20, what="every message acknowledged or rejected")
    rejected = {k: v for m in members for k, v in m.rejected().items()}
    assert set(rejected.values()) <= {"unavailable"}, rejected
    assert "database write failed" in nodes.logs()  # the writer really met the outage, and retried
    # After the restart, chat flows across nodes again: one message from each, acknowledged and
    # received by everyone.
    for m in members:
        await m.send(type="message", text="after the restart", id=f"{m.name}-after")
    afters = {f"{m.name}-after" for m in members}
    for m in members:
        await m.until(lambda m=m: afters <= {f["client_id"] for f in m.messages()}, timeout=15,
                      what="every message after the restart")
    assert not any(m.closed for m in members), [(m.name, m.close_code) for m in members]
    stored = audit(db_url, members)
    assert set(stored) | set(rejected) == {client_id for client_id, _ in sent} | afters
    assert all(nodes.alive(node) for node in (a, b))


@pytest.mark.gen_test(timeout=120)
async def test_an_outage_longer_than_storage_retry_rejects_the_waiting_messages(own_pg, cluster):
    db_url = own_pg.database()
    nodes, (a, b) = cluster(db_url, 2, matching=one_group(2), limits={"storage_retry_s": 1.5})
    alice, bob = await group_on(a, b)
    own_pg.stop()
    stopped = time.monotonic()
    for i in range(3):
        await alice.send(type="message", text=f"into the void {i}", id=f"a{i}")
    await bob.send(type="message", text="me too", id="b0")
    await alice.until(lambda: len(alice.rejected()) == 3, timeout=10, what="alice's 3 rejected")
    await bob.until(lambda: len(bob.rejected()) == 1, timeout=10, what="bob's rejected")
    assert time.monotonic() - stopped < 1.5 + 5  # the retry budget, and a little for the attempts
    assert alice.rejected() == {f"a{i}": "unavailable" for i in range(3)}
    assert bob.rejected() == {"b0": "unavailable"}
    own_pg.start()
    # Told "send it again", the users do; the database is back and the messages go through.
    await alice.send(type="message", text="into the void, again", id="a-again")
    await bob.send(type="message", text="me too, again", id="b-again")
    for m in (alice, bob):
        await m.until(lambda m=m: {"a-again", "b-again"} <= {f["client_id"] for f in m.messages()}, timeout=15,
                      what="the messages sent again")
    assert not alice.closed and not bob.closed
    assert sorted(audit(db_url, [alice, bob])) == ["a-again", "b-again"]



@pytest.mark.gen_test(timeout=120)
async def test_a_message_whose_commit_reply_is_lost_in_an_outage_is_never_both_rejected_and_delivered(
        own_pg, pg_proxy, cluster):
    db_url = own_pg.database()
    url, pg_proxy.upstream = proxied_url(db_url, pg_proxy.port)
    loop = asyncio.get_running_loop()
    # Started on a thread: the nodes reach their database through the proxy on this loop.
    nodes, (a, b) = await loop.run_in_executor(
        None, lambda: cluster(url, 2, matching=one_group(2), limits={"storage_retry_s": 1.5}))
    try:
        alice, bob = await group_on(a, b)
        await alice.send(type="message", text="hello", id="hello")
        await bob.until(lambda: bob.messages(), what="hello")
        # Alice's next message is committed, but the reply is lost with the connection; then the
        # database goes away for longer than the nodes wait for it.
        pg_proxy.cut_reply_after(b"json_to_recordset")
        await alice.send(type="message", text="did it get there?", id="doubt")
        await wait_for(lambda: pg_proxy.cuts, timeout=5, what="the commit's reply lost")
        own_pg.stop()  # before the writer's first retry (50 ms) can ask what was stored
        pg_proxy.cut_reply_after(None)
        await asyncio.sleep(1.5 + 2)
        own_pg.start()
        await bob.send(type="message", text="after the outage", id="after")
        await alice.until(lambda: "doubt" in alice.rejected() or "doubt" in alice.acked(), timeout=15,
                          what="an answer to 'doubt'")
        if "doubt" in alice.rejected():  # told "it is not stored, send it again", she does
            await alice.send(type="message", text="did it get there? (again)", id="doubt-again")
        later = {"after"} | ({"doubt-again"} if "doubt" in alice.rejected() else set())
        for m in (alice, bob):
            await m.until(lambda m=m: later <= {f["client_id"] for f in m.messages()}, timeout=15,
                          what="the messages after the outage")
        await asyncio.sleep(1.5)  # the nodes compare their groups with the store every second
        audit(db_url, [alice, bob])  # a rejected message is not stored; an acknowledged one is, once
    finally:
        await loop.run_in_executor(None, nodes.stop)  # while the proxy still serves them

# --- one session, two nodes ---------------------------------------------------------------------

@pytest.mark.gen_test(timeout=120)
async def test_a_second_tab_on_another_node_takes_over_and_the_first_is_closed_4000(cluster, db_url):
    _, (a, b) = cluster(db_url, 2, matching=one_group(2))
    alice, bob = await group_on(a, b)
    group = alice.of("matched")[0]["group"]
    tab2 = await Member.connect(b, alice.client.cookie)  # alice opens the chat in a second tab, via node b
    assert tab2.name == alice.name and tab2.of("welcome")[0]["group"] == group
    await alice.until(lambda: alice.closed, timeout=5, what="the first tab closed")
    assert alice.close_code == 4000
    await tab2.until(lambda: tab2.of("matched"), what="the seat resumed")
    assert tab2.of("matched")[0]["resumed"] is True
    await tab2.send(type="message", text="from my second tab", id="t2")
    await bob.send(type="message", text="seen it", id="b1")
    for m in (tab2, bob):
        await m.until(lambda m=m: len(m.messages()) == 2, what="both messages")
    assert [f["text"] for f in bob.messages()] == [f["text"] for f in tab2.messages()]
    await asyncio.sleep(0.5)
    assert not bob.closed and not tab2.closed
    assert not bob.of("member_left")  # the seat moved, nobody left
    audit(db_url, [tab2, bob])


@pytest.mark.gen_test(timeout=120)
async def test_reconnecting_through_another_node_does_not_refill_the_rate_limit(cluster, db_url):
    _, (a, b) = cluster(db_url, 2, matching=one_group(2), limits={"burst": 3, "rate_per_s": 0.5})
    alice, bob = await group_on(a, b)
    for i in range(3):  # alice uses up her burst on node a...
        await alice.send(type="message", text=f"quick {i}", id=f"q{i}")
    await alice.until(lambda: len(alice.acked()) == 3, what="the burst acknowledged")
    spent = time.monotonic()
    again = await Member.connect(b, alice.client.cookie)  # ...and comes straight back through node b
    await again.send(type="message", text="one more", id="q3")
    assert time.monotonic() - spent < 2, "no token could have come back yet (0.5 a second)"
    await again.until(lambda: again.rejected() or again.acked(), what="an answer to q3")
    assert again.rejected() == {"q3": "rate_limited"}, f"a fresh burst on node b: acknowledged {again.acked()}"


# --- an attacker's frames while others chat -----------------------------------------------------

LIMIT = 1024  # limits.max_frame_bytes of the attacked nodes; tornado closes 1009 over 4 times that
ERRORS = {"bad_json", "bad_frame", "unknown_type", "bad_field", "binary_frame", "frame_too_large"}  # docs/protocol.md
ANY_ERROR = {f"error:{code}" for code in ERRORS}
CLOSE = "close"


class Hostile:
    """One frame an attacker sends, and the answers docs/protocol.md allows for it: `error:<code>`,
    a frame type (`pong`, `left`, `rejected`...), `nothing`, or `close` (the connection ends)."""

    def __init__(self, data, expect, binary=False, utf8=True):
        self.data, self.binary, self.utf8 = data, binary, utf8
        size = len(data) if isinstance(data, bytes) else len(data.encode())
        if size > 4 * LIMIT:
            expect = {CLOSE}  # refused by the WebSocket layer before the frame is read
        elif size > LIMIT and not binary and utf8:
            expect = {"error:frame_too_large"}
        self.expect = set(expect)

    def __repr__(self):
        shown = self.data[:80] if len(self.data) <= 80 else self.data[:60] + f"...({len(self.data)})"
        return f"Hostile({shown!r}, binary={self.binary}, utf8={self.utf8}, expect={sorted(self.expect)})"


def _frame(expect, **kw):
    def hostile(data):
        return Hostile(data, expect, **kw)
    return hostile


def _dumps(value):
    return json.dumps(value, allow_nan=True)


KNOWN = ("join", "leave", "message", "ping")
leaf = (st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True, allow_infinity=True)
        | st.text(max_size=12))
value = st.recursive(leaf, lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=6), kids,
                                                                                        max_size=4), max_leaves=12)
clean_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1,
                     max_size=40)
extras = st.dictionaries(st.text(max_size=6).filter(lambda k: k not in ("type", "text", "id", "interests")), value,
                         max_size=3)
not_a_string = leaf.filter(lambda v: not isinstance(v, str)) | st.lists(leaf, max_size=2) | st.dictionaries(
    st.text(max_size=3), leaf, max_size=2)
not_an_id = (st.floats(allow_nan=True, allow_infinity=True) | st.booleans() | st.none() | st.lists(leaf, max_size=2)
             | st.integers(min_value=10 ** 64, max_value=10 ** 200) | st.text(min_size=65, max_size=200))
bad_interests = (not_a_string.filter(lambda v: not isinstance(v, list))
                 | st.lists(not_a_string, min_size=1, max_size=3)
                 | st.lists(st.text(min_size=1, max_size=5), min_size=11, max_size=14)
                 | st.lists(st.text(min_size=41, max_size=60) | st.just(""), min_size=1, max_size=2))


def _padded(pad):
    """A well-formed `message` frame of exactly `size` bytes (ASCII) or about (multi-byte `pad`)."""
    def build(size):
        head = '{"type": "message", "id": "near", "text": "'
        return head + pad * max(1, (size - len(head) - 2) // len(pad.encode())) + '"}'
    return build


def _decodes(data):
    try:
        data.decode()
        return True
    except UnicodeDecodeError:
        return False


def _nested(n, inside=False):
    if inside:
        return '{"type": "ping", "x": ' + '{"a": ' * n + "1" + "}" * n + "}"
    return "[" * n + "]" * n


hostile_frames = st.one_of(
    # anything at all, as text or as bytes
    st.text(max_size=200).map(_frame(ANY_ERROR)),
    st.binary(max_size=300).map(_frame({"error:binary_frame"}, binary=True)),
    st.tuples(st.binary(max_size=40), st.sampled_from([b"\xff", b"\xc0\xaf", b"\xed\xa0\x80", b"\xe2\x82"]),
              st.binary(max_size=40)).map(lambda t: t[0] + t[1] + t[2]).filter(lambda b: not _decodes(b))
    .map(_frame({CLOSE}, utf8=False)),
    # JSON of random shapes: not an object; no known type; a known type with extra junk
    value.filter(lambda v: not isinstance(v, dict)).map(_dumps).map(_frame({"error:bad_frame"})),
    st.tuples(value.filter(lambda v: not (isinstance(v, str) and v in KNOWN)), extras)
    .map(lambda t: _dumps({**t[1], "type": t[0]})).map(_frame({"error:unknown_type"})),
    extras.map(lambda e: _dumps(e)).map(_frame({"error:unknown_type"})),  # no type at all
    extras.map(lambda e: _dumps({**e, "type": "ping"})).map(_frame({"pong"})),
    extras.map(lambda e: _dumps({**e, "type": "leave"})).map(_frame({"left", "nothing"})),
    st.tuples(extras, st.lists(clean_text, max_size=10)).map(lambda t: _dumps({**t[0], "type": "join", "interests": t[1]}))
    .map(_frame({"waiting", "nothing"})),
    st.tuples(extras, clean_text, st.none() | st.integers(-10 ** 60, 10 ** 60) | clean_text)
    .map(lambda t: _dumps({**t[0], "type": "message", "text": t[1], **({} if t[2] is None else {"id": t[2]})}))
    .map(_frame({"rejected"})),
    # the wrong type for every field
    not_a_string.map(lambda v: _dumps({"type": "message", "text": v})).map(_frame({"error:bad_field"})),
    st.just('{"type": "message"}').map(_frame({"error:bad_field"})),
    not_an_id.map(lambda v: _dumps({"type": "message", "text": "hi", "id": v})).map(_frame({"error:bad_field"})),
    bad_interests.map(lambda v: _dumps({"type": "join", "interests": v})).map(_frame({"error:bad_field"})),
    st.sampled_from(['{"type": "message", "text": "a\\u0000b"}', '{"type": "message", "text": "\\ud800"}',
                     '{"type": "message", "text": "ok", "id": "\\udfff"}', '{"type": "join", "interests": ["\\u0000"]}',
                     '{"type": "join", "interests": ["a\\ud800"]}']).map(_frame({"error:bad_field"})),
    # huge numbers: over 64 characters an id is refused; over 4300 digits Python refuses to parse it
    st.integers(65, 6000).map(lambda k: '{"type": "message", "text": "hi", "id": ' + "9" * k + "}")
    .map(_frame({"error:bad_field", "error:bad_json"})),
    st.integers(1, 6000).map(lambda k: '{"type": ' + "7" * k + "}").map(_frame({"error:unknown_type",
                                                                            "error:bad_json"})),
    # deep nesting, as the whole frame or inside a valid one
    st.tuples(st.integers(33, 3000), st.booleans()).map(lambda t: _nested(*t)).map(_frame({"error:bad_json"})),
    # near and over the frame limit, and near four times it
    st.tuples(st.sampled_from([LIMIT, 4 * LIMIT]), st.integers(-6, 6), st.sampled_from(["x", "é", "😀"]))
    .map(lambda t: _padded(t[2])(t[0] + t[1])).map(_frame({"rejected"})),
)


class Attacker:
    """A connection that sends hostile frames one at a time, each followed by a marker frame, and
    reads what came back between the two: the answer to that frame."""

    def __init__(self, node):
        self.node = node
        self.member = None
        self.markers = 0
        self.joins = 0  # `waiting` answers a join after a few milliseconds: it may come late
        self.answered = []  # (Hostile, answer) of every frame

    async def connect(self):
        self.member = await Member.connect(self.node)
        self.joins = 0
        return self

    async def throw(self, hostile):
        m = self.member
        start = len(m.frames)
        if not hostile.utf8:  # a text frame whose bytes are not UTF-8: tornado's client will not write one
            await m.client.conn.protocol._write_frame(True, 0x1, hostile.data)
        else:
            await m.client.conn.write_message(hostile.data, binary=hostile.binary)
        self.markers += 1
        marker = f"'marker-{self.markers}'"
        try:
            await m.send(type=f"marker-{self.markers}")
        except tornado.websocket.WebSocketClosedError:
            pass
        await m.until(lambda: m.closed or any(marker in f.get("message", "") for f in m.frames[start:]),
                      timeout=10, what=f"an answer to {hostile!r}")
        window = [f for f in m.frames[start:] if marker not in f.get("message", "")]
        if hostile.expect & {"waiting"}:
            self.joins += 1
        late = sum(f["type"] == "waiting" for f in window)
        if late and not (hostile.expect & {"waiting"}):  # a join's answer came after its marker
            assert self.joins >= late, f"{window} for {hostile!r}"
            self.joins -= late
            window = [f for f in window if f["type"] != "waiting"]
        answers = [f"error:{f['code']}" if f["type"] == "error" else f["type"] for f in window]
        if m.closed:
            answers.append(CLOSE)
        self.answered.append((hostile, answers, m.close_code))
        allowed = hostile.expect
        assert answers in ([[a] for a in allowed] + ([[]] if "nothing" in allowed else [])), (
            f"{hostile!r} answered {answers} (close code {m.close_code})")
        if CLOSE in answers:
            # 1009 goes out before the server drops the connection, and the server drains what the
            # attacker still writes of its oversized frame before closing, so no TCP reset destroys it.
            assert m.close_code in ((1009,) if hostile.utf8 else (None, 1007)), (hostile, m.close_code)
            await self.connect()


def test_hostile_frames_from_attackers_never_hurt_the_chat_of_others(cluster, db_url):
    _, (a, b) = cluster(db_url, 2, matching=one_group(3), limits={**FAST, "max_frame_bytes": LIMIT})
    # A loop of the test's own, current while it runs (tornado's client looks for the current one
    # even outside a coroutine, as when a socket is closed below), and none afterwards.
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    run = loop.run_until_complete
    users = []
    try:
        users = run(group_on(a, b, b))
        attackers = [run(Attacker(node).connect()) for node in (a, b)]
        stop, sent = asyncio.Event(), []
        talking = [loop.create_task(chatter(m, stop, per_s=5, sent=sent)) for m in users]

        @settings(max_examples=200, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        @given(frames=st.lists(hostile_frames, min_size=1, max_size=4), which=st.integers(0, 1))
        def attack(frames, which):
            for hostile in frames:
                run(attackers[which].throw(hostile))
            assert attackers[which].node.proc.poll() is None, "the attacked node died"

        attack()
        stop.set()
        run(asyncio.gather(*talking))
        run(wait_for(lambda: answered(users, sent), timeout=20, what="every user's message acknowledged"))
        assert all(not m.rejected() and not m.closed for m in users)
        assert all(a.node.health()["status"] == "ok" for a in attackers)  # alive, and /healthz answers
        answers = [answer for at in attackers for _, answer, _ in at.answered]
        assert len(answers) >= 200 and sum(CLOSE in answer for answer in answers) >= 1
        audit(db_url, users)
        assert len(sent) >= 20
    finally:
        for m in users:
            m.close()
        loop.run_until_complete(asyncio.sleep(0.1))
        loop.close()
        asyncio.set_event_loop(None)
