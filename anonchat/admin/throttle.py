"""Limits on admin login attempts, kept per client address, never per account.

A lock-out per account lets anyone who knows an admin's name keep that admin out, so the hard
limits belong to the address that guesses:

- a token bucket per address, taken *before* any password is hashed: an address over its rate is
  answered 429 at the cost of a dictionary look-up;
- a lock-out per address after `max_failures` wrong passwords in a row, for `lockout_s`;
- one attempt at a time per address, so concurrent guesses from one address cannot slip past its
  lock-out (addresses do not wait for each other: there is no global queue).

Per account there is only a slow-down: an address that has already failed waits a short delay,
growing with the account's recent failures and capped, before its next password for that account
is checked. A clean address (the owner's, usually) is not delayed, and a correct password always
passes once its turn comes.

IPv6 addresses are counted per /64: one host normally holds a whole /64.
"""

import asyncio
import ipaddress
import time
from contextlib import asynccontextmanager

MAX_TRACKED = 10_000  # addresses and names are attacker-chosen: bound the memory


def address_key(ip):
    """The unit that is limited: the IPv4 address, or the IPv6 /64 it belongs to."""
    try:
        address = ipaddress.ip_address(ip)
    except ValueError:
        return ip  # a unix socket or something odd: limit it as one client
    if address.version == 6:
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        return str(ipaddress.ip_network(f"{address}/64", strict=False))
    return str(address)


class Address:
    __slots__ = ("tokens", "refilled", "failures", "locked_until", "busy", "lock", "refusal_noted")

    def __init__(self, burst):
        self.tokens = float(burst)
        self.refilled = time.monotonic()
        self.failures = 0
        self.locked_until = 0.0
        self.busy = 0  # attempts holding or waiting for `lock`
        self.lock = asyncio.Lock()
        self.refusal_noted = False


class LoginLimits:
    def __init__(self, *, burst, per_minute, max_failures, lockout_s, delay_step_s, delay_cap_s):
        self.burst = burst
        self.rate = per_minute / 60.0
        self.max_failures = max_failures
        self.lockout_s = lockout_s
        self.delay_step_s = delay_step_s
        self.delay_cap_s = delay_cap_s
        self.addresses = {}  # address_key -> Address
        self.accounts = {}  # name as typed -> (recent failures, monotonic time of the last one)

    def _address(self, key):
        state = self.addresses.get(key)
        if state is None:
            if len(self.addresses) >= MAX_TRACKED:
                self._forget_idle()
            state = self.addresses[key] = Address(self.burst)
        return state

    def _forget_idle(self):
        now = time.monotonic()
        for key, s in list(self.addresses.items()):
            self._refill(s, now)
            if not s.busy and s.locked_until <= now and s.tokens >= self.burst:
                del self.addresses[key]
        if len(self.accounts) >= MAX_TRACKED:
            self.accounts = {k: v for k, v in self.accounts.items() if now - v[1] < self.lockout_s}

    def _refill(self, state, now):
        state.tokens = min(self.burst, state.tokens + (now - state.refilled) * self.rate)
        state.refilled = now

    def locked_for(self, key):
        """Seconds until the address may try again after its lock-out (0 when not locked)."""
        state = self.addresses.get(key)
        return max(0.0, state.locked_until - time.monotonic()) if state else 0.0

    def take(self, key):
        """Spend one attempt: 0 when allowed, else the seconds until the next token."""
        state = self._address(key)
        now = time.monotonic()
        self._refill(state, now)
        if state.tokens >= 1:
            state.tokens -= 1
            return 0.0
        return (1 - state.tokens) / self.rate

    def note_refusal(self, key):
        """True for the first refusal of a series only: a flood of refusals is one audit entry."""
        state = self._address(key)
        first, state.refusal_noted = not state.refusal_noted, True
        return first

    @asynccontextmanager
    async def one_at_a_time(self, key):
        state = self._address(key)
        state.busy += 1
        try:
            async with state.lock:
                yield
        finally:
            state.busy -= 1

    def delay(self, key, name):
        """Seconds an address waits before its password for `name` is checked."""
        state = self.addresses.get(key)
        failures, last = self.accounts.get(name, (0, 0.0))
        if not state or not state.failures or not failures or time.monotonic() - last > self.lockout_s:
            return 0.0
        return min(self.delay_cap_s, self.delay_step_s * 2 ** min(failures - 1, 16))

    def failed(self, key, name):
        """Count a wrong password: returns (the address's failures in a row, whether it is now locked)."""
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

    def succeeded(self, key, name):
        state = self._address(key)
        state.failures, state.locked_until, state.refusal_noted = 0, 0.0, False
        self.accounts.pop(name, None)
