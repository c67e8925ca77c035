"""GET /metrics on a real server: each family moves when its event happens, and only those allowed
may read it. `logging.format: json` on a real `anonchat serve` process."""

import asyncio
import json
import logging

import pytest
import tornado.httpclient
from prometheus_client.parser import text_string_to_metric_families

from anonchat.config import ConfigError, load_config
from anonchat.logs import JsonFormatter
from anonchat.testing import ChatClient, ServeProcess, connect, join_group, pack_yaml, plugin, write_packs


async def scrape(url, **headers):
    """{(sample name, ((label, value), ...)): value} of one scrape; HTTPClientError on a refusal."""
    response = await tornado.httpclient.AsyncHTTPClient().fetch(url + "/metrics", headers=headers)
    assert response.headers["Content-Type"].startswith("text/plain; version=")
    return {(s.name, tuple(sorted(s.labels.items()))): s.value
            for family in text_string_to_metric_families(response.body.decode()) for s in family.samples}


async def eventually(url, check, timeout=10.0):
    """Scrape until `check(samples)` is true; returns those samples."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        samples = await scrape(url)
        if check(samples):
            return samples
        assert loop.time() < deadline, f"metrics never got there: {samples}"
        await asyncio.sleep(0.05)


def value(samples, name, **labels):
    return samples.get((name, tuple(sorted(labels.items()))), 0)


@pytest.mark.gen_test(timeout=60)
async def test_each_family_moves_when_its_event_happens(make_server, tmp_path):
    packs = write_packs(tmp_path / "packs", {"blockers.yaml": pack_yaml("blockers", "spam", "block", ["blockme"]),
                                             "flaggers.yaml": pack_yaml("flaggers", "drugs", "flag", ["flagme"])})
    watcher = plugin(anonchat_moderate=lambda text, verdict: None)
    app, url = await make_server(plugins=[("watcher", watcher)],
                                 rulepacks={"directory": str(packs), "reload_interval_s": 0.1},
                                 matching={"group_size": 2, "min_size": 2, "max_wait_s": 60},
                                 ban_policy={"threshold": 2})
    m = await scrape(url)
    assert value(m, "anonchat_connections") == 0
    assert value(m, "anonchat_build_info", version=__import__("anonchat").__version__) == 1
    assert value(m, "anonchat_rulepacks_info", version=app.engine.engine.version) == 1
    assert value(m, "anonchat_rulepack_reloads_total", result="ok") == 0
    assert ("anonchat_redis_up", ()) not in m  # a single node has no Redis to report on
    assert value(m, "process_resident_memory_bytes") > 0

    [a] = await connect(url, 1)
    m = await scrape(url)
    assert value(m, "anonchat_connections") == 1
    await a.send(type="join")
    await eventually(url, lambda m: value(m, "anonchat_waiting_users") == 1)

    b = await ChatClient.connect(url)
    await b.recv("welcome")
    await join_group([b])
    await a.recv("matched")
    m = await scrape(url)
    assert (value(m, "anonchat_connections"), value(m, "anonchat_waiting_users"), value(m, "anonchat_groups")) \
        == (2, 0, 1)

    await a.send(type="message", text="hello there", id="1")
    await b.recv("message")
    m = await eventually(url, lambda m: value(m, "anonchat_deliveries_total") == 2)  # a's echo and b's
    assert value(m, "anonchat_messages_received_total") == 1
    assert value(m, "anonchat_verdicts_total", category="none", action="allow") == 1
    assert value(m, "anonchat_write_batches_total") == 1
    assert value(m, "anonchat_commit_seconds_count") == 1
    assert value(m, "anonchat_commit_seconds_bucket", le="+Inf") == 1
    assert 0 < value(m, "anonchat_commit_seconds_sum") < 10
    assert value(m, "anonchat_plugin_calls_total", plugin="watcher", hook="anonchat_moderate") == 1
    assert value(m, "anonchat_plugin_seconds_total", plugin="watcher", hook="anonchat_moderate") > 0
    assert value(m, "anonchat_plugin_errors_total", plugin="watcher", hook="anonchat_moderate") == 0

    # A block: a verdict, a flag and an audit event, which the database sink (a plugin) receives.
    queued = value(m, "anonchat_audit_events_queued_total")
    await a.send(type="message", text="blockme now", id="2")
    assert (await a.recv("rejected"))["reason"] == "moderation"
    m = await eventually(url, lambda m: value(m, "anonchat_plugin_calls_total", plugin="db_audit_sink",
                                              hook="anonchat_audit") >= 1)
    assert value(m, "anonchat_verdicts_total", category="spam", action="block") == 1
    assert value(m, "anonchat_flags_total") == 1
    assert value(m, "anonchat_audit_events_queued_total") == queued + 1
    assert value(m, "anonchat_audit_events_dropped_total", plugin="db_audit_sink") == 0
    assert value(m, "anonchat_bans_total") == 0

    # A second flag within the window: the threshold policy bans.
    await a.send(type="message", text="flagme please", id="3")
    assert (await a.recv("banned"))
    m = await eventually(url, lambda m: value(m, "anonchat_bans_total") == 1)
    assert value(m, "anonchat_verdicts_total", category="drugs", action="flag") == 1
    assert value(m, "anonchat_flags_total") == 2
    assert value(m, "anonchat_messages_received_total") == 3
    assert value(m, "anonchat_deliveries_total") == 4  # the flagged one reached both too

    # Reloads: an edit that loads, then one that does not.
    old_version = app.engine.engine.version
    (packs / "more.yaml").write_text(pack_yaml("more", "scam", "block", ["wiretransfer"]))
    m = await eventually(url, lambda m: value(m, "anonchat_rulepack_reloads_total", result="ok") == 1)
    assert value(m, "anonchat_rulepacks_info", version=old_version) == 0
    assert value(m, "anonchat_rulepacks_info", version=app.engine.engine.version) == 1
    (packs / "more.yaml").write_text("id: more\nwords: [")
    await eventually(url, lambda m: value(m, "anonchat_rulepack_reloads_total", result="failed") == 1)
    b.close()


@pytest.mark.gen_test(timeout=60)
async def test_plugin_errors_are_counted_per_plugin_and_hook(make_server):
    def moderate(text, verdict):
        raise RuntimeError("classifier down")

    app, url = await make_server(plugins=[("crashy", plugin(anonchat_moderate=moderate))],
                                 matching={"max_wait_s": 0.3})
    a, b = await connect(url, 2)
    await join_group([a, b])
    await a.send(type="message", text="hello", id="1")
    await b.recv("message")
    m = await scrape(url)
    assert value(m, "anonchat_plugin_errors_total", plugin="crashy", hook="anonchat_moderate") == 1
    assert value(m, "anonchat_plugin_calls_total", plugin="crashy", hook="anonchat_moderate") == 1


@pytest.mark.gen_test(timeout=60)
async def test_cluster_node_reports_redis_and_leadership(make_server, redis_server):
    app, url = await make_server(cluster={"redis_url": redis_server.url})
    m = await eventually(url, lambda m: value(m, "anonchat_matching_leader") == 1)
    assert value(m, "anonchat_redis_up") == 1
    redis_server.stop()
    await eventually(url, lambda m: value(m, "anonchat_redis_up") == 0, timeout=20)


FORWARDED = {"X-Forwarded-For": "203.0.113.9"}
TOKEN = "s3cret-metrics-token-0123"


async def status(url, **headers):
    response = await tornado.httpclient.AsyncHTTPClient().fetch(url + "/metrics", headers=headers,
                                                                raise_error=False)
    return response.code


@pytest.mark.gen_test(timeout=60)
async def test_only_loopback_reads_metrics_by_default(make_server):
    _, url = await make_server(server={"xheaders": True})
    assert await status(url) == 200  # 127.0.0.1, no proxy header
    assert await status(url, **FORWARDED) == 403  # the client behind the proxy is not local
    assert await status(url, **FORWARDED, Authorization=f"Bearer {TOKEN}") == 403  # no token configured


@pytest.mark.gen_test(timeout=60)
async def test_the_bearer_token_opens_metrics_from_anywhere(make_server):
    _, url = await make_server(server={"xheaders": True}, metrics={"token": TOKEN})
    assert await status(url, **FORWARDED, Authorization=f"Bearer {TOKEN}") == 200
    assert await status(url, **FORWARDED, Authorization=f"Bearer {TOKEN}x") == 403
    assert await status(url, **FORWARDED, Authorization=TOKEN) == 403
    assert await status(url, **FORWARDED) == 403


@pytest.mark.gen_test(timeout=60)
async def test_metrics_allow_lists_networks(make_server):
    _, url = await make_server(server={"xheaders": True}, metrics={"allow": ["203.0.113.0/24"]})
    assert await status(url, **FORWARDED) == 200
    assert await status(url) == 403  # loopback is no longer listed


@pytest.mark.parametrize("section, problem", [
    ({"allow": ["10.0.0.0/8", "not a network"]}, "'metrics.allow' must list networks"),
    ({"token": "short"}, "'metrics.token' must be at least 16 characters"),
])
def test_bad_metrics_settings_fail_with_one_line(section, problem):
    with pytest.raises(ConfigError, match=problem):
        load_config(None, env={}, overrides={"metrics": section})


def test_logging_format_must_be_text_or_json():
    with pytest.raises(ConfigError, match="'logging.format' must be text or json, got 'xml'"):
        load_config(None, env={}, overrides={"logging": {"format": "xml"}})


def test_json_log_lines_carry_the_traceback():
    logger = logging.getLogger("anonchat.test_metrics")
    records = []
    handler = logging.Handler()
    handler.emit = records.append
    logger.addHandler(handler)
    try:
        try:
            raise ZeroDivisionError("division by zero")
        except ZeroDivisionError:
            logger.exception("it broke:\n%s", "twice")
    finally:
        logger.removeHandler(handler)
    line = JsonFormatter().format(records[0])
    assert "\n" not in line
    data = json.loads(line)
    assert (data["level"], data["logger"], data["message"]) == ("ERROR", "anonchat.test_metrics", "it broke:\ntwice")
    assert data["exc"].startswith("Traceback") and "ZeroDivisionError" in data["exc"]


def test_serve_logs_json_lines(tmp_path, db_url):
    import urllib.error
    import urllib.request
    from pathlib import Path

    rulepacks = Path(__file__).resolve().parent.parent / "rulepacks"
    node = ServeProcess(tmp_path / "node", {"database": {"url": db_url}, "data_dir": str(tmp_path / "var"),
                                            "rulepacks": {"directory": str(rulepacks)},
                                            "logging": {"format": "json"}})
    node.start()
    try:
        with urllib.request.urlopen(node.url + "/metrics", timeout=5) as r:
            assert b"anonchat_connections" in r.read()
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(node.url + "/no-such-page", timeout=5)
    finally:
        node.stop()
    lines = [json.loads(line) for line in node.log.read_text().splitlines() if line.strip()]
    for line in lines:
        assert {"time", "level", "logger", "message"} <= set(line), line
    assert any("serving on" in line["message"] for line in lines)
    access = {line["path"]: line for line in lines if line["logger"] == "tornado.access"}
    assert access["/metrics"]["method"] == "GET" and access["/metrics"]["status"] == 200
    assert access["/metrics"]["ms"] >= 0
    assert (access["/no-such-page"]["status"], access["/no-such-page"]["level"]) == (404, "WARNING")
