"""Where the console keeps what every node must agree on: admin sessions and login limits.

One interface, two stores. `MemoryStore` is one process on its own (no `cluster.redis_url`), as
the console always was. `RedisStore` shares sessions and limits through the cluster's Redis, so a
login made on one node holds on every node, a logout on any node ends it everywhere, and an
address locked out on one node is locked out on all (docs/admin.md, "Behind a load balancer").
The policy that uses them is in `throttle.py`.

Every method is a coroutine. A store that cannot answer raises `StoreUnavailable`: the console
then refuses logins and sessions (fails closed) rather than guess.
"""

import asyncio
import hashlib
import secrets
import time
from contextlib import asynccontextmanager

from ..cluster import PREFIX

SESSION_S = 12 * 3600
MAX_TRACKED = 10_000  # addresses and names are attacker-chosen: bound the memory
KEYS = PREFIX + "admin:"


class StoreUnavailable(Exception):
    """The cluster store (Redis) cannot be reached: no login can be checked or limited."""


def make_store(app):
    admin = app.config.admin
    bus = app.hub.bus
    return (RedisStore(bus, admin) if bus.clustered else MemoryStore(admin))


class _Store:
    """What both stores share: the limits' settings, and one attempt at a time per address on
    this node (an asyncio lock; the Redis store adds a lock across nodes behind it)."""

    def __init__(self, admin):
        self.burst = admin.login_burst
        self.rate = admin.login_per_minute / 60.0
        self.max_failures = admin.max_failures
        self.lockout_s = admin.lockout_s
        self.delay_step_s = admin.account_delay_step_s
        self.delay_cap_s = admin.account_delay_cap_s
        self._turns = {}  # address key -> [asyncio.Lock, attempts holding or waiting for it]

    @asynccontextmanager
    async def _local_turn(self, key):
        turn = self._turns.setdefault(key, [asyncio.Lock(), 0])
        turn[1] += 1
        try:
            async with turn[0]:
                yield
        finally:
            turn[1] -= 1
            if not turn[1]:
                del self._turns[key]

    def _delay(self, address_failures, account_failures):
        if not address_failures or not account_failures:
            return 0.0
        return min(self.delay_cap_s, self.delay_step_s * 2 ** min(account_failures - 1, 16))


class _Address:
    __slots__ = ("tokens", "refilled", "failures", "locked_until", "refusal_noted")

    def __init__(self, burst):
        self.tokens = float(burst)
        self.refilled = time.monotonic()
        self.failures = 0
        self.locked_until = 0.0
        self.refusal_noted = False


class MemoryStore(_Store):
    """One process: sessions and limits in this process's memory; a restart forgets them."""

    def __init__(self, admin):
        super().__init__(admin)
        self.sessions = {}  # token -> (admin name, expires at on the monotonic clock)
        self.addresses = {}  # address key -> _Address
        self.accounts = {}  # name as typed -> (recent failures, monotonic time of the last one)

    # --- sessions ----------------------------------------------------------------------------------

    async def start_session(self, token, name):
        self.sessions[token] = (name, time.monotonic() + SESSION_S)

    async def session(self, token):
        name, expires = self.sessions.get(token, (None, 0.0))
        if expires <= time.monotonic():
            self.sessions.pop(token, None)
            return None
        return name

    async def end_session(self, token):
        self.sessions.pop(token, None)

    # --- login limits ------------------------------------------------------------------------------

    def _address(self, key):
        state = self.addresses.get(key)
        if state is None:
            if len(self.addresses) >= MAX_TRACKED:
                self._forget_idle()
            state = self.addresses[key] = _Address(self.burst)
        return state

    def _forget_idle(self):
        now = time.monotonic()
        for key, s in list(self.addresses.items()):
            self._refill(s, now)
            if key not in self._turns and s.locked_until <= now and s.tokens >= self.burst:
                del self.addresses[key]
        if len(self.accounts) >= MAX_TRACKED:
            self.accounts = {k: v for k, v in self.accounts.items() if now - v[1] < self.lockout_s}

    def _refill(self, state, now):
        state.tokens = min(self.burst, state.tokens + (now - state.refilled) * self.rate)
        state.refilled = now

    async def locked_for(self, key):
        """Seconds until the address may try again after its lock-out (0 when not locked)."""
        state = self.addresses.get(key)
        return max(0.0, state.locked_until - time.monotonic()) if state else 0.0

    async def take(self, key):
        """Spend one attempt: 0 when allowed, else the seconds until the next token."""
        state = self._address(key)
        now = time.monotonic()
        self._refill(state, now)
        if state.tokens >= 1:
            state.tokens -= 1
            return 0.0
        return (1 - state.tokens) / self.rate

    async def note_refusal(self, key):
        """True for the first refusal of a series only: a flood of refusals is one audit entry."""
        state = self._address(key)
        first, state.refusal_noted = not state.refusal_noted, True
        return first

    def turn(self, key):
        """`async with store.turn(key)`: the address's attempts are checked one at a time."""
        return self._local_turn(key)

    async def delay(self, key, name):
        """(Seconds an address waits before its password for `name` is checked, the address's
        failures in a row)."""
        state = self.addresses.get(key)
        failures, last = self.accounts.get(name, (0, 0.0))
        if time.monotonic() - last > self.lockout_s:
            failures = 0
        address_failures = state.failures if state else 0
        return self._delay(address_failures, failures), address_failures

    async def failed(self, key, name):
        """Count a wrong password: (the address's failures in a row, whether it is now locked)."""
        state = self._address(key)
        now = time.monotonic()
        if state.locked_until and state.locked_until <= now:
            state.failures, state.locked_until = 0, 0.0  # the last lock-out ran out: a fresh series
        state.failures += 1
        state.refusal_noted = False
        if state.failures >= self.max_failures:
            state.locked_until = now + self.lockout_s
        count, last = self.accounts.get(name, (0, 0.0))
        self.accounts[name] = (1 if now - last > self.lockout_s else count + 1, now)
        return state.failures, bool(state.locked_until)

    async def succeeded(self, key, name):
        state = self._address(key)
        state.failures, state.locked_until, state.refusal_noted = 0, 0.0, False
        self.accounts.pop(name, None)


# --- Redis -----------------------------------------------------------------------------------------
# Every key lives under `anonchat:admin:` and has a time-to-live, so Redis forgets an address or a
# name that stops trying. Times come from Redis's own clock (TIME), never a node's: nodes' clocks
# may differ, the bucket must not.

# KEYS[1] the bucket (hash tokens, at); ARGV burst, tokens per second. Returns the wait as a string
# (Lua numbers become integers on the way out).
_TAKE = """
local burst, rate = tonumber(ARGV[1]), tonumber(ARGV[2])
local t = redis.call('time')
local now = tonumber(t[1]) + tonumber(t[2]) / 1e6
local s = redis.call('hmget', KEYS[1], 'tokens', 'at')
local tokens = math.min(burst, (tonumber(s[1]) or burst) + math.max(0, now - (tonumber(s[2]) or now)) * rate)
local wait = 0
if tokens >= 1 then tokens = tokens - 1 else wait = (1 - tokens) / rate end
redis.call('hset', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('pexpire', KEYS[1], math.ceil((burst - tokens) / rate * 1000) + 1000)
return tostring(wait)
"""

# KEYS failures, locked, refusal noted (of the address), the account's failures; ARGV lockout in
# ms, max_failures. Returns {failures in a row, 1 if now locked}. A lock-out starts a fresh series.
_FAILED = """
local n = redis.call('incr', KEYS[1])
redis.call('pexpire', KEYS[1], ARGV[1])
redis.call('del', KEYS[3])
redis.call('incr', KEYS[4])
redis.call('pexpire', KEYS[4], ARGV[1])
if n >= tonumber(ARGV[2]) then
  redis.call('set', KEYS[2], n, 'px', ARGV[1])
  redis.call('del', KEYS[1])
  return {n, 1}
end
return {n, 0}
"""

# Let go of an address's turn only if it is still ours (it may have expired and been taken).
_RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end"

TURN_MS = 30_000  # longer than any attempt (a hash, at most delay_cap_s): a dead node's turn expires
TURN_POLL_S = 0.02


def _session_key(token):
    # Redis holds a digest, not the token: a copy of Redis's data logs nobody in.
    return KEYS + "session:" + hashlib.sha256(token.encode()).hexdigest()


class RedisStore(_Store):
    """A cluster: sessions and limits in the cluster's Redis, the same on every node."""

    def __init__(self, bus, admin):
        super().__init__(admin)
        self.bus = bus
        self.redis = bus.redis
        self._take = self.redis.register_script(_TAKE)
        self._failed = self.redis.register_script(_FAILED)
        self._release = self.redis.register_script(_RELEASE)

    async def _call(self, coro):
        """Run one Redis call; any failure (or a bus that already knows Redis is down) is
        `StoreUnavailable`, never a guess."""
        import redis.exceptions

        if self.bus.error is not None:  # no need to wait for a connect timeout on every request
            coro.close()
            raise StoreUnavailable(self.bus.error)
        try:
            return await coro
        except (redis.exceptions.RedisError, OSError) as e:
            raise StoreUnavailable(f"{type(e).__name__}: {e}") from e

    async def start_session(self, token, name):
        await self._call(self.redis.set(_session_key(token), name, px=SESSION_S * 1000))

    async def session(self, token):
        name = await self._call(self.redis.get(_session_key(token)))
        return name.decode() if name is not None else None

    async def end_session(self, token):
        await self._call(self.redis.delete(_session_key(token)))

    async def locked_for(self, key):
        ms = await self._call(self.redis.pttl(KEYS + "locked:" + key))
        return max(0.0, ms / 1000)  # -2: no such key, -1 cannot happen (always set with PX)

    async def take(self, key):
        return float(await self._call(self._take(keys=[KEYS + "bucket:" + key], args=[self.burst, self.rate])))

    async def note_refusal(self, key):
        return bool(await self._call(self.redis.set(KEYS + "refused:" + key, 1, nx=True,
                                                    px=int(self.lockout_s * 1000))))

    @asynccontextmanager
    async def turn(self, key):
        # One waiter per address per node polls Redis; the others wait on the local lock.
        async with self._local_turn(key):
            name, mine = KEYS + "turn:" + key, secrets.token_hex(8)
            while not await self._call(self.redis.set(name, mine, nx=True, px=TURN_MS)):
                await asyncio.sleep(TURN_POLL_S)
            try:
                yield
            finally:
                try:
                    await self._call(self._release(keys=[name], args=[mine]))
                except StoreUnavailable:
                    pass  # the turn expires by itself

    async def delay(self, key, name):
        address, account = await self._call(self.redis.mget(KEYS + "failures:" + key, KEYS + "account:" + name))
        return self._delay(int(address or 0), int(account or 0)), int(address or 0)

    async def failed(self, key, name):
        keys = [KEYS + k for k in ("failures:" + key, "locked:" + key, "refused:" + key, "account:" + name)]
        count, locked = await self._call(self._failed(keys=keys, args=[int(self.lockout_s * 1000),
                                                                       self.max_failures]))
        return count, bool(locked)

    async def succeeded(self, key, name):
        await self._call(self.redis.delete(*(KEYS + k for k in ("failures:" + key, "locked:" + key,
                                                                 "refused:" + key, "account:" + name))))
