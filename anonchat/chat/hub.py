"""The chat hub: who is connected to this node, how users are matched into groups, and how a
message travels.

A node holds sockets; the seats (who sits in which group) are rows in PostgreSQL, so a user can
come back through any node; the bus (`anonchat/cluster.py`) carries what other nodes must hear.
With no cluster configured the bus is this process alone and nothing leaves it. All state lives on
one event loop, so no locks are needed except around matching and the ban policy, which await the
database while they decide.
"""

import asyncio
import itertools
import logging
import secrets
import time
from collections import Counter, OrderedDict, deque
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import datetime, timedelta, timezone

from .. import queries
from ..decisions import AddToGroup, Ban, FlagRecord, NewGroup, OpenGroup, Partial, WaitingUser, Warn
from ..moderation import Hit
from .names import random_username
from .protocol import frame, message_frame, wire_frame
from .writer import MessageWriter

log = logging.getLogger("anonchat.hub")

ACTION_RANK = {"allow": 0, "flag": 1, "mask": 2, "block": 3}
# How long a message that arrived before its predecessor waits for it on the bus before the node
# reads the missing ones from PostgreSQL.
GAP_WAIT_S = 0.3
# How long a session new to this node waits, at most, for the rate-limit bucket it left on
# another node before its messages are taken (only in a cluster, only its first moments).
HANDOFF_WAIT_S = 0.2


class User:
    """A connected (or briefly disconnected) anonymous user."""

    def __init__(self, session_id, username, socket, rate_per_s, burst):
        self.session_id = session_id
        self.username = username
        self.socket = socket
        self.group = None
        self.grace_timer = None
        self.rate_per_s = rate_per_s
        self.burst = burst
        self.tokens = float(burst)
        self.refilled = time.monotonic()
        self.checking = deque()  # [client_id, text, verdict or None]: messages on the moderation thread
        self.held = None  # messages waiting for the bucket the session had on another node

    def take_token(self):
        """Token bucket: `burst` messages at once, `rate_per_s` sustained."""
        self.refill()
        if self.tokens >= 1:
            self.tokens -= 1
            return True
        return False

    def refill(self):
        now = time.monotonic()
        self.tokens = min(self.burst, self.tokens + (now - self.refilled) * self.rate_per_s)
        self.refilled = now

    def bucket(self):
        """The bucket as another node can take it over: (tokens, on the wall clock)."""
        self.refill()
        return self.tokens, time.time()

    def take_bucket(self, tokens, at):
        """The bucket this session had on another node: never more tokens than it left there."""
        self.refill()
        self.tokens = min(self.tokens, self.burst, tokens + max(0.0, time.time() - at) * self.rate_per_s)

    def send(self, text):
        if self.socket is not None:
            self.socket.send(text)

    def send_wire(self, data):
        if self.socket is not None:
            self.socket.send_wire(data)


class Group:
    """This node's view of a group: its members connected here, everyone's names, and the cursor
    that hands the group's messages to them in sequence order, each once."""

    def __init__(self, id, code, capacity, next_seq=1):
        self.id = id
        self.code = code
        self.capacity = capacity
        self.members = {}  # session_id -> User, on this node
        self.names = []  # every member's username, on every node (sorted)
        self.nodes = frozenset()  # the other nodes holding members: messages go to them too
        self.next_seq = next_seq  # the number of the next message to hand out
        self.early = {}  # seq -> frame text that came before its predecessors
        self.gap_timer = None

    def broadcast(self, text):
        data = wire_frame(text)
        for user in self.members.values():
            user.send_wire(data)

    def set_roster(self, roster, node_id):
        self.names = sorted(name for _, name, _ in roster)
        self.nodes = frozenset(node for _, _, node in roster if node != node_id)


def _merge_hits(verdict, extra):
    """The verdict with plugin hits added; the strongest action wins."""
    hits = tuple(sorted(verdict.hits + tuple(extra), key=lambda h: (h.start, h.end)))
    action = max((h.action for h in hits), key=ACTION_RANK.get, default="allow")
    text = verdict.text
    if any(h.action == "mask" for h in extra):
        chars = list(text)
        for h in extra:
            if h.action == "mask":
                chars[h.start:h.end] = ["*" if not c.isspace() else c for c in chars[h.start:h.end]]
        text = "".join(chars)
    return verdict.__class__(action=action, text=text, hits=hits,
                             categories=tuple(sorted({h.category for h in hits})))


def _hit_problem(hit, text):
    """What makes a plugin's hit unusable for `text`, or None."""
    if not isinstance(hit, Hit):
        return f"{hit!r:.200} is not an anonchat.moderation.Hit"
    if hit.action not in ("flag", "mask", "block"):
        return f"unknown action {hit.action!r:.50} (flag, mask or block)"
    if not all(type(i) is int for i in (hit.start, hit.end)) or not 0 <= hit.start <= hit.end <= len(text):
        return f"span {hit.start!r:.30}-{hit.end!r:.30} is outside the text (0-{len(text)})"
    if not all(isinstance(v, str) for v in (hit.pack, hit.category, hit.rule, hit.matched, hit.severity)):
        return "pack, category, rule, matched and severity must be strings"
    return None


def _partial_or(validate, ids):
    """A check of a matching answer: `validate` for a whole one; for a `Partial`, `validate` for
    its decisions, and `hold` naming only waiting users (`ids`) it does not seat."""
    def check(result):
        if not isinstance(result, Partial):
            return validate(result)
        hold = result.hold
        if not isinstance(hold, (set, frozenset, list, tuple)) or not set(hold) <= ids:
            return "Partial.hold must list ids of waiting users"
        problem = validate(result.decisions)
        if not problem and set(hold) & {m for d in result.decisions for m in d.members}:
            problem = "a user is both seated and held"
        return problem
    return check


def _rest(waiting, open_groups, partial):
    """What a `Partial` matching answer leaves to the next strategy: the users it neither seated
    nor held back, and the open groups with the users it seated in them (so blocked pairs stay
    apart), less those it filled."""
    gone = set(partial.hold) | {m for d in partial.decisions for m in d.members}
    added = {}
    for d in partial.decisions:
        if isinstance(d, AddToGroup):
            added.setdefault(d.group, set()).update(d.members)
    groups = tuple(replace(g, size=g.size + len(added.get(g.code, ())), members=g.members | added.get(g.code, set()))
                   for g in open_groups)
    return tuple(u for u in waiting if u.id not in gone), tuple(g for g in groups if g.size < g.capacity)


class Hub:
    def __init__(self, app, bus):
        self.app = app
        self.bus = bus
        self.node_id = bus.node_id
        cfg = app.config
        self.limits = cfg.limits
        self.matching = vars(cfg.matching)
        self.users = {}  # session_id -> User on this node (connected or within the reconnect grace)
        self.usernames = set()  # theirs: a new user's random name must not repeat one of these
        self.waiting = OrderedDict()  # session_id -> {"username", "interests", "since"}: this node's
        self.groups = {}  # code -> Group with members on this node
        self.writer = None
        self._match_lock = asyncio.Lock()
        self._flag_lock = asyncio.Lock()
        self._tasks = []
        # Counted for GET /metrics (anonchat/metrics.py reads them when scraped): plain integers,
        # so a message pays an increment and no more.
        self.delivered = 0
        self.received = 0  # chat messages that reached send(), refused ones included
        self.allowed = 0  # messages the engine and plugins let through untouched
        self.verdicts = Counter()  # (category, action) -> messages flagged, masked or blocked
        self.flags = 0  # messages stored flagged, masked or blocked (each goes to the ban policy)
        self.bans = 0  # bans decided on this node, by a policy or from the console
        self.stopping = False
        self._buckets = {}  # session -> (tokens, at, full at): buckets of sessions gone from here
        # One thread for long texts (RE2 lets go of the GIL; Python gives it back every few ms).
        self._moderation = ThreadPoolExecutor(max_workers=1, thread_name_prefix="anonchat-moderation")

    # --- life cycle ----------------------------------------------------------------------------

    async def start(self):
        self.writer = MessageWriter(self.app.pool, prefix=self.node_id, retry_s=self.limits.storage_retry_s)
        self.writer.start()
        await self.bus.start(self)
        self._tasks = [asyncio.ensure_future(self._lead())]
        if self.bus.clustered:
            self._tasks.append(asyncio.ensure_future(self._reconcile()))

    async def stop(self):
        self.stopping = True
        for task in self._tasks:
            task.cancel()
        for user in list(self.users.values()):
            if user.grace_timer:
                user.grace_timer.cancel()
            if user.socket is not None:
                user.socket.close(1001, "server shutting down")
        self._moderation.shutdown(wait=True)  # what it checked reaches the writer before it stops
        await asyncio.sleep(0)
        await self.writer.stop()
        await self.bus.dequeue(list(self.waiting))
        await self.bus.stop()
        # The seats stay: their users may come back within the grace, here after a restart or
        # through another node.
        await queries.node_left(self.app.pool, self.node_id)

    def limits_frame(self):
        return {"max_message_chars": self.limits.max_message_chars, "rate_per_s": self.limits.rate_per_s,
                "burst": self.limits.burst, "max_frame_bytes": self.limits.max_frame_bytes,
                "group_size": self.matching["group_size"]}

    def status(self):
        """This node as its heartbeat tells the others (the console's node list)."""
        last, candidate = self.app.engine.last_result, self.app.engine.candidate
        return {"connections": sum(1 for u in self.users.values() if u.socket is not None),
                "waiting": len(self.waiting), "groups": len(self.groups), "engine": self.app.engine.engine.version,
                "candidate": candidate.new.version if candidate else None,  # built, waiting for Apply
                "reload": None if last is None else {"ok": last.ok, "at": last.at.timestamp() if last.at else None,
                                                     "error": None if last.ok else str(last.error)[:300]}}

    def spawn(self, coro, what):
        """Run `coro` on its own; an error is logged with `what`, and costs nobody else anything."""
        async def run():
            try:
                await coro
            except Exception:
                log.exception("%s failed", what)
        return asyncio.ensure_future(run())

    # --- connections ---------------------------------------------------------------------------

    async def connect(self, session_id, socket):
        """Attach a socket; returns the User, or None when the session is banned (socket closed)."""
        pool = self.app.pool
        stored = await queries.session_and_ban(pool, session_id)
        if stored["banned"]:
            socket.send(frame("banned", reason=stored["ban_reason"], until=stored["ban_until"],
                              username=stored["username"]))
            socket.close(1008, "banned")
            return None
        user = self.users.get(session_id)
        if user is not None:  # a reconnect within the grace period, or a second tab taking over
            if user.socket is not None and user.socket is not socket:
                user.socket.close(4000, "replaced by a newer connection")
            if user.grace_timer:
                user.grace_timer.cancel()
                user.grace_timer = None
            user.socket = socket
            if user.group is not None and not await queries.claim_seat(pool, session_id, self.node_id):
                self._drop(user)  # the seat was freed meanwhile (a ban, a sweep)
        else:
            username = stored["username"]
            if username is None or (username in self.usernames and stored["seat_group"] is None):
                username = random_username(self.usernames)
            await queries.save_session(pool, session_id, username)
            user = User(session_id, username, socket, self.limits.rate_per_s, self.limits.burst)
            self.users[session_id] = user
            self.usernames.add(username)
            if stored["seat_group"] is not None:  # seated, and back through this node
                group_id = await queries.claim_seat(pool, session_id, self.node_id)
                if group_id is not None:
                    group = await self._attach([user], await queries.group_by_id(pool, group_id))
                    await self._announce(group.code, group.id, "member_moved", user)
            # Any other node holding this session lets go of it (one socket per session in the
            # cluster) and sends its rate-limit bucket; messages wait for it a moment.
            if self.bus.clustered:
                user.held = []
                asyncio.get_running_loop().call_later(HANDOFF_WAIT_S, self._release, user)
            await self.bus.broadcast({"op": "connected", "session": session_id, "node": self.node_id})
        # `group` tells a reconnecting client whether a `matched` (resumed) follows.
        user.send(frame("welcome", username=user.username, limits=self.limits_frame(),
                        group=user.group.code if user.group else None))
        if user.group is not None:
            await self._send_matched(user, resumed=True)
        return user

    def disconnect(self, user, socket):
        if user.socket is not socket or self.stopping:
            return  # an older socket replaced by a newer one; or `stop` marks every seat at once
        user.socket = None
        if self.waiting.pop(user.session_id, None) is not None:
            self.spawn(self.bus.dequeue([user.session_id]), "leaving the queue")
        if user.group is None:
            self._forget(user)
            return
        # Keep the seat for a while: a flaky phone connection should not lose its group.
        self.spawn(queries.disconnect_seat(self.app.pool, user.session_id, self.node_id), "marking a seat")
        loop = asyncio.get_running_loop()
        user.grace_timer = loop.call_later(self.limits.reconnect_grace_s, self._grace_expired, user)

    def _forget(self, user):
        if self.users.get(user.session_id) is user:
            del self.users[user.session_id]
        self.usernames.discard(user.username)
        if self.bus.clustered:
            # Kept until it would be full again, for the node the session turns up on next.
            now = time.time()
            if len(self._buckets) > 10_000:
                self._buckets = {k: b for k, b in self._buckets.items() if b[2] > now}
            tokens, at = user.bucket()
            self._buckets[user.session_id] = (tokens, at, at + (user.burst - tokens) / user.rate_per_s)

    def _release(self, user):
        """The session's bucket from another node is here (or is not coming): send what waited."""
        held, user.held = user.held, None
        for client_id, text in held or ():
            self.send(user, client_id, text)

    def _grace_expired(self, user):
        user.grace_timer = None
        if user.socket is None and user.group is not None:
            self.spawn(self._free_seat(user, user.group, node_id=self.node_id), "ending a reconnect grace")

    # --- groups --------------------------------------------------------------------------------

    def join(self, user, interests):
        self.spawn(self._join(user, interests), "join")

    async def _join(self, user, interests):
        if user.group is not None:
            await self._free_seat(user, user.group)
        entry = {"username": user.username, "interests": sorted(interests), "since": time.time()}
        self.waiting[user.session_id] = entry
        user.send(frame("waiting"))
        await self.bus.enqueue(user.session_id, entry)
        await self.match_soon()

    def leave(self, user):
        was_waiting = self.waiting.pop(user.session_id, None) is not None
        if was_waiting:
            self.spawn(self.bus.dequeue([user.session_id]), "leaving the queue")
        if user.group is not None:
            self.spawn(self._free_seat(user, user.group), "leave")
        elif not was_waiting:
            return
        user.send(frame("left"))

    async def _free_seat(self, user, group, node_id=None):
        """`user` leaves `group` (a leave, a new join, a ban, a grace run out): free the seat and
        tell the group. With `node_id`, only if the seat is still this node's and disconnected."""
        self._drop(user)
        if await queries.leave_seat(self.app.pool, user.session_id, group.id, node_id):
            await self._announce(group.code, group.id, "member_left", user)
            await self.match_soon()

    def _drop(self, user):
        """Take `user` out of their group on this node (the seat itself is someone else's job)."""
        group = user.group
        user.group = None
        if group is not None and group.members.pop(user.session_id, None) is not None and not group.members:
            # Nobody here any more: this node stops following the group.
            del self.groups[group.code]
            if group.gap_timer:
                group.gap_timer.cancel()
        if user.socket is None:
            self._forget(user)

    async def _announce(self, code, group_id, kind, user, exclude=()):
        """Tell every node's members of a group that `user` joined or left (or, `member_moved`,
        came back through another node), with the members now. The nodes that held members
        before hear it too, so one that has lost its last member stops sending there."""
        roster = await queries.roster(self.app.pool, group_id)
        followed = self.groups.get(code)
        nodes = {node for _, _, node in roster} | (followed.nodes if followed else set())
        self.bus.group_event(nodes, code, {"op": "members", "kind": kind, "session": user.session_id,
                                           "username": user.username, "roster": roster, "exclude": list(exclude)})

    def on_group_message(self, code, seq, text):
        """Message `seq` of group `code`, stored by another node."""
        group = self.groups.get(code)
        if group is not None:
            self._deliver(group, seq, text)

    def on_group_event(self, code, event):
        """Members came or went in group `code` (here or on another node): tell our members."""
        group = self.groups.get(code)
        if group is None:
            return
        group.set_roster(event["roster"], self.node_id)
        if event["kind"] == "member_moved":
            return  # the same members, one of them through another node
        sid, exclude = event["session"], set(event["exclude"])
        gone = group.members.get(sid) if event["kind"] == "member_left" else None
        if gone is not None:  # seated here, freed elsewhere (a sweep after a grace, a ban)
            self._drop(gone)
        text = frame(event["kind"], username=event["username"], members=group.names)
        for member_sid, member in group.members.items():
            if member_sid != sid and member_sid not in exclude:
                member.send(text)

    # --- matching (on the leader) --------------------------------------------------------------

    async def match_soon(self):
        """Ask the leader to match now (it also does every second)."""
        if self.bus.is_leader or self.bus.error:
            await self._match()
        else:
            await self.bus.broadcast({"op": "match"})

    async def _lead(self):
        """Whoever leads matches the whole cluster's queue and frees the seats of gone nodes."""
        interval = min(1.0, max(0.1, self.limits.reconnect_grace_s / 4))
        while True:
            await asyncio.sleep(interval)
            try:
                if self.bus.error:  # cut off from the cluster: this node matches its own users
                    await self._match()
                if not self.bus.is_leader:
                    continue
                await self._match()
                await self._sweep()
            except Exception:
                log.exception("matching round failed")

    async def _sweep(self):
        alive = await self.bus.alive_nodes()
        for session_id, username, group_id, code in await queries.sweep_seats(self.app.pool, alive,
                                                                               self.limits.reconnect_grace_s):
            gone = _Gone(session_id, username)
            await self._announce(code, group_id, "member_left", gone)

    async def _blocked_pairs(self, waiting, seated_names):
        """What the matching hook must keep apart: the blocks (stored by `report`) between waiting
        users, and between a waiting user and a member of an open group; and two users of one name.

        Each node picks its users' random names itself, unique among its own users only, so two
        nodes can give out one name; in one group its two users could not be told apart (a notice,
        a message, a report would name either). `seated_names` is {session id: username} of the
        open groups' members."""
        ids = {u.id for u in waiting}
        pairs = await queries.blocked_pairs(self.app.pool, ids | seated_names.keys())
        by_name = {}
        for sid, name in [(u.id, u.username) for u in waiting] + list(seated_names.items()):
            by_name.setdefault(name, []).append(sid)
        for sids in by_name.values():
            pairs.update(frozenset(p) for p in itertools.combinations(sids, 2))
        return frozenset(pair for pair in pairs if pair & ids)

    def _validate_matching(self, waiting, open_groups, blocked=frozenset()):
        ids = {u.id for u in waiting}
        free = {g.code: g.capacity - g.size for g in open_groups}
        seated = {g.code: g.members for g in open_groups}
        size = self.matching["group_size"]

        def validate(result):
            if not isinstance(result, (list, tuple)):
                return "expected a list of NewGroup/AddToGroup"
            seen = set()
            for decision in result:
                if not isinstance(decision, (NewGroup, AddToGroup)):
                    return f"{decision!r} is not a NewGroup or AddToGroup"
                members = tuple(decision.members)
                unknown = [m for m in members if m not in ids]
                if unknown:
                    return f"user(s) {unknown} are not waiting"
                if seen & set(members) or len(set(members)) != len(members):
                    return "a user is placed twice"
                seen.update(members)
                if isinstance(decision, NewGroup) and not 2 <= len(members) <= size:
                    return f"a new group of {len(members)} (allowed: 2 to {size})"
                if isinstance(decision, AddToGroup):
                    if decision.group not in free:
                        return f"group {decision.group!r} is not an open group"
                    if len(members) > free[decision.group]:
                        return f"group {decision.group!r} has only {free[decision.group]} free seats"
                together = set(members) | (seated[decision.group] if isinstance(decision, AddToGroup) else set())
                if any(pair <= together for pair in blocked):
                    return "it puts two users who blocked one another in one group"
            return None

        return validate

    async def _match(self):
        async with self._match_lock:
            alone = self.bus.error is not None
            if alone:  # Redis is unreachable: this node's own queue, and groups wholly on this node
                queue = {sid: {**e, "node": self.node_id} for sid, e in self.waiting.items()}
            else:
                queue = dict(await self.bus.queue())
            if not queue:
                return
            now = time.time()
            waiting = tuple(WaitingUser(sid, e["username"], frozenset(e["interests"]), max(0.0, now - e["since"]))
                            for sid, e in sorted(queue.items(), key=lambda item: item[1]["since"]))
            rows = {g["code"]: g for g in await queries.open_groups(self.app.pool)
                    if not alone or (g["code"] in self.groups and not self.groups[g["code"]].nodes)}
            open_groups = tuple(OpenGroup(g["code"], g["size"], g["capacity"], frozenset(g["interests"]),
                                          frozenset(g["members"])) for g in rows.values())
            blocked = await self._blocked_pairs(waiting, {sid: name for g in rows.values()
                                                          for sid, name in zip(g["members"], g["names"])})
            result = self._ask_matching(waiting, open_groups, blocked, settings=self.matching)
            for decision in result:
                members = [(sid, queue[sid]["username"], queue[sid]["node"]) for sid in decision.members]
                if isinstance(decision, NewGroup):
                    code, capacity = secrets.token_hex(4), self.matching["group_size"]
                    group, new = (code, capacity, decision.interests), True
                else:
                    code, capacity = decision.group, rows[decision.group]["capacity"]
                    group, new = rows[decision.group]["id"], False
                group_id, seated = await queries.seat(self.app.pool, group, members)
                await self.bus.dequeue(seated)
                by_node = {}
                for sid, _, node in members:
                    if sid in seated:
                        by_node.setdefault(node, []).append(sid)
                for node, sids in by_node.items():
                    await self.bus.to_node(node, {"op": "seat", "group": code, "group_id": group_id,
                                                  "capacity": capacity, "new": new, "sessions": sids,
                                                  "batch": seated})

    def _ask_matching(self, waiting, open_groups, blocked, **kwargs):
        """The strategies' decisions, newest first: the first whole answer (a list) ends the round;
        a `Partial` one seats some, and the next strategy is asked about the rest at once."""
        decided = []
        for impl in self.app.hooks.impls("anonchat_match"):
            check = _partial_or(self._validate_matching(waiting, open_groups, blocked), {u.id for u in waiting})
            result = self.app.hooks.ask(impl, "anonchat_match", check, waiting=waiting, open_groups=open_groups,
                                        blocked=blocked, **kwargs)
            if result is None:
                continue
            if not isinstance(result, Partial):
                return decided + list(result)
            decided += result.decisions
            waiting, open_groups = _rest(waiting, open_groups, result)
            if not waiting:
                break
        return decided

    async def _on_seat(self, command):
        """The leader seated some of this node's waiting users: greet them and tell the group."""
        pool = self.app.pool
        here, gone = [], []
        for sid in command["sessions"]:
            user = self.users.get(sid)
            if user is not None and user.socket is not None and self.waiting.pop(sid, None) is not None:
                here.append(user)
            else:
                gone.append(_Gone(sid, user.username if user else ""))
        group = {"id": command["group_id"], "code": command["group"], "capacity": command["capacity"]}
        for user in gone:  # left while the leader decided: give the seat back
            if await queries.leave_seat(pool, user.session_id, group["id"]):
                await self._announce(group["code"], group["id"], "member_left", user)
        if here:
            await self._attach(here, group, new=command["new"])
            for user in here:
                await self._announce(group["code"], group["id"], "member_joined", user, exclude=command["batch"])
            for user in here:
                await self._send_matched(user)

    async def _attach(self, users, group_row, new=False):
        """Seat users of this node in a group, following the group from here if not already."""
        code = group_row["code"]
        group = self.groups.get(code)
        if group is None:
            group = Group(group_row["id"], code, group_row["capacity"])
            self.groups[code] = group
            if not new:
                group.next_seq = (await queries.group_history(self.app.pool, group.id, 0))[0] + 1
        for user in users:
            group.members[user.session_id] = user
            user.group = group
        group.set_roster(await queries.roster(self.app.pool, group.id), self.node_id)
        return group

    async def _send_matched(self, user, resumed=False):
        group = user.group
        history = []
        if group.next_seq > 1:  # a new group has no history to look up
            try:
                _, history = await queries.group_history(self.app.pool, group.id, self.limits.history,
                                                         last_seq=group.next_seq - 1)
            except Exception:
                # The seat matters more than the history: never leave a seated user without `matched`.
                log.exception("history of group %s unavailable", group.code)
        for row in history:
            row["group"] = group.code
        if user.group is group:
            user.send(frame("matched", group=group.code, members=group.names, resumed=resumed,
                            history=[_history_item(r) for r in history]))

    # --- commands from the bus -----------------------------------------------------------------

    async def on_command(self, command):
        op = command["op"]
        if op == "seat":
            await self._on_seat(command)
        elif op == "match":
            if self.bus.is_leader:
                await self._match()
        elif op == "ban":
            await self._on_ban(command)
        elif op == "connected" and command["node"] != self.node_id:
            sid = command["session"]
            user = self.users.get(sid)
            if user is not None:  # the session connected elsewhere: that socket wins
                if user.grace_timer:
                    user.grace_timer.cancel()
                    user.grace_timer = None
                socket, user.socket = user.socket, None
                if socket is not None:
                    socket.close(4000, "replaced by a newer connection")
                if self.waiting.pop(user.session_id, None) is not None:
                    await self.bus.dequeue([user.session_id])  # or the leader may seat it here
                self._drop(user)
                self._forget(user)
            bucket = self._buckets.pop(sid, None)
            if bucket is not None:  # its rate limit goes with it: a new node is no fresh burst
                await self.bus.to_node(command["node"], {"op": "bucket", "session": sid, "tokens": bucket[0],
                                                         "at": bucket[1]})
        elif op == "bucket":
            user = self.users.get(command["session"])
            if user is not None:
                user.take_bucket(command["tokens"], command["at"])
                self._release(user)
        elif op == "reload" and command["node"] != self.node_id:
            await self.app.engine.reload_async()  # an admin asked on another node
        elif op == "rulepacks" and command["node"] != self.node_id:
            await self.app.engine.follow(command)  # an admin applied or discarded a candidate there

    async def catch_up(self):
        """After the bus was down: the users waiting here join the cluster's queue again, and
        every group followed here gets what it missed, from PostgreSQL."""
        for sid, entry in list(self.waiting.items()):
            await self.bus.enqueue(sid, entry)
        for group in list(self.groups.values()):
            last_seq, _ = await queries.group_history(self.app.pool, group.id, 0)
            if last_seq >= group.next_seq:
                await self._fill_gap(group, last_seq)
            group.set_roster(await queries.roster(self.app.pool, group.id), self.node_id)

    async def _reconcile(self):
        """A message lost on the bus shows as a hole when the next one comes; the last one before
        a silence never would. So every second, the groups followed here with members elsewhere
        are compared with the store, and what stayed missing for a whole round is read from it."""
        behind = {}
        while True:
            await asyncio.sleep(1.0)
            groups = [g for g in self.groups.values() if g.nodes]
            try:
                stored = await queries.last_seqs(self.app.pool, [g.id for g in groups]) if groups else {}
                for group in groups:
                    last = behind.get(group.code)
                    if last is not None and group.next_seq <= last:
                        await self._fill_gap(group, last)
                behind = {g.code: stored[g.id] for g in groups if stored.get(g.id, 0) >= g.next_seq}
            except Exception:
                log.exception("comparing groups with the store failed")

    # --- messages ------------------------------------------------------------------------------

    def reject(self, user, client_id, reason, **extra):
        user.send(frame("rejected", client_id=client_id, reason=reason, **extra))

    def send(self, user, client_id, text):
        """Check a message and queue it for storage; it is delivered (or rejected) once committed."""
        self.received += 1
        if user.group is None:
            return self.reject(user, client_id, "not_in_group")
        if user.held is not None:
            return user.held.append((client_id, text))
        if not text.strip():
            return self.reject(user, client_id, "empty")
        if len(text) > self.limits.max_message_chars:
            return self.reject(user, client_id, "too_long", limit=self.limits.max_message_chars)
        if not user.take_token():
            return self.reject(user, client_id, "rate_limited", retry_after_s=round(1 / self.limits.rate_per_s, 2))
        engine = self.app.engine.engine
        if engine.is_cheap(text) and not user.checking:
            return self._checked(user, client_id, text, engine.check(text))
        # A long text may cost milliseconds: it is checked on the moderation thread, so the loop
        # keeps answering everyone else. The sender's later messages wait behind it, in order.
        entry = [client_id, text, None]
        user.checking.append(entry)
        if engine.is_cheap(text):
            entry[2] = engine.check(text)
        else:
            future = self._moderation.submit(engine.check, text)
            loop = asyncio.get_running_loop()
            future.add_done_callback(lambda f: loop.call_soon_threadsafe(self._slow_checked, user, entry, f))

    def _slow_checked(self, user, entry, future):
        try:
            entry[2] = future.result()
        except Exception:
            log.exception("moderation of a long message failed")
            entry[2] = _UNCHECKED
        while user.checking and user.checking[0][2] is not None:
            client_id, text, verdict = user.checking.popleft()
            if verdict is _UNCHECKED:
                self.reject(user, client_id, "moderation", categories=[])  # fail closed
            else:
                self._checked(user, client_id, text, verdict)

    def _checked(self, user, client_id, text, verdict):
        """The engine has spoken: plugins add their hits, and the message goes to the writer."""
        if user.group is None:
            return self.reject(user, client_id, "not_in_group")
        extra = []
        for plugin, hits in self.app.hooks.each("anonchat_moderate", text=text, verdict=verdict):
            if not isinstance(hits, (list, tuple)):
                self.app.hooks.failed(plugin, "anonchat_moderate", "expected a list of anonchat.moderation.Hit")
                continue
            # A bad hit is dropped, not the message: it is judged on the plugin's other hits.
            for hit in hits:
                problem = _hit_problem(hit, text)
                if problem:
                    self.app.hooks.failed(plugin, "anonchat_moderate", f"hit dropped: {problem}")
                else:
                    extra.append(hit)
        if extra:
            verdict = _merge_hits(verdict, extra)
        if verdict.action == "allow":
            self.allowed += 1
        else:
            for category in verdict.categories:
                self.verdicts[category, verdict.action] += 1
        group = user.group
        row = {"group_id": group.id, "user_session_id": user.session_id, "username": user.username,
               "content": text, "delivered": None if verdict.action == "block" else verdict.text,
               "flagged": verdict.action != "allow", "action": verdict.action,
               "hits": [_hit_json(h) for h in verdict.hits],
               "client_id": None if client_id is None else str(client_id)}

        def stored(message_id, seq, created_at):
            self._stored(user, group, client_id, row, verdict, message_id, seq, created_at)

        socket = user.socket

        def failed(error):
            # Only to the socket that sent it: a page that reconnected since (after a long outage)
            # has lost what it sent before and would be told about a message it does not know.
            if user.socket is socket and socket is not None:
                self.reject(user, client_id, "unavailable")

        self.writer.add(row, stored, failed)

    def _stored(self, user, group, client_id, row, verdict, message_id, seq, created_at):
        """A message is committed: acknowledge and deliver it, or tell its sender it was blocked."""
        blocked = seq is None
        if blocked:
            self.reject(user, client_id, "moderation", categories=list(verdict.categories), rules=_rules(verdict))
        else:
            text_frame = message_frame({"id": message_id, "seq": seq, "client_id": row["client_id"],
                                        "group": group.code, "username": user.username, "text": verdict.text,
                                        "created_at": created_at.isoformat(), "flagged": row["flagged"]})
            if group.nodes:
                self.bus.publish(group.nodes, group.code, seq, text_frame)
            self._deliver(group, seq, text_frame)
            if user.group is not group:
                user.send(text_frame)  # the sender left while it was stored: still acknowledge it
            if row["flagged"]:  # masked or flagged: its sender (only) learns which rules it broke
                user.send(frame("moderated", id=message_id, client_id=row["client_id"], action=verdict.action,
                                categories=list(verdict.categories), rules=_rules(verdict)))
        if row["flagged"]:
            self.flags += 1
            self.app.audit.emit("message.blocked" if blocked else "message.flagged", user.username,
                                user.session_id, message_id=message_id, action=verdict.action,
                                categories=list(verdict.categories))
            asyncio.ensure_future(self._after_flag(user, verdict))

    def _deliver(self, group, seq, text):
        """Hand message number `seq` to the group's members here: in order, each once."""
        if seq != group.next_seq:
            if seq > group.next_seq:  # one before it is still on its way (or lost on the bus)
                group.early[seq] = text
                if group.gap_timer is None:
                    group.gap_timer = asyncio.get_running_loop().call_later(
                        GAP_WAIT_S, lambda: self.spawn(self._fill_gap(group), "filling a gap"))
            return  # older: delivered already
        group.broadcast(text)
        self.delivered += len(group.members)
        group.next_seq = seq + 1
        if group.early:
            while group.next_seq in group.early:
                group.broadcast(group.early.pop(group.next_seq))
                self.delivered += len(group.members)
                group.next_seq += 1
            if not group.early and group.gap_timer:
                group.gap_timer.cancel()
                group.gap_timer = None

    async def _fill_gap(self, group, upto=None):
        """Messages the bus lost: read them from PostgreSQL, the store of record."""
        group.gap_timer = None
        for seq in [seq for seq in group.early if seq < group.next_seq]:
            del group.early[seq]  # came while this node's cursor for the group was being set up
        if upto is None:
            if not group.early:
                return
            upto = min(group.early) - 1
        for row in await queries.group_messages(self.app.pool, group.id, group.next_seq, upto):
            row["group"] = group.code
            self._deliver(group, row["seq"], message_frame(row))
        if group.early and group.next_seq <= upto:
            # Not in the database either: those numbers were never committed. Move past them.
            log.warning("group %s: messages %d-%d missing from the store; skipped", group.code,
                        group.next_seq, upto)
            group.next_seq = upto + 1
            self._deliver(group, min(group.early), group.early.pop(min(group.early)))

    async def _after_flag(self, user, verdict):
        # One at a time: two flagged messages in quick succession must not both decide a ban.
        async with self._flag_lock:
            try:
                await self._apply_ban_policy(user, verdict)
            except Exception:
                log.exception("ban policy for %s failed; no decision taken", user.username)

    async def _apply_ban_policy(self, user, verdict):
        pool, settings = self.app.pool, vars(self.app.config.ban_policy)
        await queries.add_flags(pool, user.session_id)
        now = datetime.now(timezone.utc)
        bans = await queries.ban_history(pool, user.session_id)
        since = now - timedelta(seconds=settings["window_s"])
        if bans:  # flags before the last ban were already paid for
            since = max(since, bans[0]["banned_at"])
        history = tuple(FlagRecord(r["created_at"], r["action"], tuple(sorted({h["category"] for h in r["hits"]})))
                        for r in await queries.flag_times(pool, user.session_id, since))

        def validate(result):
            if not isinstance(result, (Ban, Warn)):
                return "expected None, Warn or Ban"
            if isinstance(result, Ban) and result.until is not None and not isinstance(result.until, datetime):
                return "Ban.until must be a datetime or None"
            return None

        plugin, decision = self.app.hooks.first("anonchat_ban_policy", validate, user_id=user.session_id, verdict=verdict,
                                        history=history, settings={**settings, "past_bans": len(bans)}, now=now)
        if isinstance(decision, Warn):
            extra = {}
            if plugin == "threshold_ban_policy":  # its rule is known: say how close the ban is
                extra = {"flags_left": max(1, settings["threshold"] - len(history))}
            user.send(frame("warning", reason=decision.reason, **extra))
            self.app.audit.emit("user.warned", f"policy:{plugin}", user.session_id, reason=decision.reason)
        elif isinstance(decision, Ban):
            # banned_by names the deciding plugin, so an operator sees which policy banned.
            await self.ban(user.session_id, decision.reason, decision.until, f"policy:{plugin}")

    # --- reports and blocks --------------------------------------------------------------------

    def report(self, user, message_id, reason, block):
        """A member reports a message of their group (and may block its sender); answered with
        `reported`, or an `error` frame that says why not."""
        if not user.take_token():  # a report costs a transaction: it counts like a message
            return user.send(frame("error", code="rate_limited", message_id=message_id,
                                   message="you are reporting too fast; wait a moment and try again"))
        self.spawn(self._report(user, user.group, message_id, reason, block), "report")

    async def _report(self, user, group, message_id, reason, block):
        until = datetime.now(timezone.utc) + timedelta(seconds=self.app.config.chat.block_s) if block else None
        outcome, sender = "not_in_group", None
        try:
            if group is not None:
                outcome, sender = await queries.report_message(self.app.pool, message_id, group.id, user.session_id,
                                                               reason, until)
        except Exception:
            log.exception("storing a report failed")
            outcome = "unavailable"
        if outcome == "reported":
            # Audited like a flag: an operator answering a complaint needs who reported whom and
            # whether they asked to be kept apart, and a plugin sink may escalate repeated reports.
            self.app.audit.emit("message.reported", user.username, sender, message_id=message_id, reason=reason,
                                reporter=user.session_id, blocked_until=until.isoformat() if until else None)
            user.send(frame("reported", message_id=message_id, blocked_until=until))
        else:
            user.send(frame("error", code=outcome, message_id=message_id,
                            message=REPORT_REFUSALS[outcome].format(message_id)))

    # --- bans ----------------------------------------------------------------------------------

    async def ban(self, session_id, reason, until, banned_by):
        """Ban a user: record it, audit it, and close their live connection at once, on whichever
        node it is."""
        ban_id = await queries.insert_ban(self.app.pool, session_id, reason, banned_by, until)
        self.bans += 1
        self.app.audit.emit("user.banned", banned_by, session_id, reason=reason, ban_id=ban_id,
                            until=until.isoformat() if until else None)
        await self.bus.broadcast({"op": "ban", "session": session_id, "reason": reason,
                                  "until": until.isoformat() if until else None})
        return ban_id

    async def _on_ban(self, command):
        user = self.users.get(command["session"])
        if user is None:
            return
        if self.waiting.pop(user.session_id, None) is not None:
            await self.bus.dequeue([user.session_id])
        if user.grace_timer:
            user.grace_timer.cancel()
            user.grace_timer = None
        socket, user.socket = user.socket, None
        if socket is not None:
            socket.send(frame("banned", reason=command["reason"], until=command["until"], username=user.username))
            socket.close(1008, "banned")
        if user.group is not None:
            await self._free_seat(user, user.group)
        self._forget(user)

    async def unban(self, session_id, lifted_by, reason):
        # Nothing to tell the nodes: every connect reads the bans from the database.
        lifted = await queries.lift_bans(self.app.pool, session_id, lifted_by, reason)
        self.app.audit.emit("user.unbanned", lifted_by, session_id, reason=reason, lifted=lifted)
        return lifted


# What a refused report is answered with (docs/protocol.md): the error code, and what it means.
REPORT_REFUSALS = {
    "not_in_group": "message {} is not a message of your group; you can report only what was said in it",
    "own_message": "message {} is your own; you cannot report it",
    "already_reported": "you have reported message {} already",
    "unavailable": "the report of message {} could not be stored just now; please try again",
}

_UNCHECKED = object()  # the engine failed on a message: it is refused, never let through unchecked


class _Gone:
    """A user who is not (or no longer) connected here, for the notices about them."""

    def __init__(self, session_id, username):
        self.session_id = session_id
        self.username = username


def _rules(verdict):
    """The rules a message broke, as its sender is told them: one per pack and category."""
    seen = {}
    for h in verdict.hits:
        if ACTION_RANK.get(h.action, 0) > ACTION_RANK.get(seen.get((h.pack, h.category)), 0):
            seen[h.pack, h.category] = h.action
    return [{"pack": pack, "category": category, "action": action} for (pack, category), action in sorted(seen.items())]


def _hit_json(hit):
    return {"pack": hit.pack, "category": hit.category, "rule": hit.rule, "start": hit.start, "end": hit.end,
            "matched": hit.matched, "action": hit.action, "severity": hit.severity}


def _history_item(row):
    return {"id": row["id"], "seq": row["seq"], "client_id": row["client_id"], "group": row["group"], "username": row["username"],
            "text": row["text"], "created_at": row["created_at"], "flagged": row["flagged"]}
