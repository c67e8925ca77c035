"""The cluster bus: how nodes serving one chat reach each other (docs/scaling.md).

`LocalBus` is one process on its own: it is always the matching leader, its waiting queue is the
hub's own, and what it "publishes" to itself is handled at once. `RedisBus` joins a cluster through
Redis: a pub/sub channel per node (the traffic of groups with members on it, commands for it) and
one for all, a hash for the waiting queue, a key with a time-to-live for matching leadership, a
hash of node heartbeats. The hub uses both the same way.

Redis pub/sub delivers at most once. Nothing here has to be reliable: messages carry per-group
sequence numbers and a node fills holes from PostgreSQL; seats are in PostgreSQL; a ban is checked
again at every connect. So a publish that fails is logged and dropped, never retried.
"""

import asyncio
import json
import logging
import os
import socket
import ssl
import time
from urllib.parse import parse_qs, unquote, urlsplit

import hiredis

log = logging.getLogger("anonchat.cluster")

PREFIX = "anonchat:"
ALL = PREFIX + "all"
WAITING = PREFIX + "waiting"
LEADER = PREFIX + "leader"
NODES = PREFIX + "nodes"
HEARTBEAT_S = 1.0
LEADER_TTL_MS = 3000
NODE_DEAD_S = 5.0  # a node without a heartbeat this long is gone: its seats start their grace

# Renew the leadership only if it is still ours: a node paused past the TTL must not take back a
# key another node now holds.
_RENEW = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) " \
         "else return 0 end"


def _heartbeats(nodes):
    """The heartbeats in `anonchat:nodes` that make sense: one bad entry (written by hand, by an
    older version) must not stop every node's heartbeat."""
    for node, value in nodes.items():
        try:
            beat = json.loads(value)
            if isinstance(beat, dict) and isinstance(beat.get("at"), (int, float)):
                yield {**beat, "node": node.decode()}
        except (ValueError, UnicodeDecodeError):
            pass


def node_channel(node_id):
    return f"{PREFIX}node:{node_id}"


SENTINEL = "redis+sentinel"


class Sentinels:
    """A `redis+sentinel://[[user]:password@]host:port[,host:port...]/service[/db]` URL: the
    Sentinels to ask where the primary of `service` is now, and how to log in to it. Every
    connection asks again, so a node follows a failover by reconnecting (Sentinel cuts the old
    primary's clients when it demotes it)."""

    def __init__(self, url):
        parts = urlsplit(url)
        self.username = unquote(parts.username) if parts.username else None
        self.password = unquote(parts.password) if parts.password else None
        self.addresses = []
        for item in parts.netloc.rpartition("@")[2].split(","):
            host, _, port = item.rpartition(":") if not item.endswith("]") else (item, "", "")
            if not host or not port.isdigit():
                raise ValueError(f"{item!r} is not a Sentinel's host:port")
            self.addresses.append((host.strip("[]"), int(port)))
        path = [piece for piece in parts.path.split("/") if piece]
        if not path or len(path) > 2 or (len(path) == 2 and not path[1].isdigit()):
            raise ValueError("needs the name of the service the Sentinels watch, and may add a database: "
                             "redis+sentinel://host:26379/mymaster/0")
        self.service, self.db = path[0], int(path[1]) if len(path) == 2 else 0
        self.sentinel_password = (parse_qs(parts.query).get("sentinel_password") or [None])[0]

    async def primary(self, timeout):
        """(host, port) of the primary, as the first Sentinel that answers names it."""
        errors = []
        for host, port in self.addresses:
            wire = Wire(f"redis://{host}:{port}")
            try:
                await wire.open(host, port, None, timeout)
                if self.sentinel_password:
                    wire.send(("AUTH", self.sentinel_password))
                wire.send(("SENTINEL", "get-master-addr-by-name", self.service))
                replies = []
                while len(replies) < (2 if self.sentinel_password else 1):
                    replies += await wire.read(timeout)
                reply = replies[-1]
                if isinstance(reply, list) and len(reply) == 2:
                    return reply[0].decode(), int(reply[1])
                errors.append(f"{host}:{port} knows no service {self.service!r} ({reply})")
            except (OSError, asyncio.TimeoutError, ConnectionError) as e:
                errors.append(f"{host}:{port}: {type(e).__name__}: {e}")
            finally:
                wire.close()
        raise ConnectionError("no Sentinel named a primary: " + "; ".join(errors))

    def client(self, **options):
        """A redis-py client that asks the Sentinels for the primary at each new connection."""
        from redis.asyncio.sentinel import Sentinel

        sentinel = Sentinel(self.addresses, sentinel_kwargs={"password": self.sentinel_password,
                                                              "socket_connect_timeout": 2, "socket_timeout": 2})
        return sentinel.master_for(self.service, db=self.db, username=self.username, password=self.password,
                                   **options)


class Wire:
    """One Redis connection spoken to directly, for the bus's two hot paths: receiving and
    publishing a group's messages, thousands a second. redis-py costs a coroutine, a retry wrapper
    and a timeout per message read (a quarter of a node's CPU under chat load, measured with
    py-spy); here hiredis, Redis's own C parser, takes every reply that has arrived from one read.
    Everything else (the queue, leadership, heartbeats) stays on redis-py.
    """

    def __init__(self, url):
        self.sentinels = Sentinels(url) if url.startswith(SENTINEL + "://") else None
        self.url = urlsplit(url)
        self.reader = None
        self.writer = None
        self.replies = hiredis.Reader()

    async def open(self, host, port, tls, timeout):
        self.reader, self.writer = await asyncio.wait_for(asyncio.open_connection(host, port, ssl=tls), timeout)
        self.replies = hiredis.Reader()

    async def connect(self, timeout=2.0):
        url, commands = self.url, []
        if self.sentinels:
            await self.open(*await self.sentinels.primary(timeout), None, timeout)
            username, password, db = self.sentinels.username, self.sentinels.password, str(self.sentinels.db)
            # The address may be a step behind a failover: a demoted primary takes writes no more.
            commands.append(("ROLE",))
        else:
            if url.scheme == "unix":
                self.reader, self.writer = await asyncio.wait_for(asyncio.open_unix_connection(url.path), timeout)
                self.replies = hiredis.Reader()
            else:
                await self.open(url.hostname or "127.0.0.1", url.port or 6379,
                                ssl.create_default_context() if url.scheme == "rediss" else None, timeout)
            query = parse_qs(url.query)
            db = (query.get("db") or [url.path.strip("/") if url.scheme != "unix" else ""])[0] or "0"
            username = unquote(url.username) if url.username else None
            password = unquote(url.password) if url.password else None
        if password:
            commands.insert(0, ("AUTH", username, password) if username else ("AUTH", password))
        commands.append(("SELECT", db))
        self.send(*commands)
        replies = []
        while len(replies) < len(commands):
            replies += await self.read(timeout)
        for reply in replies:
            if isinstance(reply, hiredis.ReplyError):
                raise ConnectionError(f"Redis refused the connection: {reply}")
            if isinstance(reply, list) and reply and reply[0] != b"master":
                raise ConnectionError(f"the Sentinels' primary is a {reply[0].decode()} now (a failover is under way)")
        return self

    def send(self, *commands):
        self.writer.write(b"".join(hiredis.pack_command(c) for c in commands))

    async def read(self, timeout=None):
        """Every reply that has arrived (at least one)."""
        while True:
            replies = []
            while (reply := self.replies.gets()) is not False:
                replies.append(reply)
            if replies:
                return replies
            data = await (asyncio.wait_for(self.reader.read(65536), timeout) if timeout else self.reader.read(65536))
            if not data:
                raise ConnectionError("Redis closed the connection")
            self.replies.feed(data)

    def close(self):
        if self.writer is not None:
            self.writer.close()


class LocalBus:
    """One node alone: every call stays in this process."""

    clustered = False

    def __init__(self, node_id):
        self.node_id = node_id
        self.hub = None
        self.error = None  # why the bus is degraded, or None

    async def start(self, hub):
        self.hub = hub

    async def stop(self):
        pass

    @property
    def is_leader(self):
        return True

    async def alive_nodes(self):
        return {self.node_id}

    async def enqueue(self, session_id, entry):
        pass  # the hub's own `waiting` is the queue

    async def dequeue(self, session_ids):
        pass

    async def queue(self):
        return [(sid, {**entry, "node": self.node_id}) for sid, entry in self.hub.waiting.items()]

    def publish(self, nodes, code, seq, frame):
        pass  # no other node holds members of any group

    def group_event(self, nodes, code, payload):
        self.hub.on_group_event(code, payload)

    async def to_node(self, node_id, payload):
        await self.hub.on_command(payload)

    async def broadcast(self, payload):
        await self.hub.on_command(payload)

    def nodes(self):
        return []


class RedisBus(LocalBus):
    """One node of a cluster, through Redis."""

    clustered = True

    def __init__(self, node_id, url, address):
        super().__init__(node_id)
        import redis.asyncio  # only a cluster needs it

        self.url = url
        self.address = address
        options = {"socket_connect_timeout": 2, "socket_timeout": 5, "health_check_interval": 10}
        self.redis = (Sentinels(url).client(**options) if url.startswith(SENTINEL + "://")
                      else redis.asyncio.from_url(url, **options))
        self.inbox = self.outbox_wire = None  # Wires: the subscription, and publishing
        self._leader = False
        self._outbox = []
        self._outbox_ready = asyncio.Event()
        self._tasks = []
        self._renew = self.redis.register_script(_RENEW)
        self._alive = {node_id}
        self._nodes = []

    async def start(self, hub):
        self.hub = hub
        try:
            await self._connect()
            await self._heartbeat()
        except Exception as e:
            # Start serving anyway: the node works for its own users and catches up when Redis is back.
            self._degraded(e)
        self._tasks = [asyncio.ensure_future(t) for t in (self._listen(), self._beat(), self._send())]

    async def _connect(self):
        self._close_wires()
        self.inbox = await Wire(self.url).connect()
        # Two channels a node, whatever it holds: what is for everyone, and what is for this node
        # (group traffic is sent to the nodes holding the group's members, never echoed back).
        self.inbox.send(("SUBSCRIBE", ALL, node_channel(self.node_id)))
        self.outbox_wire = await Wire(self.url).connect()

    def _close_wires(self):
        for wire in (self.inbox, self.outbox_wire):
            if wire is not None:
                wire.close()
        self.inbox = self.outbox_wire = None

    async def stop(self):
        for task in self._tasks:
            task.cancel()
        try:
            await asyncio.wait_for(self._stop_redis(), 3)
        except Exception as e:
            log.warning("leaving the cluster: %s", e)
        await self.redis.aclose()

    async def _stop_redis(self):
        if self._outbox:
            await self._send_now()
        await self.redis.hdel(NODES, self.node_id)
        if self._leader:
            await self.redis.delete(LEADER)  # the next leader need not wait for the key to expire
        self._close_wires()

    def _degraded(self, error):
        if self.error is None:
            log.error("Redis unreachable (%s): serving this node's own groups until it is back", error)
        self.error = f"{type(error).__name__}: {error}"
        self._leader = False

    # --- leadership and heartbeats ---------------------------------------------------------------

    @property
    def is_leader(self):
        return self._leader and self.error is None

    async def _beat(self):
        while True:
            await asyncio.sleep(HEARTBEAT_S)
            try:
                await self._heartbeat()
            except Exception as e:
                self._degraded(e)

    async def _heartbeat(self):
        now = time.time()
        info = {"node": self.node_id, "address": self.address, "host": socket.gethostname(), "pid": os.getpid(),
                "at": now, **self.hub.status()}
        pipe = self.redis.pipeline(transaction=False)
        pipe.hset(NODES, self.node_id, json.dumps(info))
        pipe.hgetall(NODES)
        _, nodes = await pipe.execute()
        self._nodes = sorted(_heartbeats(nodes), key=lambda n: n["node"])
        self._alive = {n["node"] for n in self._nodes if now - n["at"] < NODE_DEAD_S}
        stale = [n["node"] for n in self._nodes if now - n["at"] > 60 * NODE_DEAD_S]
        if stale:
            await self.redis.hdel(NODES, *stale)
        if self._leader:
            self._leader = bool(await self._renew(keys=[LEADER], args=[self.node_id, LEADER_TTL_MS]))
        if not self._leader:
            self._leader = bool(await self.redis.set(LEADER, self.node_id, nx=True, px=LEADER_TTL_MS))
            if self._leader:
                log.info("node %s leads matching", self.node_id)
        if self.error is not None:
            log.info("Redis is back: resubscribing and catching up from PostgreSQL")
            self.error = None
            await self._connect()
            self._outbox_ready.set()  # what waited for Redis goes out now
            await self.hub.catch_up()

    async def alive_nodes(self):
        return set(self._alive) | {self.node_id}

    def nodes(self):
        """The cluster's nodes as their last heartbeats tell (for the console)."""
        now = time.time()
        return [{**n, "alive": now - n["at"] < NODE_DEAD_S, "age_s": round(now - n["at"], 1)} for n in self._nodes]

    # --- the waiting queue ------------------------------------------------------------------------

    async def enqueue(self, session_id, entry):
        try:
            await self.redis.hset(WAITING, session_id, json.dumps({**entry, "node": self.node_id}))
        except Exception as e:
            self._degraded(e)  # the hub matches its own users meanwhile, and enqueues them again later

    async def dequeue(self, session_ids):
        if session_ids:
            try:
                await self.redis.hdel(WAITING, *session_ids)
            except Exception as e:
                self._degraded(e)

    async def queue(self):
        pipe = self.redis.pipeline(transaction=False)
        pipe.hgetall(WAITING)
        pipe.hgetall(NODES)
        waiting, nodes = await pipe.execute()
        entries = {sid.decode(): json.loads(v) for sid, v in waiting.items()}
        # Fresh heartbeats, not the last second's: a node that has just started is alive too.
        now = time.time()
        alive = {n["node"] for n in _heartbeats(nodes) if now - n["at"] < NODE_DEAD_S}
        gone = [sid for sid, e in entries.items() if e["node"] not in alive]
        await self.dequeue(gone)  # a dead node's users send `join` again wherever they reconnect
        return [(sid, e) for sid, e in entries.items() if e["node"] in alive]

    # --- pub/sub ----------------------------------------------------------------------------------

    def publish(self, nodes, code, seq, frame):
        """Message `seq` of group `code` to the other nodes holding its members. Not JSON in
        JSON: a node parses this line for every message a group on two nodes says."""
        data = f"M{code} {seq} {frame}"
        for node in nodes:
            self._outbox.append((node_channel(node), data))
        self._outbox_ready.set()

    def group_event(self, nodes, code, payload):
        """A change of group `code` (who is in it), here and on `nodes`."""
        self.hub.on_group_event(code, payload)
        for node in nodes:
            if node != self.node_id:
                self._queue(node_channel(node), {**payload, "in_group": code})

    async def to_node(self, node_id, payload):
        if node_id == self.node_id:
            await self.hub.on_command(payload)
        else:
            self._queue(node_channel(node_id), payload)

    async def broadcast(self, payload):
        await self.hub.on_command(payload)
        self._queue(ALL, payload)

    def _queue(self, channel, payload):
        # Publications of one loop iteration go out in one pipeline, in order, from one task.
        self._outbox.append((channel, json.dumps({**payload, "from": self.node_id}, separators=(",", ":"))))
        self._outbox_ready.set()

    async def _send(self):
        while True:
            await self._outbox_ready.wait()
            self._outbox_ready.clear()
            try:
                await self._send_now()
            except Exception as e:
                self._degraded(e)

    async def _send_now(self):
        batch, self._outbox = self._outbox, []
        if self.error is not None:
            # Group traffic is dropped: receivers fill message holes from PostgreSQL when Redis is
            # back. Commands for all (bans above all) wait for it, a bounded number of them.
            self._outbox = [item for item in batch if item[0] == ALL][-1000:]
            return
        if not batch:
            return
        wire = self.outbox_wire
        wire.send(*(("PUBLISH", channel, data) for channel, data in batch))
        answered = 0
        while answered < len(batch):  # one reply a publication (how many received it)
            answered += len(await wire.read(timeout=5))

    async def _listen(self):
        while True:
            try:
                if self.error is not None or self.inbox is None:
                    await asyncio.sleep(0.5)  # the heartbeat reconnects when Redis is back
                    continue
                replies = await self.inbox.read()
            except asyncio.CancelledError:
                raise
            except Exception as e:  # Redis gone, or it cut off a subscriber that fell behind
                self._degraded(e)
                continue
            for reply in replies:
                if isinstance(reply, list) and reply[0] == b"message":
                    self._received(reply[2])

    def _received(self, data):
        try:
            if data[:1] == b"M":  # a group's message: M<code> <seq> <frame>
                code, seq, frame = data[1:].decode().split(" ", 2)
                self.hub.on_group_message(code, int(seq), frame)
                return
            payload = json.loads(data)
            if payload.get("from") == self.node_id:
                return  # handled here when it was sent
            if "in_group" in payload:
                self.hub.on_group_event(payload["in_group"], payload)
            else:  # a command may wait on the database: never hold up the channel for it
                asyncio.ensure_future(self.hub.on_command(payload))
        except Exception:
            log.exception("could not handle a bus message: %.200r", data)
