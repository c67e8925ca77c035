"""No message can freeze the server: costly texts are checked off the event loop."""

import asyncio
import time
from pathlib import Path

import pytest

from anonchat.testing import group_of

ROOT = Path(__file__).resolve().parent.parent
FLOOD = "🖕" * 1000  # a listed emoji, repeated: once ~150 ms to check, on the loop


@pytest.mark.gen_test(timeout=120)
async def test_an_emoji_flood_does_not_hold_up_a_ping_in_another_group(make_server):
    # (A ban policy that lets them go on: the ban after three flags would end the attack early.)
    app, url = await make_server(rulepacks={"directory": str(ROOT / "rulepacks")},
                                 matching={"max_wait_s": 0.3, "min_size": 2}, ban_policy={"threshold": 1000})
    attackers = await group_of(url, 5)
    (innocent, friend) = await group_of(url, 2)
    assert innocent.frames[-1]["group"] != attackers[0].frames[-1]["group"]
    for attacker in attackers:  # five new sessions, each within its burst allowance
        for i in range(5):
            await attacker.send(type="message", text=FLOOD, id=f"flood{i}")
    worst, pings = 0.0, 0
    started = time.monotonic()
    while time.monotonic() - started < 3.0:
        sent = time.monotonic()
        await innocent.send(type="ping")
        await innocent.recv("pong", timeout=10)
        worst = max(worst, time.monotonic() - sent)
        pings += 1
        await asyncio.sleep(0.01)
    # Every flood message was judged (a flood: blocked), so the work really happened.
    for attacker in attackers:
        verdicts = [await attacker.recv("rejected", timeout=30) for _ in range(5)]
        assert [v["client_id"] for v in verdicts] == [f"flood{i}" for i in range(5)]
        assert all(v["reason"] == "moderation" for v in verdicts)
    assert worst < 0.1, f"a ping took {worst * 1000:.0f} ms during the flood ({pings} pings)"


@pytest.mark.gen_test(timeout=60)
async def test_a_senders_messages_keep_their_order_around_a_slow_one(make_server):
    app, url = await make_server(rulepacks={"directory": str(ROOT / "rulepacks")},
                                 matching={"max_wait_s": 0.3, "min_size": 2}, limits={"burst": 10})
    alice, bob = await group_of(url, 2)
    long_text = " ".join(f"item{i}" for i in range(80))  # over the engine's cheap size: the thread
    texts = ["short one", long_text, "short two", "ünïcödé " + long_text, "short three"]
    for i, text in enumerate(texts):
        await alice.send(type="message", text=text, id=str(i))
    got = [(await bob.recv("message", timeout=10))["client_id"] for _ in texts]
    assert got == ["0", "1", "2", "3", "4"]
