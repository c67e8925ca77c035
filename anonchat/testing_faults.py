"""Helpers for fault tests of a cluster: a PostgreSQL the test may stop, real nodes started
together, users whose every frame is read in the background, and the audit that every cluster
test ends with.

    pg = OwnPostgres().start()
    nodes = Cluster(tmp_path, pg.database(), redis.url).start(2, limits={"storage_retry_s": 3})
    alice = await Member.connect(nodes[0])
    ...
    pg.stop(); pg.start()            # a PostgreSQL restart, under the nodes' feet
    audit(db_url, [alice, bob])
"""

import asyncio
import json
import shutil
import tempfile
import time
from contextlib import closing
from pathlib import Path

import psycopg2

from .migrate import migrate
from .testing import ChatClient, ServeProcess, _with_dbname, pack_yaml, rows, write_packs


class OwnPostgres:
    """A real PostgreSQL of the test's own, which the test may stop and start again: never the
    machine's shared server. The embedded PostgreSQL runs it in a temporary directory, reached by a Unix socket
    whose path does not change across restarts."""

    def __init__(self):
        # Short on purpose: a Unix socket's path must fit in about 100 bytes.
        self.directory = Path(tempfile.mkdtemp(prefix="anonchat-pg-"))
        self.server = None
        self.admin_url = None

    def start(self):
        from .db import EmbeddedPostgres

        self.server = EmbeddedPostgres(self.directory)
        self.admin_url = self.server.start()
        return self

    def stop(self):
        """Stop the server (a fast shutdown: open connections are cut)."""
        if self.server is not None:
            self.server.stop()
            self.server = None

    def database(self, name="anonchat"):
        """The URL of a new migrated database on this server."""
        with closing(psycopg2.connect(self.admin_url)) as conn:
            conn.autocommit = True
            with conn.cursor() as cur:
                cur.execute(f'CREATE DATABASE "{name}"')
        url = _with_dbname(self.admin_url, name)
        migrate(url)
        return url

    def close(self):
        self.stop()
        shutil.rmtree(self.directory, ignore_errors=True)


class Cluster:
    """Real `anonchat serve` nodes of one chat on one PostgreSQL and one Redis, started together.

    `start(n, **sections)` overrides the config sections of every node (a dict is merged into
    the default section); `per_node(i)` gives node i's own on top. `stop()` stops them all."""

    SECRET = "cluster-test-secret"  # every node signs the same cookies

    def __init__(self, directory, db_url, redis_url, limits=None):
        self.directory = Path(directory)
        self.db_url = db_url
        self.redis_url = redis_url
        self.limits = dict(limits or {"burst": 1000, "rate_per_s": 1000})
        self.packs = write_packs(self.directory / "packs",
                                 {"blockers.yaml": pack_yaml("blockers", "spam", "block", ["blockme"])})
        self.nodes = []

    def config(self, i, sections):
        config = {"database": {"url": self.db_url, "migrate_on_start": False},
                  "cluster": {"redis_url": self.redis_url}, "data_dir": str(self.directory / f"node{i}"),
                  "rulepacks": {"directory": str(self.packs), "reload_interval_s": 0.2},
                  "matching": {"max_wait_s": 60}, "limits": dict(self.limits)}
        for key, value in sections.items():
            config[key] = {**config.get(key, {}), **value} if isinstance(value, dict) else value
        return config

    def start(self, n=2, per_node=None, **sections):
        first = len(self.nodes)
        nodes = [ServeProcess(self.directory / f"node{i}",
                              self.config(i, {**sections, **(per_node(i) if per_node else {})}),
                              env={"ANONCHAT_COOKIE_SECRET": self.SECRET}) for i in range(first, first + n)]
        self.nodes += nodes
        for node in nodes:
            node.launch()
        for node in nodes:
            node.wait_healthy()
        return nodes

    def alive(self, node):
        """The node's process runs and its /healthz answers (`ok` or `degraded`, never silence)."""
        return node.proc.poll() is None and node.health()["status"] in ("ok", "degraded")

    def logs(self):
        return "".join(node.log.read_text(errors="replace") for node in self.nodes)

    def stop(self):
        for node in self.nodes:
            node.stop()


class Member:
    """A chat user whose frames are read in the background, as a browser tab reads them: every
    frame that arrived, in order, and how the connection ended (`close_code`, None while open)."""

    def __init__(self, client):
        self.client = client
        self.frames = client.frames
        self.name = next(f["username"] for f in self.frames if f["type"] == "welcome")
        self.closed = False
        self.close_code = None
        self._reader = asyncio.ensure_future(self._read())

    @classmethod
    async def connect(cls, node, cookie=None):
        client = await ChatClient.connect(node.url, cookie)
        await client.recv("welcome", timeout=10)
        return cls(client)

    async def _read(self):
        while (raw := await self.client.conn.read_message()) is not None:
            self.frames.append(json.loads(raw))
        self.closed, self.close_code = True, self.client.conn.close_code

    async def send(self, **fields):
        await self.client.send(**fields)

    def of(self, kind):
        return [f for f in self.frames if f["type"] == kind]

    def messages(self):
        """The group's messages this member received (its own acknowledgements included)."""
        return self.of("message")

    def acked(self):
        """{client_id: message id} of this member's own messages the server acknowledged."""
        return {f["client_id"]: f["id"] for f in self.messages() if f["username"] == self.name}

    def rejected(self):
        """{client_id: reason} of this member's messages the server rejected."""
        return {f["client_id"]: f["reason"] for f in self.of("rejected")}

    async def until(self, condition, timeout=10.0, what="condition"):
        await wait_for(condition, timeout, f"{self.name}: {what}")

    def close(self):
        self.client.close()


async def wait_for(condition, timeout=10.0, what="condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"{what} not met within {timeout}s")


def audit(db_url, members):
    """The delivery contract, for members of one group: every acknowledged message is stored
    once, with the id it was acknowledged with; nothing rejected is delivered, nothing rejected as
    `unavailable` is stored; and every member
    received every stored message of the group once, in the stored order (so nothing was
    delivered that is not stored). Returns the stored client ids, in order."""
    stored = rows(db_url, "SELECT client_id, id FROM messages WHERE seq IS NOT NULL ORDER BY seq")
    by_client = {}
    for client_id, message_id in stored:
        assert client_id not in by_client, f"{client_id} stored twice"
        by_client[client_id] = message_id
    everything = {client_id for (client_id,) in rows(db_url, "SELECT client_id FROM messages")}
    ids = [message_id for _, message_id in stored]
    for member in members:
        for client_id, message_id in member.acked().items():
            assert by_client.get(client_id) == message_id, f"acknowledged {client_id} is not stored as {message_id}"
        for client_id, reason in member.rejected().items():
            assert client_id not in by_client, f"{client_id} was rejected ({reason}) but is delivered"
            # A message blocked by moderation is kept for the admins; one refused as
            # `unavailable` was promised not to be stored ("send it again").
            assert reason != "unavailable" or client_id not in everything, f"{client_id} was rejected but is stored"
        got = [f["id"] for f in member.messages()]
        assert got == ids, f"{member.name} got {len(got)} messages, {len(ids)} stored (all, each once, in order)"
    return [client_id for client_id, _ in stored]
