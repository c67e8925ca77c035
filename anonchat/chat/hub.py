"""The chat hub: who is connected, who waits, which groups exist, and how a message travels.

All state lives on one event loop, so no locks are needed except around matching, which awaits the
database while it creates groups.
"""

import asyncio
import logging
import secrets
import time
from collections import OrderedDict
from datetime import datetime, timedelta, timezone

from .. import queries
from ..decisions import AddToGroup, Ban, FlagRecord, NewGroup, OpenGroup, WaitingUser, Warn
from ..moderation import Hit
from .names import random_username
from .protocol import frame, message_frame, wire_frame
from .writer import MessageWriter

log = logging.getLogger("anonchat.hub")

ACTION_RANK = {"allow": 0, "flag": 1, "mask": 2, "block": 3}


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

    def take_token(self):
        """Token bucket: `burst` messages at once, `rate_per_s` sustained."""
        now = time.monotonic()
        self.tokens = min(self.burst, self.tokens + (now - self.refilled) * self.rate_per_s)
        self.refilled = now
        if self.tokens >= 1:
            self.tokens -= 1
            return True
        return False

    def send(self, text):
        if self.socket is not None:
            self.socket.send(text)

    def send_wire(self, data):
        if self.socket is not None:
            self.socket.send_wire(data)


class Group:
    def __init__(self, id, code, capacity, interests=frozenset()):
        self.id = id
        self.code = code
        self.capacity = capacity
        self.interests = interests
        self.members = {}  # session_id -> User
        self.said_anything = False  # a new group has no history to look up

    def usernames(self):
        return sorted(u.username for u in self.members.values())

    def broadcast(self, text):
        data = wire_frame(text)
        for user in self.members.values():
            user.send_wire(data)


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


def _valid_hits(result):
    if not isinstance(result, (list, tuple)) or not all(isinstance(h, Hit) for h in result):
        return "expected a list of anonchat.moderation.Hit"
    return None


class Hub:
    def __init__(self, app):
        self.app = app
        cfg = app.config
        self.limits = cfg.limits
        self.matching = vars(cfg.matching)
        self.users = {}  # session_id -> User (connected or within the reconnect grace)
        self.usernames = set()  # theirs: a new user's random name must not repeat one of these
        self.waiting = OrderedDict()  # session_id -> (since, interests)
        self.groups = {}  # code -> Group
        self.writer = None
        self._match_lock = asyncio.Lock()
        self._flag_lock = asyncio.Lock()
        self._match_timer = None
        self.delivered = 0

    # --- life cycle ----------------------------------------------------------------------------

    async def start(self):
        self.writer = MessageWriter(self.app.pool)
        self.writer.start()
        self._match_timer = asyncio.ensure_future(self._match_periodically())

    async def stop(self):
        if self._match_timer:
            self._match_timer.cancel()
        for user in list(self.users.values()):
            if user.socket is not None:
                user.socket.close(1001, "server shutting down")
        await self.writer.stop()
        for group in self.groups.values():
            await queries.close_group(self.app.pool, group.id)

    def limits_frame(self):
        return {"max_message_chars": self.limits.max_message_chars, "rate_per_s": self.limits.rate_per_s,
                "burst": self.limits.burst, "max_frame_bytes": self.limits.max_frame_bytes,
                "group_size": self.matching["group_size"]}

    # --- connections ---------------------------------------------------------------------------

    async def connect(self, session_id, socket):
        """Attach a socket; returns the User, or None when the session is banned (socket closed)."""
        pool = self.app.pool
        stored = await queries.session_and_ban(pool, session_id)
        if stored["banned"]:
            socket.send(frame("banned", reason=stored["ban_reason"], until=stored["ban_until"]))
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
        else:
            username = stored["username"]
            if username is None or username in self.usernames:
                username = random_username(self.usernames)
            await queries.save_session(pool, session_id, username)
            user = User(session_id, username, socket, self.limits.rate_per_s, self.limits.burst)
            self.users[session_id] = user
            self.usernames.add(username)
        # `group` tells a reconnecting client whether a `matched` (resumed) follows.
        user.send(frame("welcome", username=user.username, limits=self.limits_frame(),
                        group=user.group.code if user.group else None))
        if user.group is not None:
            await self._send_matched(user, resumed=True)
        return user

    def disconnect(self, user, socket):
        if user.socket is not socket:
            return  # an older socket replaced by a newer one
        user.socket = None
        self.waiting.pop(user.session_id, None)
        if user.group is None:
            self._forget(user)
            return
        # Keep the seat for a while: a flaky phone connection should not lose its group.
        loop = asyncio.get_running_loop()
        user.grace_timer = loop.call_later(self.limits.reconnect_grace_s, self._grace_expired, user)

    def _forget(self, user):
        self.users.pop(user.session_id, None)
        self.usernames.discard(user.username)

    def _grace_expired(self, user):
        user.grace_timer = None
        if user.socket is None:
            self._leave_group(user)
            self._forget(user)
            self.match_soon()

    # --- groups --------------------------------------------------------------------------------

    def join(self, user, interests):
        if user.group is not None:
            self._leave_group(user)
        self.waiting[user.session_id] = (time.monotonic(), interests)
        user.send(frame("waiting"))
        self.match_soon()

    def leave(self, user):
        was_waiting = self.waiting.pop(user.session_id, None) is not None
        if user.group is not None:
            self._leave_group(user)
            self.match_soon()
        elif not was_waiting:
            return
        user.send(frame("left"))

    def _leave_group(self, user):
        group = user.group
        user.group = None
        group.members.pop(user.session_id, None)
        group.broadcast(frame("member_left", username=user.username, members=group.usernames()))
        if not group.members:
            del self.groups[group.code]
            asyncio.ensure_future(queries.close_group(self.app.pool, group.id))

    def match_soon(self):
        asyncio.ensure_future(self._match())

    async def _match_periodically(self):
        while True:
            await asyncio.sleep(1.0)
            if self.waiting:
                await self._match()

    def _snapshot(self):
        now = time.monotonic()
        waiting = tuple(WaitingUser(sid, self.users[sid].username, interests, now - since)
                        for sid, (since, interests) in self.waiting.items() if sid in self.users)
        open_groups = tuple(OpenGroup(g.code, len(g.members), g.capacity, g.interests)
                            for g in self.groups.values() if len(g.members) < g.capacity)
        return waiting, open_groups

    def _validate_matching(self, waiting, open_groups):
        ids = {u.id for u in waiting}
        free = {g.code: g.capacity - g.size for g in open_groups}
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
            return None

        return validate

    async def _match(self):
        async with self._match_lock:
            waiting, open_groups = self._snapshot()
            if not waiting:
                return
            _, result = self.app.hooks.first("anonchat_match", self._validate_matching(waiting, open_groups),
                                          waiting=waiting, open_groups=open_groups, settings=self.matching)
            for decision in result or ():
                members = [self.users[sid] for sid in decision.members
                           if sid in self.users and sid in self.waiting]
                if isinstance(decision, NewGroup):
                    if len(members) < 2:
                        continue  # someone left while we decided
                    group = await self._create_group(decision.interests)
                else:
                    group = self.groups.get(decision.group)
                    if group is None:
                        continue
                await self._seat([u for u in members if self.waiting.pop(u.session_id, None)], group)

    async def _create_group(self, interests):
        capacity = self.matching["group_size"]
        code = secrets.token_hex(4)
        group_id = await queries.create_group(self.app.pool, code, capacity)
        group = Group(group_id, code, capacity, frozenset(interests))
        self.groups[code] = group
        return group

    async def _seat(self, newcomers, group):
        """Seat users together, so each one's `matched` already lists all of them."""
        present = list(group.members.values())
        for user in newcomers:
            group.members[user.session_id] = user
            user.group = group
        members = group.usernames()
        for user in newcomers:
            for other in present:
                other.send(frame("member_joined", username=user.username, members=members))
        for user in newcomers:
            await self._send_matched(user)

    async def _send_matched(self, user, resumed=False):
        group = user.group
        history = []
        if group.said_anything:
            try:
                history = await queries.group_history(self.app.pool, group.id, self.limits.history)
            except Exception:
                # The seat matters more than the history: never leave a seated user without `matched`.
                log.exception("history of group %s unavailable", group.code)
        for row in history:
            row["group"] = group.code
        user.send(frame("matched", group=group.code, members=group.usernames(), resumed=resumed,
                        history=[_history_item(r) for r in history]))

    # --- messages ------------------------------------------------------------------------------

    def reject(self, user, client_id, reason, **extra):
        user.send(frame("rejected", client_id=client_id, reason=reason, **extra))

    def send(self, user, client_id, text):
        """Check a message and queue it for storage; it is delivered (or rejected) once committed."""
        if user.group is None:
            return self.reject(user, client_id, "not_in_group")
        if not text.strip():
            return self.reject(user, client_id, "empty")
        if len(text) > self.limits.max_message_chars:
            return self.reject(user, client_id, "too_long", limit=self.limits.max_message_chars)
        if not user.take_token():
            return self.reject(user, client_id, "rate_limited", retry_after_s=round(1 / self.limits.rate_per_s, 2))
        verdict = self.app.engine.engine.check(text)
        extra = []
        for plugin, hits in self.app.hooks.each("anonchat_moderate", text=text, verdict=verdict):
            problem = _valid_hits(hits)
            if problem:
                self.app.hooks.failed(plugin, "anonchat_moderate", problem)
            else:
                extra.extend(hits)
        if extra:
            verdict = _merge_hits(verdict, extra)
        group = user.group
        row = {"group_id": group.id, "user_session_id": user.session_id, "username": user.username,
               "content": text, "delivered": None if verdict.action == "block" else verdict.text,
               "flagged": verdict.action != "allow", "action": verdict.action,
               "hits": [_hit_json(h) for h in verdict.hits],
               "client_id": None if client_id is None else str(client_id)}

        def stored(message_id, created_at):
            self._stored(user, group, client_id, row, verdict, message_id, created_at)

        def failed(error):
            user.send(frame("error", code="storage_unavailable", client_id=client_id,
                            message="the message could not be stored; please send it again"))

        self.writer.add(row, stored, failed)

    def _stored(self, user, group, client_id, row, verdict, message_id, created_at):
        """A message is committed: acknowledge and deliver it, or tell its sender it was blocked."""
        blocked = row["delivered"] is None
        if blocked:
            self.reject(user, client_id, "moderation", categories=list(verdict.categories))
        else:
            text_frame = message_frame({"id": message_id, "client_id": row["client_id"], "group": group.code,
                                        "username": user.username, "text": verdict.text,
                                        "created_at": created_at.isoformat(), "flagged": row["flagged"]})
            group.broadcast(text_frame)
            group.said_anything = True
            self.delivered += len(group.members)
            if user.group is not group:
                user.send(text_frame)  # the sender left while it was stored: still acknowledge it
        if row["flagged"]:
            self.app.audit.emit("message.blocked" if blocked else "message.flagged", user.username,
                                user.session_id, message_id=message_id, action=verdict.action,
                                categories=list(verdict.categories))
            asyncio.ensure_future(self._after_flag(user, verdict))

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
            user.send(frame("warning", reason=decision.reason))
            self.app.audit.emit("user.warned", f"policy:{plugin}", user.session_id, reason=decision.reason)
        elif isinstance(decision, Ban):
            # banned_by names the deciding plugin, so an operator sees which policy banned.
            await self.ban(user.session_id, decision.reason, decision.until, f"policy:{plugin}")

    # --- bans ----------------------------------------------------------------------------------

    async def ban(self, session_id, reason, until, banned_by):
        """Ban a user: record it, audit it, and close their live connection at once."""
        ban_id = await queries.insert_ban(self.app.pool, session_id, reason, banned_by, until)
        self.app.audit.emit("user.banned", banned_by, session_id, reason=reason, ban_id=ban_id,
                            until=until.isoformat() if until else None)
        user = self.users.get(session_id)
        if user is not None:
            self.waiting.pop(session_id, None)
            if user.group is not None:
                self._leave_group(user)
            if user.grace_timer:
                user.grace_timer.cancel()
            if user.socket is not None:
                user.socket.send(frame("banned", reason=reason, until=until))
                user.socket.close(1008, "banned")
            self._forget(user)
        return ban_id

    async def unban(self, session_id, lifted_by, reason):
        lifted = await queries.lift_bans(self.app.pool, session_id, lifted_by, reason)
        self.app.audit.emit("user.unbanned", lifted_by, session_id, reason=reason, lifted=lifted)
        return lifted


def _hit_json(hit):
    return {"pack": hit.pack, "category": hit.category, "rule": hit.rule, "start": hit.start, "end": hit.end,
            "matched": hit.matched, "action": hit.action, "severity": hit.severity}


def _history_item(row):
    return {"id": row["id"], "client_id": row["client_id"], "group": row["group"], "username": row["username"],
            "text": row["text"], "created_at": row["created_at"], "flagged": row["flagged"]}
