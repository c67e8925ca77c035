"""One chat on three real `anonchat serve` nodes, one PostgreSQL and one Redis of the test's own.

Every test ends with an audit: each acknowledged message is in `messages` once, each delivered
message was acknowledged, and each member received each message of its group once, in order.
"""

import asyncio
import os
import signal
import subprocess
import sys
import time

import pytest

from anonchat.passwords import hash_password
from anonchat.testing import AdminClient, ChatClient, ServeProcess, join_group, pack_yaml, rows, write_packs
from anonchat.testing_faults import wait_for

PASSWORD = "correct horse battery"
ACCOUNTS = {"root": hash_password(PASSWORD, iterations=1000)}

FAST = {"burst": 1000, "rate_per_s": 1000}


async def connect(node, cookie=None):
    client = await ChatClient.connect(node.url, cookie)
    await client.recv("welcome", timeout=10)
    return client


def audit(db_url, acked, received):
    """`acked`: {client_id: message id} the senders got; `received`: per member, the message frames
    of its group it got. Every acknowledged message is stored once, every delivered one was
    acknowledged, and every member got every stored message of its group once, in order."""
    stored = rows(db_url, "SELECT client_id, id, seq FROM messages WHERE seq IS NOT NULL ORDER BY seq")
    by_client = {}
    for client_id, message_id, _ in stored:
        assert client_id not in by_client, f"{client_id} stored twice"
        by_client[client_id] = message_id
    for client_id, message_id in acked.items():
        assert by_client.get(client_id) == message_id, f"acknowledged {client_id} is not stored as {message_id}"
    ids = [message_id for _, message_id, _ in stored]
    for frames in received:
        assert [f["id"] for f in frames] == ids  # all of them, each once, in the stored order


async def collect(client, n, timeout=30):
    return [await client.recv("message", timeout=timeout) for _ in range(n)]


@pytest.mark.gen_test(timeout=180)
async def test_users_on_three_nodes_share_one_group_in_order_exactly_once(cluster, db_url):
    a, b, c = cluster(3)
    clients = [await connect(node) for node in (a, a, b, b, c)]
    names = [cl.frames[0]["username"] for cl in clients]
    matched = await join_group(clients, timeout=20)
    assert len({m["group"] for m in matched}) == 1  # one group across the three nodes
    assert all(sorted(m["members"]) == sorted(names) for m in matched)
    for i in range(20):
        for j, cl in enumerate(clients):
            await cl.send(type="message", text=f"{j}:{i}", id=f"{j}-{i}")
    received = [await collect(cl, 100) for cl in clients]
    acked = {f["client_id"]: f["id"] for cl, frames, name in zip(clients, received, names)
             for f in frames if f["username"] == name}
    assert len(acked) == 100
    audit(db_url, acked, received)
    assert [f["seq"] for f in received[0]] == list(range(1, 101))
    for j in range(5):  # each sender's messages keep their order
        assert [f["text"] for f in received[0] if f["text"].startswith(f"{j}:")] == [f"{j}:{i}" for i in range(20)]
    # Presence: a member on node c leaves; each of the others hears it once, wherever they are.
    await clients[4].send(type="leave")
    await clients[4].recv("left")
    for cl in clients[:4]:
        left = await cl.recv("member_left", timeout=10)
        assert left["username"] == names[4] and sorted(left["members"]) == sorted(names[:4])
    for cl in clients[:4]:
        await cl.nothing("member_left", wait=0.5)


@pytest.mark.gen_test(timeout=180)
async def test_the_leader_dies_and_another_node_takes_over_matching(cluster):
    nodes = cluster(3, matching={"max_wait_s": 0.3, "min_size": 2})
    await wait_for(lambda: sum(n.health()["leader"] for n in nodes) == 1, what="one leader")
    leader = next(n for n in nodes if n.health()["leader"])
    leader.proc.kill()
    leader.wait()
    first, second = [n for n in nodes if n is not leader]
    killed_at = time.monotonic()
    alice, bob = await connect(first), await connect(second)
    await alice.send(type="join")
    await bob.send(type="join")
    matched = [await alice.recv("matched", timeout=15), await bob.recv("matched", timeout=15)]
    assert matched[0]["group"] == matched[1]["group"]
    assert time.monotonic() - killed_at < 10  # the key's TTL is 3 s
    assert sum(n.health()["leader"] for n in (first, second)) == 1


@pytest.mark.gen_test(timeout=180)
async def test_a_ban_from_the_console_of_one_node_closes_the_socket_on_another(cluster, db_url):
    a, b = cluster(2, matching={"max_wait_s": 0.3, "min_size": 2}, admin={"accounts": ACCOUNTS})
    alice, bob = await connect(b), await connect(a)
    await join_group([alice, bob], timeout=15)
    name = alice.frames[0]["username"]
    (sid,), = rows(db_url, "SELECT session_id FROM anon_sessions WHERE username = %s", (name,))
    admin = AdminClient(a.url)
    assert (await admin.login("root", PASSWORD)).code == 302
    started = time.monotonic()
    response = await admin.post("/admin/ban", session_id=sid, reason="spam across nodes", duration="3600")
    assert response.code == 302
    banned = await alice.recv("banned", timeout=5)
    assert banned["reason"] == "spam across nodes" and time.monotonic() - started < 1.0
    assert await alice.wait_closed() == 1008
    assert (await bob.recv("member_left", timeout=5))["username"] == name
    again = await ChatClient.connect(b.url, alice.cookie)  # and through any node afterwards
    assert (await again.recv("banned"))["reason"] == "spam across nodes"


@pytest.mark.gen_test(timeout=180)
async def test_reload_now_on_one_console_reloads_every_node(cluster, tmp_path):
    # Each node has its own copy of the packs and no file watching to speak of: only the
    # console's "Reload now", passed to every node, makes the new packs live everywhere.
    def own_packs(i):
        directory = write_packs(tmp_path / f"packs{i}", {"blockers.yaml": pack_yaml("blockers", "spam", "block",
                                                                                      ["blockme"])})
        return {"rulepacks": {"directory": str(directory), "reload_interval_s": 86400}}

    a, b = cluster(2, per_node=own_packs, admin={"accounts": ACCOUNTS})
    before = b.health()["rulepacks"]
    for i in (0, 1):  # the operator deploys the new pack to both machines...
        write_packs(tmp_path / f"packs{i}", {"blockers.yaml": pack_yaml("blockers", "spam", "block",
                                                                         ["blockme", "newword"], version=2)})
    admin = AdminClient(a.url)
    assert (await admin.login("root", PASSWORD)).code == 302
    assert (await admin.post("/admin/rulepacks/reload")).code == 302  # ...and reloads on one console
    await wait_for(lambda: b.health()["rulepacks"] != before, timeout=5, what="node b reloaded")
    assert b.health()["rulepacks"] == a.health()["rulepacks"]


@pytest.mark.gen_test(timeout=180)
async def test_reconnecting_through_another_node_keeps_the_seat_and_the_missed_messages(cluster, db_url):
    a, b, c = cluster(3, matching={"max_wait_s": 0.3, "min_size": 2}, limits={**FAST, "reconnect_grace_s": 10})
    alice, bob, carol = await connect(a), await connect(b), await connect(c)
    matched = await join_group([alice, bob, carol], timeout=15)
    group = matched[0]["group"]
    alice.close()  # alice's phone drops off node a...
    await asyncio.sleep(0.3)
    await bob.send(type="message", text="said while you were away", id="w")
    await bob.recv("message")
    back = await ChatClient.connect(c.url, alice.cookie)  # ...and the load balancer sends her to c
    welcome = await back.recv("welcome")
    assert welcome["username"] == alice.frames[0]["username"] and welcome["group"] == group
    resumed = await back.recv("matched")
    assert resumed["resumed"] is True and resumed["group"] == group
    assert [m["text"] for m in resumed["history"]] == ["said while you were away"]
    await back.send(type="message", text="back, through another node", id="b")
    assert (await bob.recv("message"))["text"] == "back, through another node"
    assert (await carol.recv("message"))["text"] == "said while you were away"
    assert (await carol.recv("message"))["text"] == "back, through another node"
    for cl in (bob, carol):
        await cl.nothing("member_left", wait=0.5)


@pytest.mark.gen_test(timeout=120)
async def test_two_users_given_one_name_by_two_nodes_are_never_grouped_together(cluster, db_url):
    a, b = cluster(2, matching={"max_wait_s": 0.3, "min_size": 2})
    alice = await connect(a)
    name = alice.frames[0]["username"]
    bob = await connect(b)  # node b does not know alice's name: give bob the same one
    bob.close()
    await asyncio.sleep(0.3)
    rows(db_url, "UPDATE anon_sessions SET username = %s WHERE username = %s", (name, bob.frames[0]["username"]))
    bob = await ChatClient.connect(b.url, bob.cookie)
    assert (await bob.recv("welcome"))["username"] == name
    carol = await connect(b)
    for cl in (alice, bob, carol):
        await cl.send(type="join")
    members = (await carol.recv("matched", timeout=15))["members"]
    assert sorted(members) == sorted([name, carol.frames[0]["username"]])  # with one of the two...
    try:
        await alice.recv("matched", timeout=2)
        waiting = bob
    except AssertionError:
        waiting = alice
    await waiting.nothing("matched", wait=3)  # ...while the other waits for someone else


@pytest.mark.gen_test(timeout=120)
async def test_a_second_tab_on_another_node_takes_over_without_a_fresh_burst(cluster):
    a, b = cluster(2, matching={"max_wait_s": 0.3, "min_size": 2}, limits={"burst": 3, "rate_per_s": 0.2})
    alice, bob = await connect(a), await connect(b)
    await join_group([alice, bob], timeout=15)
    for i in range(3):  # alice uses her whole burst on node a...
        await alice.send(type="message", text=f"a{i}", id=f"a{i}")
        assert (await alice.recv("message"))["client_id"] == f"a{i}"
    tab = await ChatClient.connect(b.url, alice.cookie)  # ...then opens a second tab, through node b
    assert (await tab.recv("welcome"))["username"] == alice.frames[0]["username"]
    assert await alice.wait_closed() == 4000  # one socket per session, across the cluster
    await tab.recv("matched")
    await tab.send(type="message", text="one more at once", id="more")
    rejected = await tab.recv("rejected")
    assert (rejected["client_id"], rejected["reason"]) == ("more", "rate_limited")
    await asyncio.sleep(5.5)  # a token a 5 s: the tab may send again
    await tab.send(type="message", text="later", id="later")
    assert [(await bob.recv("message", timeout=10))["text"] for _ in range(4)] == ["a0", "a1", "a2", "later"]


@pytest.mark.gen_test(timeout=240)
async def test_sigkill_of_a_node_under_load_loses_no_acknowledged_message(cluster, db_url):
    a, b, c = cluster(3, matching={"max_wait_s": 0.3, "min_size": 2}, limits={**FAST, "reconnect_grace_s": 20})
    clients = [await connect(node) for node in (a, b, c)]
    names = [cl.frames[0]["username"] for cl in clients]
    await join_group(clients, timeout=15)
    acked, received = {}, [[] for _ in clients]

    def note(j, frame):
        received[j].append(frame)
        if frame["username"] == names[j]:
            acked[frame["client_id"]] = frame["id"]

    async def drain(j, cl, until):
        while time.monotonic() < until:
            try:
                note(j, await cl.recv("message", timeout=max(0.05, until - time.monotonic())))
            except AssertionError:
                if cl.closed:
                    return
    # Node c's user sends a stream; c is killed in the middle of it.
    for i in range(40):
        await clients[2].send(type="message", text=f"c{i}", id=f"c{i}")
        if i == 20:
            c.proc.kill()
            break
    await asyncio.gather(*(drain(j, cl, time.monotonic() + 2) for j, cl in enumerate(clients)))
    c.wait()
    # Carol comes back through node a, to her seat; her earlier messages are there.
    back = await ChatClient.connect(a.url, clients[2].cookie)
    assert (await back.recv("welcome"))["group"] is not None
    resumed = await back.recv("matched", timeout=10)
    assert resumed["resumed"] is True
    for i in range(3):
        await back.send(type="message", text=f"again{i}", id=f"again{i}")
    clients[2], received[2] = back, []
    for j, cl in enumerate(clients):
        await drain(j, cl, time.monotonic() + 3)
    stored = {cid for (cid,) in rows(db_url, "SELECT client_id FROM messages")}
    assert {k for k in acked if k.startswith("c")} <= stored  # what c acknowledged, c committed
    assert {f"again{i}" for i in range(3)} <= set(acked)
    audit(db_url, acked, received[:2])  # the members that stayed got everything once, in order


@pytest.mark.gen_test(timeout=180)
async def test_sigterm_closes_with_1001_flushes_and_exits(cluster, db_url):
    a, b = cluster(2, matching={"max_wait_s": 0.3, "min_size": 2})
    alice, bob = await connect(a), await connect(b)
    await join_group([alice, bob], timeout=15)
    for i in range(30):
        await alice.send(type="message", text=f"m{i}", id=f"m{i}")
    a.signal(signal.SIGTERM)
    acked = {}
    try:
        while True:
            frame = await alice.recv(timeout=10)
            if frame["type"] == "message":
                acked[frame["client_id"]] = frame["id"]
    except AssertionError:
        pass
    assert alice.conn.close_code == 1001  # "going away": reconnect elsewhere
    started = time.monotonic()
    assert a.wait(30) == 0 and time.monotonic() - started < 15
    stored = dict(rows(db_url, "SELECT client_id, id FROM messages"))
    assert all(stored.get(k) == v for k, v in acked.items())


@pytest.mark.gen_test(timeout=240)
async def test_redis_restart_nodes_keep_serving_and_catch_up(cluster, redis_server, db_url):
    a, b = cluster(2, matching={"max_wait_s": 0.3, "min_size": 2})
    alice, bob = await connect(a), await connect(b)
    await join_group([alice, bob], timeout=15)
    redis_server.stop()
    await wait_for(lambda: a.health()["status"] == "degraded", what="node a reports degraded")
    assert a.health()["redis"].startswith("error")
    # Without the bus the message is still stored and acknowledged...
    await alice.send(type="message", text="while redis is down", id="d1")
    ack = await alice.recv("message", timeout=10)
    assert ack["client_id"] == "d1"
    # New users on one node are still matched, among that node's own users.
    carol, dave = await connect(a), await connect(a)
    pair = await join_group([carol, dave], timeout=15)
    assert pair[0]["group"] == pair[1]["group"] != ack["group"]
    await carol.send(type="message", text="hi dave", id="c1")
    assert (await dave.recv("message", timeout=10))["text"] == "hi dave"
    redis_server.start()
    # ...and reaches bob's node from PostgreSQL once Redis is back.
    got = await bob.recv("message", timeout=20)
    assert got["id"] == ack["id"] and got["text"] == "while redis is down"
    await wait_for(lambda: a.health()["status"] == "ok" and b.health()["status"] == "ok", what="healthy again")
    await bob.send(type="message", text="and the bus works again", id="d2")
    ack2 = await bob.recv("message", timeout=10)
    on_alice = await alice.recv("message", timeout=10)
    assert on_alice["text"] == "and the bus works again"
    stored = rows(db_url, "SELECT client_id, id FROM messages WHERE group_id = (SELECT id FROM chat_groups "
                          "WHERE group_code = %s) ORDER BY seq", (ack["group"],))
    assert stored == [("d1", ack["id"]), ("d2", ack2["id"])]
    assert [f["id"] for f in (ack, on_alice)] == [f["id"] for f in (got, ack2)] == [ack["id"], ack2["id"]]


@pytest.mark.gen_test(timeout=180)
async def test_workers_serve_one_chat_on_one_port(tmp_path, db_url, redis_server):
    packs = write_packs(tmp_path / "packs", {"blockers.yaml": pack_yaml("blockers", "spam", "block", ["blockme"])})
    config = {"database": {"url": db_url}, "cluster": {"redis_url": redis_server.url}, "data_dir": str(tmp_path),
              "rulepacks": {"directory": str(packs), "reload_interval_s": 3600},
              "matching": {"max_wait_s": 0.3, "min_size": 2}}
    server = ServeProcess(tmp_path / "workers", config, args=["--workers", "2"]).start()
    try:
        seen = set()
        deadline = time.monotonic() + 20
        while len(seen) < 2 and time.monotonic() < deadline:
            seen.add(server.health()["node"])  # a new connection each time: the kernel spreads them
        assert len(seen) == 2, "two workers answer on the one port"
        clients = [await connect(server) for _ in range(4)]
        matched = await join_group(clients, timeout=15)
        assert len({m["group"] for m in matched}) <= 2 and all(len(m["members"]) >= 2 for m in matched)
        # A SIGHUP to the supervisor (systemd's reload) reaches every worker: the file watch is
        # off here, so only the signal can make both serve the edited pack.
        versions = {server.health()["rulepacks"] for _ in range(10)}
        write_packs(packs, {"blockers.yaml": pack_yaml("blockers", "spam", "block", ["blockme", "newword"])})
        server.signal(signal.SIGHUP)
        deadline, seen = time.monotonic() + 20, {}
        while (len(seen) < 2 or versions & set(seen.values())) and time.monotonic() < deadline:
            health = server.health()
            seen[health["node"]] = health["rulepacks"]
            time.sleep(0.05)
        assert len(seen) == 2 and not versions & set(seen.values()), f"{seen} still serve {versions}"
        server.signal(signal.SIGTERM)
        assert server.wait(40) == 0
    finally:
        server.stop()


def test_workers_without_redis_is_one_line_and_exit_2(tmp_path):
    config = tmp_path / "anonchat.yaml"
    config.write_text("database:\n  url: postgresql://nowhere.invalid/x\n")
    done = subprocess.run([sys.executable, "-m", "anonchat", "serve", "--config", str(config), "--workers", "2"],
                          capture_output=True, text=True, timeout=60, env={**os.environ, "ANONCHAT_REDIS_URL": ""})
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "anonchat: error: --workers 2 needs cluster.redis_url (or ANONCHAT_REDIS_URL): the workers serve one "
        "chat through Redis (docs/scaling.md)"]
