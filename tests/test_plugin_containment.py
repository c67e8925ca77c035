"""Plugins that hang, crash or answer nonsense, on a running server: each is contained under its
own name, and nobody else (chat, the database audit log, other plugins) pays for it."""

import asyncio
import logging
from datetime import datetime, timedelta, timezone

import pytest
import tornado.httpclient
from test_plugins import server  # noqa: F401 (the fixture: a server with a "flagme" pack)

from anonchat import queries
from anonchat.defaults.threshold_ban_policy import ban_length
from anonchat.moderation import Hit
from anonchat.testing import group_of, plugin, session_of

FAST = {"burst": 100, "rate_per_s": 100}


async def eventually(check, timeout=10.0, every=0.05):
    """Await `check()` until it is true; AssertionError after `timeout` s."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not await check():
        assert loop.time() < deadline, "never happened"
        await asyncio.sleep(every)


async def metric(url, line_start):
    body = (await tornado.httpclient.AsyncHTTPClient().fetch(url + "/metrics")).body.decode()
    return [line for line in body.splitlines() if line.startswith(line_start)]


def records(caplog, *parts):
    return [r for r in caplog.records if all(p in r.getMessage() for p in parts)]


# --- audit sinks ---------------------------------------------------------------------------------


@pytest.mark.gen_test(timeout=90)
async def test_a_hanging_sink_delays_neither_the_database_audit_log_nor_chat(server, caplog):
    release, received = asyncio.Event(), []

    async def hang(event):
        received.append(event.event)
        await release.wait()

    app, url = await server(plugins=[("stuck", plugin(anonchat_audit=hang))],
                            audit={"hook_timeout_s": 10, "queue_size": 5}, ban_policy={"threshold": 1000},
                            limits=FAST)
    alice, bob = await group_of(url, 2)
    loop = asyncio.get_running_loop()
    started = loop.time()
    for burst in range(4):
        for i in range(5):
            await alice.send(type="message", text=f"flagme {burst}.{i}", id=f"{burst}.{i}")
        for i in range(5):
            assert (await bob.recv("message"))["text"] == f"flagme {burst}.{i}"

        async def in_audit_log(n=5 * (burst + 1)):
            rows = await queries.fetch(app.pool, "SELECT count(*) AS n FROM audit_log WHERE event = 'message.flagged'")
            return rows[0]["n"] == n

        await eventually(in_audit_log)
    # All there long before the stuck sink's first call even timed out (10 s): had the sinks taken
    # the events one at a time together, the database would have had one event in all that time.
    assert loop.time() - started < 10
    assert received == ["message.flagged"]  # the one it hangs on; its queue holds the next 5
    assert app.audit.dropped == {"stuck": 14}
    assert await metric(url, "anonchat_audit_events_dropped_total{") == [
        'anonchat_audit_events_dropped_total{plugin="db_audit_sink"} 0.0',
        'anonchat_audit_events_dropped_total{plugin="stuck"} 14.0']
    # Logged under the slow sink's name, once: the next drops within a minute are held back.
    assert len(records(caplog, "plugin 'stuck' anonchat_audit", "queue full; dropped message.flagged")) == 1
    release.set()
    await app.audit.flush()
    assert len(received) == 6 and app.hooks.errors["stuck"] == 0


@pytest.mark.gen_test(timeout=60)
async def test_a_sink_that_times_out_on_every_event_is_logged_once_then_rate_limited(server, caplog):
    async def hang(event):
        await asyncio.sleep(3600)

    app, url = await server(plugins=[("stuck", plugin(anonchat_audit=hang))], audit={"hook_timeout_s": 0.1},
                            ban_policy={"threshold": 1000})
    alice, bob = await group_of(url, 2)
    for i in range(3):
        await alice.send(type="message", text=f"flagme {i}", id=str(i))
        await bob.recv("message")
    await app.audit.flush()
    assert app.hooks.errors["stuck"] == 3
    assert len(records(caplog, "plugin 'stuck' anonchat_audit: timed out")) == 1
    assert await queries.fetch(app.pool, "SELECT count(*) AS n FROM audit_log") == [{"n": 3}]


# --- moderation hits -----------------------------------------------------------------------------


@pytest.mark.gen_test(timeout=60)
async def test_invalid_hits_are_dropped_and_the_message_judged_on_the_rest(server, caplog):
    def sloppy(text):
        return [Hit("sloppy", "spam", "boom", 0, 3, text[:3], "explode", "high"),  # no such action
                Hit("sloppy", "spam", "far", 2, len(text) + 40, text[2:], "mask", "high"),  # past the end
                Hit("sloppy", "spam", "back", -3, 2, text[:2], "block", "high"),  # before the start
                Hit("sloppy", "scam", "word", 0, 5, text[:5], "flag", "low")]  # the one valid hit

    app, url = await server(plugins=[("sloppy", plugin(anonchat_moderate=sloppy))])
    alice, bob = await group_of(url, 2)
    await alice.send(type="message", text="hello there", id="1")
    delivered = await bob.recv("message")
    assert (delivered["text"], delivered["flagged"]) == ("hello there", True)  # neither masked nor blocked
    (stored,) = await queries.fetch(app.pool, "SELECT action, hits FROM messages")
    assert stored["action"] == "flag" and [h["rule"] for h in stored["hits"]] == ["word"]
    assert app.hooks.errors["sloppy"] == 3
    (first,) = records(caplog, "plugin 'sloppy' anonchat_moderate: hit dropped: unknown action 'explode'")
    assert first.levelno == logging.ERROR


@pytest.mark.gen_test(timeout=60)
async def test_a_plugin_returning_no_list_leaves_the_message_to_the_rule_packs(server):
    app, url = await server(plugins=[("odd", plugin(anonchat_moderate=lambda text: "block it"))])
    alice, bob = await group_of(url, 2)
    await alice.send(type="message", text="hello", id="1")
    assert (await bob.recv("message"))["flagged"] is False
    assert app.hooks.errors["odd"] == 1


# --- failures in the log -------------------------------------------------------------------------


@pytest.mark.gen_test(timeout=60)
async def test_a_failing_plugin_is_logged_with_its_traceback_once_then_rate_limited(server, caplog):
    def boom(text):
        raise ZeroDivisionError("the classifier divided by zero")

    app, url = await server(plugins=[("boom", plugin(anonchat_moderate=boom))], limits=FAST)
    alice, bob = await group_of(url, 2)
    for i in range(5):
        await alice.send(type="message", text=f"hello {i}", id=str(i))
        assert (await bob.recv("message"))["text"] == f"hello {i}"  # delivered all the same
    (line,) = records(caplog, "plugin 'boom' anonchat_moderate: raised ZeroDivisionError")
    assert line.exc_info and "in boom" in caplog.text  # the traceback, naming the plugin's function
    assert app.hooks.errors["boom"] == 5
    app.hooks._log.every_s = 0.2  # instead of a minute
    await asyncio.sleep(0.3)
    await alice.send(type="message", text="once more", id="6")
    await bob.recv("message")
    summary = records(caplog, "plugin 'boom' anonchat_moderate", "(and 4 more like it in the last")
    assert len(summary) == 1 and not summary[0].exc_info


# --- ban lengths ---------------------------------------------------------------------------------


def test_ban_length_grows_then_stays_at_the_cap_for_100_bans():
    settings = {"ban_s": 600.0, "repeat_multiplier": 4.0, "max_ban_s": 86400.0 * 365 * 10}
    lengths = [ban_length({**settings, "past_bans": n}).total_seconds() for n in range(101)]
    assert lengths[:3] == [600, 2400, 9600]
    assert lengths == sorted(lengths) and lengths[-1] == settings["max_ban_s"]
    top = {**settings, "repeat_multiplier": 1000, "ban_s": 86400.0 * 365 * 10, "max_ban_s": 86400.0 * 365 * 100}
    assert ban_length({**top, "past_bans": 10 ** 6}).days == 365 * 100  # the config's extremes


@pytest.mark.gen_test(timeout=60)
async def test_a_user_with_100_earlier_bans_is_banned_for_the_longest_ban(server):
    app, url = await server(ban_policy={"threshold": 1, "max_ban_s": 30 * 86400})
    alice, bob = await group_of(url, 2)
    await queries.fetch(app.pool,
                        "INSERT INTO banned_users (user_session_id, reason, banned_by, banned_at, expires_at) "
                        "SELECT %s, 'earlier', 'test', now() - interval '2 days', now() - interval '1 day' "
                        "FROM generate_series(1, 100)", (session_of(app, alice),))
    await alice.send(type="message", text="flagme", id="1")
    banned = await alice.recv("banned")
    until = datetime.fromisoformat(banned["until"])
    assert abs(until - (datetime.now(timezone.utc) + timedelta(days=30))) < timedelta(minutes=1)
