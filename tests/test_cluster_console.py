"""The admin console of a cluster behind a load balancer without sticky sessions: real `anonchat
serve` nodes on their own ports, one PostgreSQL, one Redis of the test's own. Each request may land
on any node; the console must not care which."""

import asyncio
import inspect
import json
import time

import pytest
import redis
from test_admin import Tags, node_rows
from test_admin_attacks import From

# The cluster of tests/test_cluster.py: `a, b = cluster(2, per_node=lambda i: {...}, admin={...})`
# starts real nodes on free ports with one PostgreSQL and one Redis (`redis_server`).
from test_cluster import ACCOUNTS, PASSWORD

from anonchat.testing import AdminClient, ChatClient, pack_yaml, rows, write_packs


async def eventually(check, timeout=10.0, what="condition"):
    """Call `check()` (awaiting it if need be) until it is truthy: heartbeats come once a second and
    the audit log is written in batches. Returns the value."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if inspect.isawaitable(value):
            value = await value
        if value or time.monotonic() > deadline:
            assert value, f"{what} not met within {timeout}s"
            return value
        await asyncio.sleep(0.2)


def same_admin(admin, node):
    """The same browser, its next request sent by the load balancer to `node`."""
    other = AdminClient(node.url)
    other.cookies = admin.cookies  # shared: a cookie set by one node is sent to the next
    return other


@pytest.mark.gen_test(timeout=120)
async def test_a_login_on_one_node_holds_on_another_and_a_logout_anywhere_ends_it(cluster, db_url):
    a, b = cluster(2, admin={"accounts": ACCOUNTS})
    on_a = AdminClient(a.url)
    assert (await on_a.login("root", PASSWORD)).code == 302
    on_b = same_admin(on_a, b)
    page = await on_b.get("/admin/bans")
    assert page.code == 200 and 'class="who">root<' in page.body.decode()
    stolen = dict(on_a.cookies)
    assert (await on_b.post("/admin/logout")).code == 302  # logged out on b...
    thief = AdminClient(a.url)
    thief.cookies = stolen
    refused = await thief.get("/admin/bans")  # ...and the old cookie is worthless on a
    assert refused.code == 302 and refused.headers["Location"].startswith("/admin/login")
    assert (await thief.get("/admin/api/stats")).code == 403
    events = "SELECT event FROM audit_log WHERE event IN ('admin.login', 'admin.logout') ORDER BY id"
    await eventually(lambda: rows(db_url, events) == [("admin.login",), ("admin.logout",)], what="audited")


@pytest.mark.gen_test(timeout=120)
async def test_login_limits_and_lockouts_hold_on_every_node(cluster, db_url):
    a, b = cluster(2, server={"xheaders": True},
                   admin={"accounts": ACCOUNTS, "max_failures": 3, "lockout_s": 60, "login_burst": 10,
                          "login_per_minute": 1})
    # An attacker's guesses, spread by the load balancer over both nodes.
    guesses = [From(node.url, "203.0.113.9") for node in (a, b, a)]
    for i, guess in enumerate(guesses):
        assert (await guess.login("root", f"guess {i}")).code == 403
    locked = await From(b.url, "203.0.113.9").login("root", PASSWORD)  # right password, locked address
    assert locked.code == 429 and b"Too many failed attempts" in locked.body
    assert 50 <= int(locked.headers["Retry-After"]) <= 61
    assert (await From(a.url, "203.0.113.9").login("ops", "other")).code == 429
    assert (await From(a.url, "198.51.100.7").login("root", PASSWORD)).code == 302  # the owner is not locked out

    # Concurrent guesses on both nodes are checked one at a time: no more than 3 get a verdict.
    guessers = [From(node.url, "203.0.113.77") for node in (a, b) * 4]
    pages = await asyncio.gather(*(g.login("root", f"guess {i}") for i, g in enumerate(guessers)))
    assert sorted(p.code for p in pages) == [403] * 3 + [429] * 5

    # The rate: one bucket of 10 attempts per address for the whole cluster, not 10 per node.
    eager = [From(node.url, "203.0.113.50") for node in (a, b) * 6]
    answers = [(await e.login("root", PASSWORD)).code for e in eager]
    assert answers == [302] * 10 + [429] * 2
    reasons = "SELECT details->>'reason' FROM audit_log WHERE event = 'admin.login_failed' ORDER BY id"
    # A series of refusals from one address is one entry.
    expected = sorted([("bad credentials",)] * 6 + [("locked",)] * 2 + [("rate limited",)])
    await eventually(lambda: sorted(rows(db_url, reasons)) == expected, what=f"audited as {expected}")


@pytest.mark.gen_test(timeout=150)
async def test_the_nodes_page_lists_every_node_and_flags_a_different_engine_version(cluster, tmp_path, redis_server):
    def packs(i):  # node 1 runs a pack with one more word: another engine version
        words = ["blockme", "extra"] if i == 1 else ["blockme"]
        directory = write_packs(tmp_path / f"packs{i}", {"blockers.yaml": pack_yaml("blockers", "spam", "block",
                                                                                      words)})
        return {"rulepacks": {"directory": str(directory)}}

    a, b, c = cluster(3, per_node=packs, admin={"accounts": ACCOUNTS})
    users = [await ChatClient.connect(node.url) for node in (b, b, c)]
    for user in users:
        await user.recv("welcome")
    await users[0].send(type="join")  # waits: the groups are of five
    admin = AdminClient(a.url)
    assert (await admin.login("root", PASSWORD)).code == 302

    async def listed():  # each node's figures as of a heartbeat after its users connected
        found = node_rows((await admin.get("/admin/nodes")).body.decode())
        b_row, c_row = (found.get(n.health()["node"], ((), ""))[1] for n in (b, c))
        return found if len(found) == 3 and " 2 1 0 " in b_row and " 1 0 0 " in c_row else None
    found = await listed() or await eventually(listed, what="three nodes with b's figures")
    ids = {node: node.health()["node"] for node in (a, b, c)}
    majority = a.health()["rulepacks"]
    classes, text = found[ids[a]]
    assert "this" in classes and "odd" not in classes and "this node" in text
    assert f"127.0.0.1:{a.port}" in text and "alive" in text and f"0 0 0 {majority}" in text
    classes, text = found[ids[b]]
    assert "odd" in classes and "this" not in classes  # flagged, and in words too:
    assert f"{b.health()['rulepacks']} differs differs from the majority ({majority})" in text
    assert f"127.0.0.1:{b.port}" in text and f"/ {b.proc.pid} alive" in text and " 2 1 0 " in text
    classes, text = found[ids[c]]
    assert "odd" not in classes and f" 1 0 0 {majority} " in text
    page = (await admin.get("/admin/nodes")).body.decode()
    assert 'id="versions-differ"' in page and "3 live nodes" in page
    dashboard = (await admin.get("/admin")).body.decode()
    assert 'id="versions-differ" hidden' not in dashboard and 'href="/admin/nodes"' in dashboard

    # Whatever a heartbeat in Redis says is shown as text.
    hostile = '<script>alert(1)</script>'
    fake = {"node": hostile, "address": '"><img src=x onerror=alert(1)>', "host": hostile, "pid": hostile,
            "at": time.time() + 30, "connections": hostile, "waiting": None, "groups": 1, "engine": majority,
            "reload": {"ok": False, "at": "soon", "error": hostile}}
    with redis.Redis.from_url(redis_server.url) as r:
        r.hset("anonchat:nodes", "fake", json.dumps(fake))

    async def shown():
        html = (await admin.get("/admin/nodes")).body.decode()
        return html if "&lt;script&gt;" in html else None
    html = await eventually(shown, what="the fake node listed")
    tags = Tags(html)
    assert "script" not in tags.tags and "img" not in tags.tags and "onerror" not in tags.attrs
    assert "4 live nodes" in html  # and its figures that are not numbers count as none


@pytest.mark.gen_test(timeout=120)
async def test_the_dashboard_on_one_node_counts_the_users_of_every_node(cluster):
    a, b = cluster(2, admin={"accounts": ACCOUNTS})
    users = [await ChatClient.connect(node.url) for node in (a, b, b)]
    for user in users:
        await user.recv("welcome")
    await users[2].send(type="join")
    admin = AdminClient(a.url)
    assert (await admin.login("root", PASSWORD)).code == 302

    async def stats():
        figures = json.loads((await admin.get("/admin/api/stats")).body)
        return figures if (figures["online"], figures["waiting"], figures["nodes"]) == (3, 1, 2) else None
    figures = await eventually(stats, what="three online, one waiting, on two nodes")
    assert figures["versions_differ"] is False
    users[1].close()  # one of b's users leaves: a's dashboard sees it within a heartbeat or two

    async def two_online():
        return json.loads((await admin.get("/admin/api/stats")).body)["online"] == 2
    await eventually(two_online, what="two online")


@pytest.mark.gen_test(timeout=120)
async def test_with_redis_down_the_console_refuses_logins_and_sessions_and_says_why(cluster, redis_server):
    a, = cluster(1, admin={"accounts": ACCOUNTS})
    admin = AdminClient(a.url)
    assert (await admin.login("root", PASSWORD)).code == 302
    redis_server.stop()
    await eventually(lambda: a.health()["status"] == "degraded", what="node a degraded")
    page = await admin.get("/admin")  # an existing session cannot be checked: refused, not guessed
    assert page.code == 503 and b"The cluster store is unavailable" in page.body and page.headers["Retry-After"]
    assert (await admin.get("/admin/api/stats")).code == 503
    refused = await AdminClient(a.url).login("root", PASSWORD)
    assert refused.code == 503 and b"The cluster store is unavailable" in refused.body
    assert int(refused.headers["Retry-After"]) > 0
    assert (await AdminClient(a.url).get("/admin/login")).code == 200  # the form still says what is wrong

    redis_server.start()  # back on its port, empty: the sessions went with it
    await eventually(lambda: a.health()["status"] == "ok", what="node a back")
    assert (await admin.get("/admin")).code == 302
    assert (await admin.login("root", PASSWORD)).code == 302
    assert (await admin.get("/admin")).code == 200
