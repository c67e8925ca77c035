"""Hot reload against a running server: edit a pack, the next message uses it; break it, the old
engine keeps moderating and the error is reported."""

import asyncio

import pytest

from anonchat.testing import ChatClient, join_group, pack_yaml

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
