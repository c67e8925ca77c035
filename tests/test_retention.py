"""Data retention on real rows: `anonchat purge` and the server's hourly purge blank old message
text, and keep what flags, bans and the group's numbering need."""

import asyncio
import json
import subprocess
import sys

import pytest
from test_reload_server import wait_for

from anonchat import queries
from anonchat.testing import connect, group_of, rows

OLD, NEW = "now() - interval '40 days'", "now() - interval '1 day'"


def add_group(db_url, code="g1"):
    return rows(db_url, "INSERT INTO chat_groups (group_code, last_seq) VALUES (%s, 3) RETURNING id", (code,))[0][0]


def add_message(db_url, group_id, content, delivered, seq, created_at, hits=(), flagged=False, action="allow"):
    return rows(db_url, "INSERT INTO messages (group_id, user_session_id, username, content, delivered, seq, hits, "
                        f"flagged, action, created_at) VALUES (%s, 's1', 'BraveOwl7', %s, %s, %s, %s, %s, %s, {created_at}) "
                        "RETURNING id", (group_id, content, delivered, seq, json.dumps(list(hits)), flagged, action))[0][0]


def purge(tmp_path, db_url, *args, retention=None):
    config = tmp_path / "anonchat.yaml"
    config.write_text(json.dumps({"database": {"url": db_url}, "data_dir": str(tmp_path / "var"),
                                  **({"retention": retention} if retention else {})}))
    result = subprocess.run([sys.executable, "-m", "anonchat", "purge", "--config", str(config), *args],
                            capture_output=True, text=True, timeout=120)
    return result.returncode, result.stdout.strip(), result.stderr.strip()


def messages(db_url):
    return rows(db_url, "SELECT id, content, delivered, seq, flagged, action, hits FROM messages ORDER BY id")


HIT = {"pack": "profanity", "category": "profanity", "rule": "fuck", "start": 9, "end": 13, "matched": "fuck",
       "action": "mask", "severity": "medium"}
PHONE = {"pack": "phone", "category": "phone", "rule": "phone", "start": 8, "end": 20, "matched": "555-867-5309",
         "action": "block", "severity": "high"}


def test_purge_blanks_old_text_and_keeps_rows_numbers_and_flags(tmp_path, db_url):
    group = add_group(db_url)
    said = add_message(db_url, group, "hello there", "hello there", 1, OLD)
    masked = add_message(db_url, group, "what the fuck is this", "what the **** is this", 2, OLD, [HIT], True, "mask")
    blocked = add_message(db_url, group, "call me 555-867-5309", None, None, OLD, [PHONE], True, "block")
    recent = add_message(db_url, group, "still here", "still here", 3, NEW)
    before = messages(db_url)

    status, out, err = purge(tmp_path, db_url, "--older-than", "30", "--dry-run")
    assert (status, err) == (0, "")
    assert out.startswith("would blank the text of 3 messages older than 30 days (written before "), out
    assert messages(db_url) == before

    status, out, _ = purge(tmp_path, db_url, "--older-than", "30")
    assert status == 0 and out.startswith("blanked the text of 3 messages older than 30 days"), out
    after = {row[0]: row[1:] for row in messages(db_url)}
    unmatched = {k: v for k, v in HIT.items() if k != "matched"}
    assert after[said] == ("", "", 1, False, "allow", [])
    assert after[masked] == ("", "", 2, True, "mask", [unmatched])  # the flag queue still says why
    assert after[blocked] == ("", None, None, True, "block", [{k: v for k, v in PHONE.items() if k != "matched"}])
    assert after[recent] == ("still here", "still here", 3, False, "allow", [])

    assert purge(tmp_path, db_url, "--older-than", "30")[1].startswith("blanked the text of 0 messages")
    # retention.message_days is the default; with neither, purge refuses to guess.
    assert purge(tmp_path, db_url, "--dry-run", retention={"message_days": 1})[1].startswith(
        "would blank the text of 1 message older than 1 day (")
    status, _, err = purge(tmp_path, db_url)
    assert status == 2 and "retention.message_days is null" in err and "--older-than DAYS" in err


def test_purge_refuses_days_out_of_range(tmp_path, db_url):
    for days in ("0", "-3", "nan", "40000"):
        status, out, err = purge(tmp_path, db_url, "--older-than", days)
        assert status == 2 and out == "" and err.startswith("anonchat: error: --older-than must be from 1 to 36500"), err


def test_purge_goes_in_batches_through_many_rows(tmp_path, db_url):
    group = add_group(db_url)
    rows(db_url, "INSERT INTO messages (group_id, user_session_id, username, content, delivered, seq, created_at) "
                 "SELECT %s, 's1', 'BraveOwl7', 'text ' || n, 'text ' || n, n, now() - interval '40 days' "
                 "FROM generate_series(1, 2500) n", (group,))
    status, out, _ = purge(tmp_path, db_url, "--older-than", "30")
    assert status == 0 and out.startswith("blanked the text of 2500 messages"), out
    assert rows(db_url, "SELECT count(*), count(DISTINCT seq), max(seq) FROM messages WHERE content = '' "
                        "AND delivered = ''") == [(2500, 2500, 2500)]


@pytest.mark.gen_test(timeout=60)
async def test_history_after_a_purge_keeps_its_numbers(make_server, tmp_path, db_url):
    """What users said, purged by an operator while the group is open: a newcomer still gets the
    group's history in order, numbered as before, without the text."""
    app, url = await make_server(matching={"group_size": 5, "min_size": 2, "max_wait_s": 0.2})
    alice, bob = await group_of(url, 2)
    await alice.send(type="message", text="hello group", id="m1")
    await alice.recv("message")
    await bob.recv("message")  # alice's
    await bob.send(type="message", text="wanna buy some weed", id="m2")
    flagged = await bob.recv("message")
    assert flagged["client_id"] == "m2" and flagged["flagged"] is True
    rows(db_url, "UPDATE messages SET created_at = now() - interval '40 days'")
    status, out, _ = await asyncio.get_running_loop().run_in_executor(
        None, lambda: purge(tmp_path, db_url, "--older-than", "30"))
    assert out.startswith("blanked the text of 2 messages"), out

    (carol,) = await connect(url, 1)
    await carol.send(type="join")
    matched = await carol.recv("matched")
    assert [(m["seq"], m["text"]) for m in matched["history"]] == [(1, ""), (2, "")]
    queue = await queries.flagged_messages(app.pool)
    assert [(m["id"], m["content"], [h["category"] for h in m["hits"]]) for m in queue] == \
        [(flagged["id"], "", ["drugs"])]


@pytest.mark.gen_test(timeout=60)
async def test_the_server_purges_by_itself_every_interval(make_server, db_url):
    group = add_group(db_url)
    old = add_message(db_url, group, "from last week", "from last week", 1, "now() - interval '2 days'")
    app, _ = await make_server(retention={"message_days": 1, "interval_s": 1})

    def text(message_id):
        return rows(db_url, "SELECT content FROM messages WHERE id = %s", (message_id,))[0][0]

    await wait_for(lambda: text(old) == "", timeout=20)  # at start-up
    # A message that turns one day old a moment from now goes at a later run.
    soon = add_message(db_url, group, "about to age", "about to age", 2, "now() - interval '1 day' + interval '2 s'")
    fresh = add_message(db_url, group, "just now", "just now", 3, "now()")
    assert text(soon) == "about to age"
    await wait_for(lambda: text(soon) == "", timeout=20)
    assert text(fresh) == "just now"
    assert "retention" in dict(app.pm.list_name_plugin())  # a built-in plugin, like the other defaults


@pytest.mark.gen_test(timeout=60)
async def test_no_purge_unless_configured(make_server, db_url):
    group = add_group(db_url)
    old = add_message(db_url, group, "from long ago", "from long ago", 1, "now() - interval '4000 days'")
    app, _ = await make_server()
    await asyncio.sleep(0.5)
    assert "retention" not in app.state
    assert rows(db_url, "SELECT content FROM messages WHERE id = %s", (old,)) == [("from long ago",)]
