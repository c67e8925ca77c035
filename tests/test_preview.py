"""Previewed rule changes (`rulepacks.apply: manual`): an edited pack waits as a candidate; the Rule
packs page and `anonchat rulepacks diff` list exactly the stored messages whose verdict it changes;
Apply swaps the engine, Discard keeps the old one, and both are in the audit log with the admin's
name. Real server, real chat sockets, real PostgreSQL, the real command."""

import asyncio
import re
import shutil
import sys

import pytest
from test_reload_server import wait_for

from anonchat import queries
from anonchat.moderation.reload import load_engine
from anonchat.passwords import hash_password
from anonchat.testing import AdminClient, ChatClient, join_group, pack_yaml

PASSWORD = "correct horse battery"
WORDS = pack_yaml("words", "profanity", "block", ["grumble"], "high", 1)
WATCH = pack_yaml("watch", "drugs", "flag", ["weed"], "medium", 1)
# The edit: "grumble" is no longer blocked, "mutter" is; "whinge" is flagged.
EDITED_WORDS = pack_yaml("words", "profanity", "block", ["mutter"], "high", 2)
EDITED_WATCH = pack_yaml("watch", "drugs", "flag", ["weed", "whinge"], "medium", 2)

SENT = {  # text -> what the edit does to it
    "I grumble <b>loudly</b>": "release",
    "I mutter": "block",
    "mutter and grumble": None,  # blocked before and after: no change
    "so much whinge": "flag",
    "weed and whinge": None,  # flagged before and after
    "calm words": None,
}


def listed(page):
    """{message id: kind} of the preview on the Rule packs page."""
    return {int(i): kind for i, kind in re.findall(r'<tr data-message="(\d+)" data-kind="(\w+)">', page)}


async def run_cli(*args):
    proc = await asyncio.create_subprocess_exec(sys.executable, "-m", "anonchat", *args,
                                                stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await asyncio.wait_for(proc.communicate(), 120)
    return proc.returncode, out.decode(), err.decode()


async def audited(app, event):
    await app.audit.flush()
    return await queries.audit_rows(app.pool, event=event)


@pytest.mark.gen_test(timeout=180)
async def test_an_edit_in_manual_mode_is_previewed_then_discarded_or_applied(make_server, tmp_path, db_url):
    live_dir, edited_dir = tmp_path / "packs", tmp_path / "edited"
    for directory, words, watch in ((live_dir, WORDS, WATCH), (edited_dir, EDITED_WORDS, EDITED_WATCH)):
        directory.mkdir()
        (directory / "words.yaml").write_text(words)
        (directory / "watch.yaml").write_text(watch)
    app, url = await make_server(rulepacks={"directory": str(live_dir), "reload_interval_s": 0.1, "apply": "manual"},
                                 matching={"max_wait_s": 0.3}, limits={"rate_per_s": 100, "burst": 100},
                                 ban_policy={"threshold": 100},
                                 admin={"accounts": {"root": hash_password(PASSWORD, iterations=1000)}})
    admin = AdminClient(url)
    assert (await admin.login("root", PASSWORD)).code == 302
    a, b = await ChatClient.connect(url), await ChatClient.connect(url)
    await join_group([a, b])
    for n, text in enumerate(SENT):
        await a.send(type="message", text=text, id=str(n))
        await a.recv("rejected" if "grumble" in text else "message")
    stored = {m["content"]: m["id"] for m in await queries.recent_messages(app.pool, 100)}
    expected = {stored[text]: kind for text, kind in SENT.items() if kind}
    live = app.engine.engine

    # The command line, before the server sees the edit: the configured packs against the edited copy.
    config = tmp_path / "anonchat.yaml"
    config.write_text(f"database: {{url: '{db_url}'}}\nrulepacks: {{directory: '{live_dir}'}}\n")
    code, out, err = await run_cli("rulepacks", "diff", str(edited_dir), "--config", str(config))
    assert code == 0, err
    assert {int(i) for i in re.findall(r"^  #(\d+) ", out, re.M)} == set(expected)
    assert f"3 of the newest {len(SENT)} stored messages judged differently" in out
    assert "1 newly blocked, 0 newly masked, 1 newly flagged, 1 released" in out
    assert f"  #{stored['I mutter']} " in out and "a: I [mutter]" not in out  # the username is its own
    assert "I [mutter]" in out and "I [grumble] <b>loudly</b>" in out and "so much [whinge]" in out

    # The server sees the edit: a candidate, tested, not applied; the page shows its effect.
    for name in ("words.yaml", "watch.yaml"):
        shutil.copy(edited_dir / name, live_dir / name)
    candidate = load_engine(edited_dir).version  # a version is the digest of the files' names and text
    await wait_for(lambda: app.engine.candidate is not None and app.engine.candidate.new.version == candidate)
    assert app.engine.engine is live
    await a.send(type="message", text="I mutter again", id="live")
    assert (await a.recv("message"))["client_id"] == "live"  # still allowed: the candidate is not live
    [again] = await queries.recent_messages(app.pool, 1)
    page = (await admin.get("/admin/rulepacks")).body.decode()
    assert f'id="candidate-version">{candidate}<' in page
    assert listed(page) == expected | {again["id"]: "block"}  # "I mutter again" counts too
    assert "I <mark" in page and "&lt;b&gt;loudly&lt;/b&gt;" in page and "<b>loudly" not in page  # escaped
    assert re.search(r'<span class="mono">words: mutter</span>', page)
    assert re.search(r'<span class="mono">words: grumble</span>', page)
    assert re.search(r'<span class="mono">watch: whinge</span>', page)

    tried = (await admin.post("/admin/rulepacks/try", text="I mutter")).body.decode()
    assert re.search(r'id="candidate-verdict">Candidate <code>\w+</code> would: <span class="badge block">', tried)
    assert '<p>Verdict: <span class="badge allow">' in tried  # the live engine's

    # Discard: the old engine stays, and the same files make no new candidate.
    response = await admin.post("/admin/rulepacks/discard", version=candidate)
    assert response.code == 302
    assert app.engine.candidate is None and app.engine.engine is live
    await asyncio.sleep(0.5)
    assert app.engine.candidate is None
    [discarded] = await audited(app, "admin.rulepacks_discarded")
    assert discarded["actor"] == "root" and discarded["details"]["version"] == candidate
    assert discarded["details"]["previewed"] == {"block": 2, "mask": 0, "flag": 1, "release": 1}
    assert (await admin.post("/admin/rulepacks/apply", version=candidate)).code == 409  # gone

    # Saved again: a new candidate; Apply makes it live.
    (live_dir / "words.yaml").write_text(EDITED_WORDS.replace("version: 2", "version: 3"))
    await wait_for(lambda: app.engine.candidate is not None)
    candidate = app.engine.candidate.new.version
    assert (await admin.post("/admin/rulepacks/apply", version=candidate, _xsrf="forged")).code == 403
    assert app.engine.engine is live
    response = await admin.post("/admin/rulepacks/apply", version=candidate)
    assert response.code == 302
    assert app.engine.engine.version == candidate and app.engine.candidate is None
    await a.send(type="message", text="I mutter", id="after")
    assert (await a.recv("rejected"))["client_id"] == "after"
    [applied] = await audited(app, "admin.rulepacks_applied")
    assert applied["actor"] == "root" and applied["details"]["version"] == candidate
    assert applied["details"]["live_was"] == live.version
    built = await audited(app, "rulepacks.candidate")
    assert built[0]["details"] == {"version": candidate, "live": live.version}  # the newest first

    # After it, the page shows what the applied change did.
    page = (await admin.get("/admin/rulepacks")).body.decode()
    assert 'id="last-change"' in page and "candidate-version" not in page
    assert set(expected) <= set(listed(page))


@pytest.mark.gen_test(timeout=120)
async def test_auto_mode_applies_at_once_and_shows_the_last_change(make_server, tmp_path):
    packs = tmp_path / "packs"
    packs.mkdir()
    (packs / "words.yaml").write_text(WORDS)
    app, url = await make_server(rulepacks={"directory": str(packs), "reload_interval_s": 0.1},
                                 matching={"max_wait_s": 0.3},
                                 admin={"accounts": {"root": hash_password(PASSWORD, iterations=1000)}})
    admin = AdminClient(url)
    await admin.login("root", PASSWORD)
    a, b = await ChatClient.connect(url), await ChatClient.connect(url)
    await join_group([a, b])
    await a.send(type="message", text="I mutter", id="1")
    await a.recv("message")
    page = (await admin.get("/admin/rulepacks")).body.decode()
    assert "rulepacks.apply: auto" in page and 'id="last-change"' not in page
    old = app.engine.engine.version
    (packs / "words.yaml").write_text(EDITED_WORDS)
    await wait_for(lambda: app.engine.engine.version != old)
    assert app.engine.candidate is None
    page = (await admin.get("/admin/rulepacks")).body.decode()
    [message] = await queries.recent_messages(app.pool, 1)
    assert 'id="last-change"' in page and listed(page) == {message["id"]: "block"}


def test_the_diff_command_says_in_one_line_that_the_database_is_unreachable(tmp_path, capsys):
    from anonchat.cli import main

    shutil.copytree("rulepacks", tmp_path / "packs")
    config = tmp_path / "anonchat.yaml"
    config.write_text("database: {url: 'postgresql://nobody@127.0.0.1:1/none'}\n"
                      f"rulepacks: {{directory: '{tmp_path / 'packs'}'}}\n")
    assert main(["rulepacks", "diff", str(tmp_path / "packs"), "--config", str(config)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and err.startswith("anonchat: error: cannot connect to the database at 127.0.0.1:1")


@pytest.mark.gen_test(timeout=240)
async def test_apply_on_one_console_reaches_every_node(cluster, tmp_path):
    """Two `anonchat serve` nodes in manual mode, each with its own copy of the packs: the candidate
    applied on one node's console goes live on both."""
    from anonchat.testing import write_packs
    from anonchat.testing_faults import wait_for as eventually

    def own_packs(i):
        directory = write_packs(tmp_path / f"packs{i}", {"words.yaml": WORDS})
        return {"rulepacks": {"directory": str(directory), "reload_interval_s": 86400, "apply": "manual"}}

    a, b = cluster(2, per_node=own_packs, admin={"accounts": {"root": hash_password(PASSWORD, iterations=1000)}})
    live = b.health()["rulepacks"]
    for i in (0, 1):
        write_packs(tmp_path / f"packs{i}", {"words.yaml": EDITED_WORDS})
    admin = AdminClient(a.url)
    assert (await admin.login("root", PASSWORD)).code == 302
    assert (await admin.post("/admin/rulepacks/reload")).code == 302  # a candidate on every node
    page = (await admin.get("/admin/rulepacks")).body.decode()
    candidate = re.search(r'id="candidate-version">(\w+)<', page)[1]
    assert b.health()["rulepacks"] == a.health()["rulepacks"] == live  # not applied anywhere
    for _ in range(100):  # the Nodes page shows every node's candidate (as of its heartbeat, each second)
        nodes = (await admin.get("/admin/nodes")).body.decode()
        if nodes.count(f"candidate <code>{candidate}</code> waiting") == 2:
            break
        await asyncio.sleep(0.1)
    assert nodes.count(f"candidate <code>{candidate}</code> waiting") == 2, nodes
    assert (await admin.post("/admin/rulepacks/apply", version=candidate)).code == 302
    await eventually(lambda: b.health()["rulepacks"] == candidate, timeout=10, what="node b applied it")
    assert a.health()["rulepacks"] == candidate


def test_a_page_shows_a_bounded_part_of_a_large_preview(tmp_path):
    """An edit that changes 1,500 messages over 1,500 rules: the counts are whole, the page lists
    1,000 of them and says how many more `rulepacks diff` has."""
    from datetime import datetime, timezone

    from anonchat.admin.rulepacks import SHOWN, preview_view
    from anonchat.moderation.reload import compare

    words = [f"zork{n:04d}" for n in range(1500)]
    old_dir, new_dir = tmp_path / "old", tmp_path / "new"
    for directory, listed_words in ((old_dir, ["unrelated"]), (new_dir, words)):
        directory.mkdir()
        (directory / "words.yaml").write_text(pack_yaml("words", "spam", "block", listed_words))
    now = datetime.now(timezone.utc)
    messages = [{"id": n, "content": f"say {w} now", "username": "u", "group_code": "g", "created_at": now}
                for n, w in enumerate(words)]
    result = compare(load_engine(old_dir), load_engine(new_dir), messages)
    assert len(result.changes) == 1500 and result.counts()["block"] == 1500
    view = preview_view(result)
    assert sum(len(g["rows"]) for g in view["groups"]) == SHOWN == 1000 and view["hidden"] == 500
    assert view["changed"] == 1500
