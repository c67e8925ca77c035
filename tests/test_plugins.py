"""Plugins, end to end: every hook through a running server, loading from every source, the
example plugins in plugins/, and containment of plugins that crash, hang or answer nonsense."""

import asyncio
import importlib.util
import json
import re
import subprocess
import sys
import types
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import tornado.httpclient
import tornado.web

from anonchat import hookspecs, queries
from anonchat.cli import main
from anonchat.config import load_config
from anonchat.decisions import AddToGroup, AdminPage, AuditEvent, Ban, NewGroup, OpenGroup, WaitingUser
from anonchat.plugins import PluginError, make_plugin_manager
from anonchat.testing import connect, free_port, group_of, join_group, pack_yaml, plugin, write_packs

ROOT = Path(__file__).resolve().parent.parent
HOOKS = sorted(name for name in dir(hookspecs) if name.startswith("anonchat_"))

PACKS = {
    "flaggers.yaml": pack_yaml("flaggers", "drugs", "flag", ["flagme"]),
    "doxxing.yaml": pack_yaml("doxxing", "pii", "block", ["elm street"], "high"),
}


def example(name):
    """An example plugin's file, for the config's `plugins:` list."""
    return str(ROOT / "plugins" / f"{name}.py")


def load_module(path):
    """A module from its file: an example plugin, to call its pure hooks directly, or a script."""
    spec = importlib.util.spec_from_file_location(Path(path).stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def server(make_server, tmp_path):
    """A server with the test packs, small groups after half a second, and a fast audit time-out."""
    packs = write_packs(tmp_path / "packs", PACKS)

    def start(**sections):
        sections.setdefault("rulepacks", {"directory": str(packs)})
        sections.setdefault("matching", {"max_wait_s": 0.5})
        return make_server(**sections)
    return start


async def chat_still_works(clients):
    """A new message from the first client reaches every other one (earlier ones are skipped)."""
    await clients[0].send(type="message", text="still chatting", id="alive")
    for c in clients[1:]:
        while (await c.recv("message"))["text"] != "still chatting":
            pass


async def audit_events(app):
    await app.audit.flush()
    return [r["event"] for r in await queries.fetch(app.pool, "SELECT event FROM audit_log ORDER BY id")]


# --- meta-tests -------------------------------------------------------------------------------


def test_every_hook_has_a_test():
    missing = [name for name in HOOKS if f"test_hook_{name}" not in globals()]
    assert not missing, f"hooks without a test_hook_<name> in this module: {missing}"


def test_every_hook_is_in_the_docs_with_its_exact_signature():
    docs = (ROOT / "docs" / "plugins.md").read_text()
    gen = load_module(ROOT / "docs" / "gen_plugins_ref.py")
    missing = [f"{name}{gen.signature(getattr(hookspecs, name))}" for name in HOOKS]
    missing = [signature for signature in missing if signature not in docs]
    assert not missing, f"docs/plugins.md lacks: {missing}"


def test_every_audit_event_is_documented():
    documented = set(re.findall(r"``([a-z]+\.[a-z_]+)``", AuditEvent.__doc__))
    emitted = set()
    for source in (ROOT / "anonchat").rglob("*.py"):
        for first_argument in re.findall(r"\.emit\(([^,]+),", source.read_text()):
            emitted.update(re.findall(r'"([a-z]+\.[a-z_]+)"', first_argument))
    assert emitted and emitted <= documented, f"not in AuditEvent's docstring: {sorted(emitted - documented)}"


def test_docs_hook_reference_is_generated_from_the_hookspecs():
    gen = load_module(ROOT / "docs" / "gen_plugins_ref.py")
    docs = (ROOT / "docs" / "plugins.md").read_text()
    assert gen.update(docs) == docs, "docs/plugins.md is out of date: run `python docs/gen_plugins_ref.py`"


# --- every hook through a running server ------------------------------------------------------


@pytest.mark.gen_test(timeout=60)
async def test_hook_anonchat_startup(server):
    async def startup(app):
        await asyncio.sleep(0)
        app.state["greeting"] = app.config.plugin_settings["greeter"]["text"]
        app.state["pool_ready"] = app.pool is not None

    app, url = await server(plugins=[("greeter", plugin(anonchat_startup=startup))],
                            plugin_settings={"greeter": {"text": "hello"}})
    assert app.state == {"greeting": "hello", "pool_ready": True}


@pytest.mark.gen_test(timeout=60)
async def test_hook_anonchat_shutdown(server):
    seen = []

    async def shutdown(app):
        seen.append(app.pool.closed)  # the pool is still open for a last write

    app, url = await server(plugins=[("closer", plugin(anonchat_shutdown=shutdown))])
    await app.stop()
    app.stop = lambda: asyncio.sleep(0)  # already stopped; the fixture must not stop it twice
    assert seen == [False]


@pytest.mark.gen_test(timeout=60)
async def test_hook_anonchat_validate_settings(server):
    checked = []

    def validate(plugin_settings):
        checked.append(plugin_settings)
        if plugin_settings.get("colour") not in ("red", "blue"):
            raise ValueError(f"'colour' must be red or blue, got {plugin_settings.get('colour')!r}")

    painter = plugin(anonchat_validate_settings=validate)
    await server(plugins=[("painter", painter)], plugin_settings={"painter": {"colour": "red"}})
    assert checked == [{"colour": "red"}]
    with pytest.raises(PluginError) as e:
        await server(plugins=[("painter", painter)], plugin_settings={"painter": {"colour": "green"}})
    assert str(e.value) == "plugin 'painter': plugin_settings.painter: 'colour' must be red or blue, got 'green'"
    with pytest.raises(PluginError, match=r"^plugin_settings.paintr: no plugin named 'paintr' is loaded"):
        await server(plugins=[("painter", painter)], plugin_settings={"painter": {"colour": "red"}, "paintr": {}})


@pytest.mark.gen_test(timeout=60)
async def test_hook_anonchat_match(server):
    def pairs(waiting, plugin_settings):
        assert plugin_settings == {"style": "pairs"}
        return [NewGroup(members=(a.id, b.id)) for a, b in zip(waiting[::2], waiting[1::2])]

    app, url = await server(plugins=[("pairs", plugin(anonchat_match=pairs))], matching={"max_wait_s": 60},
                            plugin_settings={"pairs": {"style": "pairs"}})
    matched = await join_group(await connect(url, 4))
    assert [len(m["members"]) for m in matched] == [2, 2, 2, 2]
    assert len({m["group"] for m in matched}) == 2


@pytest.mark.gen_test(timeout=60)
async def test_hook_anonchat_ban_policy(server):
    calls = []

    def policy(user_id, verdict, history, settings, now):
        calls.append((user_id, verdict.categories, len(history), settings["past_bans"]))
        return Ban("no drugs here", until=now + timedelta(hours=1))

    app, url = await server(plugins=[("zero_tolerance", plugin(anonchat_ban_policy=policy))])
    alice, bob = await group_of(url, 2)
    await alice.send(type="message", text="flagme", id="1")
    banned = await alice.recv("banned")
    assert banned["reason"] == "no drugs here"
    assert await alice.wait_closed() == 1008
    (ban,) = await queries.fetch(app.pool, "SELECT user_session_id FROM banned_users")
    session_id = ban["user_session_id"]
    assert calls == [(session_id, ("drugs",), 1, 0)]


@pytest.mark.gen_test(timeout=60)
async def test_hook_anonchat_audit(server):
    received = []

    async def sink(event, app):
        await asyncio.sleep(0)
        received.append(event)

    app, url = await server(plugins=[("collector", plugin(anonchat_audit=sink))])
    alice, bob = await group_of(url, 2)
    await alice.send(type="message", text="flagme", id="1")
    await alice.recv("message")
    await app.audit.flush()
    flagged = [e for e in received if e.event == "message.flagged"]
    assert len(flagged) == 1 and isinstance(flagged[0], AuditEvent)
    assert flagged[0].actor == alice.frames[0]["username"] and flagged[0].details["categories"] == ["drugs"]
    assert "message.flagged" in await audit_events(app)  # the built-in sink still writes audit_log


@pytest.mark.gen_test(timeout=60)
async def test_hook_anonchat_moderate(server):
    from anonchat.moderation import Hit

    def scam_filter(text, verdict, plugin_settings):
        phrase = plugin_settings["phrase"]
        if phrase in text.lower():
            i = text.lower().index(phrase)
            return [Hit(pack="scam_filter", category="scam", rule="phrase", start=i, end=i + len(phrase),
                        matched=text[i:i + len(phrase)], action="block", severity="high")]
        return None

    app, url = await server(plugins=[("scam_filter", plugin(anonchat_moderate=scam_filter))],
                            plugin_settings={"scam_filter": {"phrase": "free money"}})
    alice, bob = await group_of(url, 2)
    await alice.send(type="message", text="FREE MONEY here", id="s")
    assert (await alice.recv("rejected")) == {"type": "rejected", "client_id": "s", "reason": "moderation",
                                              "categories": ["scam"],
                                              "rules": [{"pack": "scam_filter", "category": "scam", "action": "block"}]}
    await bob.nothing("message")
    await chat_still_works([alice, bob])


@pytest.mark.gen_test(timeout=60)
async def test_hook_anonchat_rulepack_validators(server, tmp_path):
    calls = []

    def validators(plugin_settings):
        calls.append(plugin_settings)
        return {"validators": {"even": lambda s: int(s) % 2 == 0}}

    packs = tmp_path / "even_packs"
    packs.mkdir()
    (packs / "even.yaml").write_text("""
id: even
category: numbers
version: 1
description: blocks even numbers, with a validator a plugin contributes
enabled: true
action: block
severity: low
patterns:
  - id: number
    regex: '\\b\\d+\\b'
    on: raw
    validate: even
tests:
  match: ["I have 4 cats"]
  clean: ["I have 3 cats"]
""")
    app, url = await server(plugins=[("numbers", plugin(anonchat_rulepack_validators=validators))],
                            plugin_settings={"numbers": {"strict": True}}, rulepacks={"directory": str(packs)})
    assert calls == [{"strict": True}]
    alice, bob = await group_of(url, 2)
    await alice.send(type="message", text="I have 3 cats", id="odd")
    assert (await bob.recv("message"))["text"] == "I have 3 cats"
    await alice.send(type="message", text="I have 4 cats", id="even")
    assert (await alice.recv("rejected"))["categories"] == ["numbers"]


class StatsPage(tornado.web.RequestHandler):
    def get(self):
        self.write("plugin stats")


@pytest.mark.gen_test(timeout=60)
async def test_hook_anonchat_admin_pages(server):
    def pages(app):
        return [AdminPage("stats", "Stats", StatsPage)]

    app, url = await server(plugins=[("stats", plugin(anonchat_admin_pages=pages))])
    http = tornado.httpclient.AsyncHTTPClient()
    page = await http.fetch(url + "/admin/plugins/stats", follow_redirects=False, raise_error=False,
                            request_timeout=10)
    assert page.code == 302 and page.headers["Location"].startswith("/admin/login")  # served, behind the login
    unknown = await http.fetch(url + "/admin/plugins/nothing", raise_error=False, request_timeout=10)
    assert unknown.code == 404


# --- loading ----------------------------------------------------------------------------------


def test_misspelled_hook_fails_fast_naming_the_plugin():
    cfg = load_config(None, env={})
    typo = plugin(anonchat_matchh=lambda waiting: None)
    with pytest.raises(PluginError, match=r"^plugin 'typo':.*anonchat_matchh"):
        make_plugin_manager(cfg, extra=[("typo", typo)])


@pytest.mark.gen_test(timeout=60)
async def test_plugin_installed_as_a_distribution_is_loaded(server, tmp_path, monkeypatch):
    site = tmp_path / "site"
    dist_info = site / "anonchat_shout-1.0.dist-info"
    dist_info.mkdir(parents=True)
    (dist_info / "METADATA").write_text("Metadata-Version: 2.1\nName: anonchat-shout\nVersion: 1.0\n")
    (dist_info / "entry_points.txt").write_text("[anonchat]\nshout = anonchat_shout\n")
    (site / "anonchat_shout.py").write_text(
        "from anonchat import hookimpl\n\n"
        "@hookimpl\n"
        "def anonchat_startup(app):\n"
        "    app.state['shout'] = app.config.plugin_settings['shout']['word'].upper()\n")
    monkeypatch.syspath_prepend(str(site))
    try:
        app, url = await server(plugin_settings={"shout": {"word": "hello"}})
    finally:
        sys.modules.pop("anonchat_shout", None)
    assert app.pm.sources["shout"] == "entry point from anonchat-shout"
    assert app.state["shout"] == "HELLO"


def test_plugins_command_lists_plugins_sources_and_hooks(tmp_path, capsys):
    config = tmp_path / "anonchat.yaml"
    config.write_text(f"plugins: [{example('strike_policy')}]\ndisabled_plugins: [threshold_ban_policy]\n")
    assert main(["plugins", "--config", str(config)]) == 0
    out = capsys.readouterr().out
    assert "random_matching  (built-in)\n    anonchat_match\n" in out
    assert f"strike_policy  (config: file {example('strike_policy')})\n" in out
    assert "    anonchat_ban_policy\n    anonchat_validate_settings\n" in out
    assert "threshold_ban_policy  (disabled in the config)" in out


@pytest.mark.gen_test(timeout=60)
async def test_disabled_plugins_blocks_a_builtin_by_name(server):
    app, url = await server(disabled_plugins=["random_matching"])
    assert "random_matching" not in app.pm.sources
    clients = await connect(url, 3)
    for c in clients:
        await c.send(type="join")
    await clients[0].nothing("matched", wait=1.5)  # no strategy left: nobody is matched


def test_unimportable_config_plugin_stops_serve_with_one_line(tmp_path, db_url):
    config = tmp_path / "anonchat.yaml"
    config.write_text(f"database:\n  url: {db_url}\nserver:\n  port: {free_port()}\nplugins: [mypkg.missing_plugin]\n"
                      f"rulepacks:\n  directory: {ROOT / 'rulepacks'}\n")
    proc = subprocess.run([sys.executable, "-m", "anonchat", "serve", "--config", str(config)],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert proc.stderr.splitlines()[-1] == (f"anonchat: error: {config}:5: plugin 'missing_plugin' (config: module "
                                            "mypkg.missing_plugin) cannot be loaded: ModuleNotFoundError: "
                                            "No module named 'mypkg'")
    assert "Traceback" not in proc.stderr


# --- containment ------------------------------------------------------------------------------


@pytest.mark.gen_test(timeout=60)
async def test_crashing_sink_is_contained(server):
    def crash(event):
        raise OSError("disk on fire")

    app, url = await server(plugins=[("crashy", plugin(anonchat_audit=crash))])
    alice, bob = await group_of(url, 2)
    await alice.send(type="message", text="flagme", id="1")
    assert (await bob.recv("message"))["text"] == "flagme"
    assert await audit_events(app) == ["message.flagged"]  # the other sinks carried on
    assert app.hooks.errors["crashy"] == 1
    await chat_still_works([alice, bob])


@pytest.mark.gen_test(timeout=60)
async def test_hanging_sink_is_contained(server):
    async def hang(event):
        await asyncio.sleep(3600)

    app, url = await server(plugins=[("stuck", plugin(anonchat_audit=hang))], audit={"hook_timeout_s": 0.3})
    alice, bob = await group_of(url, 2)
    await alice.send(type="message", text="flagme", id="1")
    assert (await bob.recv("message"))["text"] == "flagme"  # chat does not wait for the sink
    await chat_still_works([alice, bob])
    assert await audit_events(app) == ["message.flagged"]
    assert app.hooks.errors["stuck"] == 1


@pytest.mark.parametrize("mistake, users", [("a user twice", 3), ("a group of 9", 9)])
@pytest.mark.gen_test(timeout=60)
async def test_invalid_matching_result_is_contained(server, mistake, users):
    answered = []

    def wrong(waiting):
        if answered:
            return None  # wrong once is enough to prove the point
        if len(waiting) < users:
            return []  # "nobody now": wait until everyone is in the queue
        ids = [u.id for u in waiting]
        answered.append(True)
        if mistake == "a user twice":
            return [NewGroup(tuple(ids[:2])), NewGroup((ids[0], ids[2]))]
        return [NewGroup(tuple(ids))]

    app, url = await server(plugins=[("wrong", plugin(anonchat_match=wrong))])
    clients = await connect(url, users)
    matched = await join_group(clients)  # the built-in random strategy formed the groups
    sizes = sorted(len(m["members"]) for m in {m["group"]: m for m in matched}.values())
    assert sizes == ([3] if users == 3 else [4, 5])
    assert app.hooks.errors["wrong"] == 1
    await chat_still_works([c for c, m in zip(clients, matched) if m["group"] == matched[0]["group"]])


async def ban_everyone_later(now):
    return Ban("too late", until=None)


def ban_with_a_bool(verdict):
    return True


def ban_and_crash(history):
    raise KeyError("past_bans")


@pytest.mark.parametrize("policy", [ban_everyone_later, ban_with_a_bool, ban_and_crash])
@pytest.mark.gen_test(timeout=60)
async def test_broken_ban_policy_never_bans_and_the_builtin_decides(server, policy):
    app, url = await server(plugins=[("broken", plugin(anonchat_ban_policy=policy))], ban_policy={"threshold": 2})
    alice, bob = await group_of(url, 2)
    await alice.send(type="message", text="flagme", id="1")
    assert "banned" in (await alice.recv("warning"))["reason"]  # the built-in threshold policy's warning
    assert app.hooks.errors["broken"] == 1
    await chat_still_works([alice, bob])


# --- the example plugins in plugins/ ----------------------------------------------------------


@pytest.mark.gen_test(timeout=60)
async def test_interest_matching_groups_users_who_share_an_interest(server):
    app, url = await server(config_plugins=[example("interest_matching")],
                            matching={"group_size": 3, "max_wait_s": 0.5},
                            plugin_settings={"interest_matching": {"fallback_after_s": 0.5}})
    clients = await connect(url, 6)
    interests = ["chess", "jazz"] * 3  # interleaved: random groups of 3 would mix them
    for c, interest in zip(clients, interests):
        await c.send(type="join", interests=[interest])
    matched = [await c.recv("matched") for c in clients]
    groups = {}
    for interest, m in zip(interests, matched):
        groups.setdefault(m["group"], set()).add(interest)
    assert sorted(map(sorted, groups.values())) == [["chess"], ["jazz"]]
    assert all(len(m["members"]) == 3 for m in matched)
    # Nobody shares an interest: after fallback_after_s the random strategy groups them anyway.
    loners = await connect(url, 2)
    for c, interest in zip(loners, ["knitting", "go"]):
        await c.send(type="join", interests=[interest])
    matched = [await c.recv("matched") for c in loners]
    assert matched[0]["group"] == matched[1]["group"] and len(matched[0]["members"]) == 2


def test_interest_matching_tops_up_interest_groups_and_waits_for_company():
    match = load_module(example("interest_matching")).anonchat_match
    settings = {"group_size": 3, "min_size": 2, "max_wait_s": 20}
    chess = OpenGroup("g1", size=2, capacity=3, interests=frozenset({"chess"}))
    waiting = (WaitingUser("a", "A", frozenset({"go"}), 3.0), WaitingUser("b", "B", frozenset({"chess", "go"}), 2.0))
    assert match(waiting, (chess,), settings, {}, frozenset()) == [AddToGroup("g1", ("b",))]
    go_fans = (WaitingUser("a", "A", frozenset({"go"}), 3.0), WaitingUser("c", "C", frozenset({"go"}), 1.0))
    assert match(go_fans, (), settings, {}, frozenset()) == []  # two share "go": wait for a third
    assert match(go_fans, (), settings, {"fallback_after_s": 2}, frozenset()) is None  # "a" waited long enough


def test_interest_matching_never_groups_two_who_blocked_one_another():
    match = load_module(example("interest_matching")).anonchat_match
    settings = {"group_size": 3, "min_size": 2, "max_wait_s": 20}
    chess = OpenGroup("g1", size=2, capacity=3, interests=frozenset({"chess"}), members=("m1", "m2"))
    waiting = tuple(WaitingUser(i, i.upper(), frozenset({"chess"}), 5.0 - n) for n, i in enumerate("abc"))
    blocked = frozenset({frozenset({"a", "m1"}), frozenset({"b", "d"})})
    # "a" waited longest but may not join m1's group: "b" takes the seat; "a" and "c" wait for a third.
    assert match(waiting, (chess,), settings, {}, blocked) == [AddToGroup("g1", ("b",))]
    # Without the open group, "d" (who blocked "b") is passed over for "e", who came later.
    more = (*waiting, WaitingUser("d", "D", frozenset({"chess"}), 1.0), WaitingUser("e", "E", frozenset({"chess"}), 0.5))
    assert match(more, (), settings, {}, blocked) == [NewGroup(("a", "b", "c"), interests=frozenset({"chess"}))]
    assert match(more[1:], (), settings, {}, blocked) == [NewGroup(("b", "c", "e"), interests=frozenset({"chess"}))]


def test_strike_policy_escalates_then_bans_for_good():
    policy = load_module(example("strike_policy")).anonchat_ban_policy
    now = datetime(2026, 1, 1, tzinfo=timezone.utc)
    verdict = types.SimpleNamespace(categories=("drugs",))
    strikes = (object(),) * 3
    bans = [policy(verdict, strikes, {"past_bans": n}, now, {"ban_durations_s": [60, 3600]}) for n in range(3)]
    assert [b.until for b in bans] == [now + timedelta(minutes=1), now + timedelta(hours=1), None]
    assert [b.reason for b in bans][:2] == ["strike 3 of 3: banned for 1 minute", "strike 3 of 3: banned for 1 hour"]


@pytest.mark.gen_test(timeout=60)
async def test_strike_policy_bans_on_the_third_strike_and_for_good_on_doxxing(server):
    app, url = await server(config_plugins=[example("strike_policy")],
                            ban_policy={"threshold": 100},  # the built-in policy alone would never ban here
                            plugin_settings={"strike_policy": {"ban_durations_s": [7200, 86400]}})
    alice, bob, carol = await group_of(url, 3)
    for strike in (1, 2):
        await alice.send(type="message", text="flagme", id=strike)
        assert (await alice.recv("warning"))["reason"] == f"strike {strike} of 3: at 3 you will be banned"
    await alice.send(type="message", text="flagme", id=3)
    banned = await alice.recv("banned")
    assert banned["reason"] == "strike 3 of 3: banned for 2 hours"
    until = datetime.fromisoformat(banned["until"])
    assert timedelta(hours=1, minutes=59) < until - datetime.now(timezone.utc) <= timedelta(hours=2)
    await bob.send(type="message", text="I live at elm street", id="dox")
    banned = await bob.recv("banned")
    assert banned == {"type": "banned", "reason": "posting pii: permanent ban", "until": None,
                      "username": bob.frames[0]["username"]}
    assert await queries.fetch(app.pool, "SELECT banned_by FROM banned_users") == [{"banned_by": "policy:strike_policy"}] * 2
    await carol.nothing("warning")


@pytest.mark.gen_test(timeout=60)
async def test_audit_jsonl_writes_every_event_and_rotates(server, tmp_path):
    log_file = tmp_path / "logs" / "audit.jsonl"
    settings = {"path": str(log_file), "max_bytes": 1200, "backups": 5}
    app, url = await server(config_plugins=[example("audit_jsonl")], plugin_settings={"audit_jsonl": settings},
                            ban_policy={"threshold": 100}, limits={"burst": 20})
    alice, bob = await group_of(url, 2)
    for i in range(6):
        await alice.send(type="message", text=f"flagme {i}", id=i)
        await bob.recv("message")
    expected = await audit_events(app)
    files = [Path(f"{log_file}.{n}") for n in range(5, 0, -1)] + [log_file]
    lines = [json.loads(line) for f in files if f.exists() for line in f.read_text().splitlines()]
    assert [r["event"] for r in lines] == expected and expected.count("message.flagged") == 6
    assert all(datetime.fromisoformat(r["at"]) for r in lines)
    assert Path(f"{log_file}.1").exists() and all(f.stat().st_size <= 1200 for f in files if f.exists())


def test_audit_jsonl_settings_are_checked_at_start_up():
    cfg = load_config(None, env={}, overrides={"plugins": [example("audit_jsonl")],
                                               "plugin_settings": {"audit_jsonl": {"max_bytes": 100}}})
    with pytest.raises(PluginError, match=r"^plugin 'audit_jsonl': plugin_settings.audit_jsonl: 'path' is required"):
        make_plugin_manager(cfg)


class FlakyEndpoint(tornado.web.RequestHandler):
    """Fails the first `failures` POSTs with 503, then accepts and keeps each body."""

    def initialize(self, state):
        self.state = state

    def post(self):
        self.state["attempts"] += 1
        if self.state["attempts"] <= self.state["failures"]:
            self.set_status(503)
            return
        self.state["received"].append(json.loads(self.request.body))


@pytest.mark.gen_test(timeout=60)
async def test_webhook_sink_delivers_chosen_events_after_retries(server):
    state = {"attempts": 0, "failures": 2, "received": []}
    port = free_port()
    endpoint = tornado.web.Application([("/hook", FlakyEndpoint, {"state": state})]).listen(port, "127.0.0.1")
    try:
        app, url = await server(config_plugins=[example("webhook_sink")], ban_policy={"threshold": 1},
                                plugin_settings={"webhook_sink": {"url": f"http://127.0.0.1:{port}/hook",
                                                                  "events": ["user."], "backoff_s": 0.05}})
        alice, bob = await group_of(url, 2)
        await alice.send(type="message", text="flagme", id="1")
        await alice.recv("banned")
        await app.audit.flush()
    finally:
        endpoint.stop()
    assert state["attempts"] == 3
    assert [e["event"] for e in state["received"]] == ["user.banned"]  # message.flagged was not chosen
    assert state["received"][0]["details"]["reason"] and state["received"][0]["actor"] == "policy:threshold_ban_policy"
    assert app.hooks.errors["webhook_sink"] == 0
