"""Frames an attacker writes by hand, through a real server and a real WebSocket: each gets an error
frame, the connection stays open, and the next ordinary message is delivered."""

import json

import pytest

from anonchat.testing import connect, group_of, join_group, pack_yaml, write_packs


@pytest.mark.gen_test(timeout=60)
async def test_frames_of_the_wrong_shape_get_an_error_and_the_connection_stays(make_server, tmp_path):
    packs = write_packs(tmp_path / "packs", {"w.yaml": pack_yaml("w", "spam", "block", ["blockme"])})
    app, url = await make_server(rulepacks={"directory": str(packs)}, matching={"max_wait_s": 0.5})
    alice, bob = await group_of(url, 2)
    hostile = [
        (json.dumps({"type": ["message"], "text": "hi"}), "unknown_type", "unknown frame type a list"),
        (json.dumps({"type": {"message": 1}}), "unknown_type", "unknown frame type an object"),
        (json.dumps({"type": "x" * 5000}), "unknown_type", "unknown frame type 'xxxx"),
        ("[" * 6000 + "]" * 6000, "bad_json", "nested deeper than 32 levels"),
        ('{"type": "message", "text": "hi", "extra": ' + "[" * 900 + "]" * 900 + "}", "bad_json",
         "nested deeper than 32 levels"),
        ('{"type": "ping", "a": ' + '{"a":' * 2500 + "1" + "}" * 2500 + "}", "bad_json", "nested deeper than 32"),
    ]
    for i, (data, code, message) in enumerate(hostile):
        await alice.send_raw(data)
        error = await alice.recv("error")
        assert error["code"] == code and message in error["message"] and len(error["message"]) < 200, (i, error)
    await alice.send(type="message", text="still here", id="ok")
    assert (await bob.recv("message"))["text"] == "still here"
    assert (await alice.recv("message"))["client_id"] == "ok"


@pytest.mark.gen_test(timeout=60)
async def test_interests_the_database_cannot_store_are_refused_and_matching_goes_on(make_server, tmp_path):
    """Interests are stored with the group they make: a lone surrogate or a NUL among them once
    made every matching round fail, for everyone waiting. (Found by tests/test_cluster_faults.py.)"""
    packs = write_packs(tmp_path / "packs", {"w.yaml": pack_yaml("w", "spam", "block", ["blockme"])})
    app, url = await make_server(rulepacks={"directory": str(packs)}, matching={"max_wait_s": 0.3})
    mallory, alice, bob = await connect(url, 3)
    for bad in ('{"type": "join", "interests": ["\\ud800x"]}', '{"type": "join", "interests": ["a\\u0000b"]}'):
        await mallory.send_raw(bad)
        assert (await mallory.recv("error"))["code"] == "bad_field"
    await mallory.send(type="join", interests=["chess"])
    matched = await join_group([alice, bob])
    assert await mallory.recv("matched")
    assert len(matched[0]["members"]) == 3
