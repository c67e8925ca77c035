"""A cluster on Redis behind Sentinel (docs/scaling.md, "Redis itself"): real nodes given a
`redis+sentinel://` URL follow a failover to the promoted replica and chat across nodes again.
The primary, its replica and the Sentinel are real `redis-server` processes of the test's own."""

import time

import pytest
import redis

from anonchat.config import ConfigError, load_config
from anonchat.testing import RedisServer
from anonchat.testing_faults import Cluster, Member, wait_for

SERVICE = "anonchat-test"


def until(check, what, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if check():
                return
        except redis.RedisError:
            pass
        time.sleep(0.1)
    raise AssertionError(f"gave up waiting: {what}")


@pytest.fixture
def sentinel_redis(tmp_path):
    """(primary, replica, sentinel), the Sentinel watching the primary and knowing its replica."""
    primary = RedisServer().start()
    replica = RedisServer(args=["--replicaof", "127.0.0.1", primary.port]).start()
    conf = tmp_path / "sentinel.conf"  # Sentinel rewrites its file: one of the test's own
    conf.write_text(f"sentinel monitor {SERVICE} 127.0.0.1 {primary.port} 1\n"
                    f"sentinel down-after-milliseconds {SERVICE} 500\n"
                    f"sentinel failover-timeout {SERVICE} 4000\n")
    sentinel = RedisServer(args=[conf, "--sentinel"]).start()
    ask = redis.Redis(port=sentinel.port, socket_timeout=2)
    until(lambda: redis.Redis(port=replica.port).info("replication")["master_link_status"] == "up",
          "the replica in sync")
    until(lambda: any(r["port"] == replica.port for r in ask.sentinel_slaves(SERVICE)), "the Sentinel knows the replica")
    yield primary, replica, sentinel, ask
    for server in (sentinel, replica, primary):
        server.stop()


@pytest.mark.gen_test(timeout=240)
async def test_nodes_follow_a_sentinel_failover_and_chat_across_nodes_again(tmp_path, db_url, sentinel_redis):
    primary, replica, sentinel, ask = sentinel_redis
    nodes = Cluster(tmp_path / "cluster", db_url, f"redis+sentinel://127.0.0.1:{sentinel.port}/{SERVICE}/0")
    try:
        a, b = nodes.start(2, matching={"group_size": 2, "min_size": 2, "max_wait_s": 0.3})
        alice, bob = await Member.connect(a), await Member.connect(b)
        for m in (alice, bob):
            await m.send(type="join")
        await wait_for(lambda: alice.of("matched") and bob.of("matched"), timeout=20, what="matched across nodes")
        await alice.send(type="message", text="before the failover", id="1")
        await wait_for(lambda: [f["text"] for f in bob.of("message")] == ["before the failover"], timeout=10,
                       what="delivered through the primary")

        primary.stop()  # SIGKILL: the Sentinel sees it down after 500 ms and promotes the replica
        until(lambda: ask.sentinel_get_master_addr_by_name(SERVICE)[1] == replica.port, "the replica promoted")
        await alice.send(type="message", text="during the failover", id="2")
        await wait_for(lambda: len(bob.of("message")) == 2, timeout=30, what="the message reaches bob")
        await wait_for(lambda: a.health()["status"] == b.health()["status"] == "ok", timeout=30,
                       what="both nodes on the new primary")
        # The bus works again through the new primary: a message crosses at once, and two new users
        # on two nodes are matched through the cluster's queue, which lives there now.
        await bob.send(type="message", text="after the failover", id="3")
        await wait_for(lambda: [f["text"] for f in alice.of("message")][-1:] == ["after the failover"], timeout=5,
                       what="delivered through the new primary")
        assert [f["text"] for f in bob.of("message")] == ["before the failover", "during the failover",
                                                           "after the failover"]
        carol, dave = await Member.connect(a), await Member.connect(b)
        for m in (carol, dave):
            await m.send(type="join")
        await wait_for(lambda: carol.of("matched") and dave.of("matched"), timeout=20, what="new users matched")
        assert carol.of("matched")[0]["group"] == dave.of("matched")[0]["group"]
        assert redis.Redis(port=replica.port).hlen("anonchat:nodes") == 2  # both heartbeats there
    finally:
        nodes.stop()


@pytest.mark.parametrize("url, says", [
    ("redis+sentinel://10.0.0.1:26379", "needs the name of the service"),
    ("redis+sentinel://10.0.0.1:26379/mymaster/zero", "needs the name of the service"),
    ("redis+sentinel://10.0.0.1,10.0.0.2:26379/mymaster", "'10.0.0.1' is not a Sentinel's host:port"),
])
def test_a_bad_sentinel_url_is_one_clear_line(tmp_path, url, says):
    path = tmp_path / "anonchat.yaml"
    path.write_text(f"cluster:\n  redis_url: {url}\n")
    with pytest.raises(ConfigError) as e:
        load_config(path)
    assert "cluster.redis_url" in str(e.value) and says in str(e.value)
