"""Limits on admin login attempts, kept per client address, never per account.

A lock-out per account lets anyone who knows an admin's name keep that admin out, so the hard
limits belong to the address that guesses:

- a token bucket per address, taken *before* any password is hashed: an address over its rate is
  answered 429 at the cost of a look-up;
- a lock-out per address after `max_failures` wrong passwords in a row, for `lockout_s`;
- one attempt at a time per address, so concurrent guesses from one address cannot slip past its
  lock-out (addresses do not wait for each other: there is no global queue).

Per account there is only a slow-down: an address that has already failed waits a short delay,
growing with the account's recent failures and capped, before its next password for that account
is checked. A clean address (the owner's, usually) is not delayed, its password is hashed before
those of addresses that have failed (`auth.HashingSlots`: a flood from many addresses cannot queue
the owner behind its hashes), and a correct password always passes once its turn comes.

IPv6 addresses are counted per /64: one host normally holds a whole /64. The counts live in the
console's store (`store.py`): this process's memory, or the cluster's Redis, so that every node
applies one address's limits together.
"""

import asyncio
import ipaddress


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


async def attempt(store, ip, name, check):
    """One login attempt from address `ip`: ("ok", None), ("locked", seconds to wait),
    ("limited", seconds to wait) or ("wrong", (the address's failures in a row, locked now)).

    `check(suspect)` is awaited for the password's verdict, only once the address's turn has come;
    `suspect` is True when the address has failed before (under any name), so the caller can hash a
    clean address's password first.
    Refusals ("locked", "limited") are decided before any hashing and cost no hash. Raises
    `store.StoreUnavailable` when the limits cannot be read: no attempt goes unlimited.
    """
    key = address_key(ip)
    wait = await store.locked_for(key)
    if wait:
        return "locked", wait
    wait = await store.take(key)
    if wait:
        return "limited", wait
    async with store.turn(key):
        wait = await store.locked_for(key)  # an attempt just ahead of this one may have locked it
        if wait:
            return "locked", wait
        delay, failures = await store.delay(key, name)
        if delay:
            await asyncio.sleep(delay)
        if await check(failures > 0):
            await store.succeeded(key, name)
            return "ok", None
        return "wrong", await store.failed(key, name)
