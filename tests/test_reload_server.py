"""Hot reload against a running server: edit a pack, the next message uses it; break it, the old
engine keeps moderating and the error is reported."""

import asyncio
import json
import os
import resource

import pytest
from hostile_packs import BAD_PACKS, good

from anonchat import queries
from anonchat.moderation import RulePackError
from anonchat.passwords import hash_password
from anonchat.testing import AdminClient, ChatClient, join_group, pack_yaml

PASSWORD = "correct horse battery"

def words_pack(version, word):
    return pack_yaml("words", "profanity", "block", [word], "high", version)


async def wait_for(predicate, timeout=10.0):
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        assert loop.time() < deadline, "condition not reached in time"
        await asyncio.sleep(0.05)


@pytest.mark.gen_test(timeout=60)
async def test_edit_and_break_a_pack_while_chatting(make_server, tmp_path):
    packs = tmp_path / "packs"
    packs.mkdir()
    pack = packs / "words.yaml"
    pack.write_text(words_pack(1, "grumble"))
    app, url = await make_server(rulepacks={"directory": str(packs), "reload_interval_s": 0.1},
                                 matching={"max_wait_s": 0.3})
    a, b = ChatClient, None
    a = await ChatClient.connect(url)
    b = await ChatClient.connect(url)
    await join_group([a, b])

    await a.send(type="message", text="I grumble and mutter", id="1")
    assert (await a.recv("rejected"))["reason"] == "moderation"
    await a.send(type="message", text="I mutter", id="2")
    assert (await b.recv("message"))["text"] == "I mutter"

    old_version = app.engine.engine.version
    pack.write_text(words_pack(2, "mutter"))
    await wait_for(lambda: app.engine.engine.version != old_version)
    await a.send(type="message", text="I mutter", id="3")
    assert (await a.recv("rejected"))["client_id"] == "3"
    await a.send(type="message", text="I grumble", id="4")
    assert (await b.recv("message"))["text"] == "I grumble"

    good_version = app.engine.engine.version
    pack.write_text(words_pack(3, "mutter") + "patterns:\n  - id: bad\n    regex: '(a)\\1'\n")
    await wait_for(lambda: app.engine.last_result is not None and not app.engine.last_result.ok)
    error = str(app.engine.last_result.error)
    assert "words.yaml:" in error and "bad" in error, error  # file, line and the rule
    assert app.engine.engine.version == good_version
    await a.send(type="message", text="still mutter", id="5")
    assert (await a.recv("rejected"))["client_id"] == "5"  # the previous engine still moderates
    await app.audit.flush()
    from anonchat import queries
    events = [r["event"] for r in await queries.audit_rows(app.pool)]
    assert "rulepacks.reload_failed" in events and "rulepacks.reloaded" in events


async def server_with(make_server, packs, **sections):
    """A server on `packs` with an admin `root` logged in and two users in a group."""
    app, url = await make_server(rulepacks={"directory": str(packs), "reload_interval_s": 0.1, **sections},
                                 matching={"max_wait_s": 0.3},
                                 admin={"accounts": {"root": hash_password(PASSWORD, iterations=1000)}})
    admin = AdminClient(url)
    assert (await admin.login("root", PASSWORD)).code == 302
    a, b = await ChatClient.connect(url), await ChatClient.connect(url)
    await join_group([a, b])
    return app, admin, a, b


async def next_reload(app, write):
    """Make a change with `write()` and return the ReloadResult the watcher makes of it."""
    before = app.engine.last_result
    write()
    await wait_for(lambda: app.engine.last_result is not before)
    return app.engine.last_result


async def still_blocks(a, word, id):
    await a.send(type="message", text=f"I {word}", id=id)
    assert (await a.recv("rejected"))["client_id"] == id


@pytest.mark.gen_test(timeout=120)
async def test_broken_and_hostile_packs_never_stop_hot_reload(make_server, tmp_path):
    """Each bad pack dropped into the live directory: one short error line naming the file, the
    previous engine keeps moderating, memory stays flat, the watcher keeps watching, and the next
    good edit is applied."""
    packs = tmp_path / "packs"
    packs.mkdir()
    (packs / "words.yaml").write_text(words_pack(1, "grumble"))
    app, admin, a, b = await server_with(make_server, packs)
    live = app.engine.engine.version
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    for version, (name, (make, expected)) in enumerate(BAD_PACKS.items(), 2):
        result = await next_reload(app, lambda make=make, version=version: (packs / "other.yaml").write_text(
            make("other", version)))
        error = str(result.error)
        assert not result.ok and error.startswith(f"{packs / 'other.yaml'}:") and expected in error, (name, error[:300])
        assert "\n" not in error and len(error) < 500, (name, len(error))
        assert app.engine.engine.version == live and app.engine.watching, name
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak_kb < 100_000  # KB: no expanded bomb
    await still_blocks(a, "grumble", "old engine")

    # The console: "Reload now" answers, and the page shows the watcher alive and when it looked.
    assert (await admin.post("/admin/rulepacks/reload")).code == 302
    page = (await admin.get("/admin/rulepacks")).body.decode()
    watcher = page[page.index('id="watcher"'):][:300]
    assert "yes" in watcher and "last looked at" in watcher, watcher
    assert len(page) < 50_000

    result = await next_reload(app, lambda: (packs / "other.yaml").write_text(good("other", 99, "mutter")))
    assert result.ok and app.engine.engine.version != live
    await still_blocks(a, "mutter", "new engine")
    await app.audit.flush()
    failures = await queries.audit_rows(app.pool, event="rulepacks.reload_failed")
    assert len(failures) >= len(BAD_PACKS)
    assert all(len(json.dumps(row["details"], default=str)) < 1000 for row in failures)


@pytest.mark.gen_test(timeout=60)
async def test_a_symbolic_link_is_an_error_and_never_shown(make_server, tmp_path):
    """A link in the pack directory is refused at start-up and at reload, to a file outside the
    directory or not, and the console shows neither its target's text nor a way to it."""
    outside = tmp_path / "elsewhere.yaml"
    outside.write_text(good("elsewhere"))  # a valid pack: the link itself is the problem
    packs = tmp_path / "packs"
    packs.mkdir()
    (packs / "words.yaml").write_text(words_pack(1, "grumble"))
    os.symlink("/etc/passwd", packs / "passwd.yaml")
    with pytest.raises(RulePackError, match="passwd.yaml: a symbolic link is not loaded"):
        await make_server(rulepacks={"directory": str(packs)})
    (packs / "passwd.yaml").unlink()

    app, admin, a, b = await server_with(make_server, packs)
    live = app.engine.engine.version
    result = await next_reload(app, lambda: (os.symlink("/etc/passwd", packs / "passwd.yaml"),
                                             os.symlink(outside, packs / "elsewhere.yaml")))
    assert not result.ok and app.engine.engine.version == live
    assert [e.one_line() for e in result.error.errors] == [
        f"{packs / name}: a symbolic link is not loaded (it could point outside the pack directory): copy the "
        "pack here" for name in ("elsewhere.yaml", "passwd.yaml")]
    page = (await admin.get("/admin/rulepacks")).body.decode()
    assert "passwd.yaml" in page and "symbolic link" in page and "root:" not in page
    for name in ("passwd.yaml", "elsewhere.yaml"):
        view = await admin.get(f"/admin/rulepacks/files/{name}")
        assert view.code == 404 and "root:" not in view.body.decode() and "test pack" not in view.body.decode()
    await still_blocks(a, "grumble", "1")


@pytest.mark.gen_test(timeout=60)
async def test_an_empty_pack_directory_never_turns_moderation_off_by_accident(make_server, tmp_path):
    packs = tmp_path / "packs"
    packs.mkdir()
    with pytest.raises(RulePackError, match="no enabled rule pack in .*rulepacks.allow_empty: true"):
        await make_server(rulepacks={"directory": str(packs)})
    (packs / "words.yaml").write_text(words_pack(1, "grumble"))
    app, admin, a, b = await server_with(make_server, packs)
    live = app.engine.engine.version
    result = await next_reload(app, (packs / "words.yaml").unlink)
    assert not result.ok and "no enabled rule pack" in str(result.error) and app.engine.engine.version == live
    await still_blocks(a, "grumble", "1")
    result = await next_reload(app, lambda: (packs / "off.yaml").write_text(
        words_pack(2, "grumble").replace("enabled: true", "enabled: false")))
    assert not result.ok and "no enabled rule pack" in str(result.error)  # all disabled is off too
    await still_blocks(a, "grumble", "2")


@pytest.mark.gen_test(timeout=60)
async def test_moderation_off_on_purpose(make_server, tmp_path):
    packs = tmp_path / "packs"
    packs.mkdir()
    app, admin, a, b = await server_with(make_server, packs, allow_empty=True)
    assert app.engine.engine.packs == []
    await a.send(type="message", text="I grumble", id="1")
    assert (await b.recv("message"))["text"] == "I grumble"
