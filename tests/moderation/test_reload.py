"""Hot reload of the rule packs, without a server: the reloader builds a new engine beside the live
one and swaps it in whole; a broken edit keeps the old engine checking."""

import asyncio
import threading
import time

import pytest

from anonchat.moderation import Engine, RulePackError, RulePackReloader

PACK = """id: words
category: profanity
version: {version}
description: reload test pack
enabled: true
action: block
severity: high
words: [{word}]
"""
BROKEN_REGEX = PACK + "patterns:\n  - id: bad\n    regex: '(a)\\1'\n"


@pytest.fixture
def packs(tmp_path):
    directory = tmp_path / "packs"
    directory.mkdir()
    (directory / "words.yaml").write_text(PACK.format(version=1, word="grumble"))
    return directory


def save(packs, text):
    (packs / "words.yaml").write_text(text)


def test_an_edit_is_used_by_the_next_check(packs):
    reloader = RulePackReloader(packs)
    old = reloader.engine.version
    assert reloader.engine.check("I grumble").action == "block"
    save(packs, PACK.format(version=2, word="mutter"))
    assert reloader.changed()
    result = reloader.reload()
    assert result.ok and result.error is None and result.version == reloader.engine.version != old
    assert reloader.engine.check("I mutter").action == "block"
    assert reloader.engine.check("I grumble").action == "allow"
    assert reloader.last_result is result and not reloader.changed()


def test_a_broken_edit_keeps_the_old_engine_and_reports_file_and_line(packs):
    reloader = RulePackReloader(packs)
    seen = []
    reloader.on_reload.append(seen.append)
    good = reloader.engine
    save(packs, BROKEN_REGEX.format(version=2, word="mutter"))
    result = reloader.reload()
    assert not result.ok and result.version == good.version and seen == [result]
    assert isinstance(result.error, RulePackError)
    assert str(result.error) == f"{packs / 'words.yaml'}:11: patterns[0] (id=bad): RE2 cannot compile: " \
                                "invalid escape sequence: \\1 (RE2 has no backreferences: it runs in linear time; " \
                                "repeat the group, or use a detector)"
    assert reloader.engine is good
    assert reloader.engine.check("still grumble").action == "block"

    save(packs, PACK.format(version=3, word="mutter"))  # fixed: the next reload takes it
    assert reloader.reload().ok and reloader.engine.check("mutter").action == "block"


def test_a_broken_directory_at_start_up_raises(packs):
    save(packs, "id: [oops\n")
    with pytest.raises(RulePackError, match="words.yaml:"):
        RulePackReloader(packs)


def test_watch_reloads_within_two_seconds_of_a_save(packs):
    async def scenario():
        reloader = RulePackReloader(packs, interval=0.1)
        results = []
        reloader.on_reload.append(results.append)
        reloader.start()
        try:
            loop = asyncio.get_running_loop()
            save(packs, PACK.format(version=2, word="mutter"))
            saved = loop.time()
            while reloader.engine.check("mutter").action != "block":
                assert loop.time() - saved < 2.0, "not reloaded within 2 s"
                await asyncio.sleep(0.02)
            save(packs, BROKEN_REGEX.format(version=3, word="whine"))
            while not results or results[-1].ok:
                assert loop.time() - saved < 4.0, "the broken edit was not noticed"
                await asyncio.sleep(0.02)
            assert "words.yaml:11:" in str(results[-1].error)
            assert reloader.engine.check("mutter").action == "block"  # the old engine still serves
        finally:
            reloader.stop()

    asyncio.run(scenario())


def test_checks_never_fail_while_reloading(packs):
    """One thread checks messages non-stop while the main thread reloads good and broken packs;
    every check gets a complete verdict from exactly one engine version."""
    reloader = RulePackReloader(packs)
    stop = threading.Event()
    failures, verdicts = [], []

    def checker():
        while not stop.is_set():
            try:
                engine = reloader.engine
                verdict = engine.check("grumble and mutter")
                verdicts.append((engine.version, verdict.action, tuple(h.rule for h in verdict.hits)))
            except Exception as e:  # pragma: no cover - the assertion below reports it
                failures.append(e)

    thread = threading.Thread(target=checker)
    thread.start()
    try:
        for i in range(30):
            if i % 3 == 2:
                save(packs, BROKEN_REGEX.format(version=i, word="mutter"))
                assert not reloader.reload().ok
            else:
                save(packs, PACK.format(version=i, word="grumble" if i % 2 else "mutter"))
                assert reloader.reload().ok
    finally:
        stop.set()
        thread.join(timeout=10)
    assert not failures
    assert len(verdicts) > 30
    for _version, action, hits in verdicts:
        assert action == "block" and len(hits) == 1  # one engine, one word: never a mix or a gap


WORDS = ["grumble", "mutter", "whinge", "carp", "gripe", "moan", "bleat", "kvetch"]


def test_a_pack_saved_in_place_is_read_only_once_whole(packs):
    """An editor that saves in place writes the file in pieces; each piece here leaves a valid pack
    with fewer words. The watcher polls far faster than the pieces come, yet loads only the whole
    file: never a pack with half its words."""
    head = PACK.format(version=2, word=WORDS[0]).replace(f"words: [{WORDS[0]}]\n", "words:\n")

    async def scenario():
        reloader = RulePackReloader(packs, interval=0.02, settle=0.3)
        results = []
        reloader.on_reload.append(results.append)
        reloader.start()
        try:
            with open(packs / "words.yaml", "w") as f:  # truncated, then written line by line
                f.write(head)
                for word in WORDS:
                    f.write(f"  - {word}\n")
                    f.flush()
                    await asyncio.sleep(0.1)
            loop = asyncio.get_running_loop()
            deadline = loop.time() + 10
            while not results and loop.time() < deadline:
                await asyncio.sleep(0.05)
            await asyncio.sleep(1)  # and nothing more comes
        finally:
            reloader.stop()
        return reloader, results

    reloader, results = asyncio.run(scenario())
    assert [r.ok for r in results] == [True], results
    assert all(reloader.engine.check(f"I {w}").action == "block" for w in WORDS)


def test_a_file_that_never_stops_changing_is_not_read(packs, monkeypatch):
    from anonchat.moderation import reload

    monkeypatch.setattr(reload, "SETTLE_LIMIT_S", 1.5)
    reloader = RulePackReloader(packs, settle=0.4)
    stop, writing = threading.Event(), threading.Event()

    def writer():
        n = 0
        while not stop.is_set():
            n += 1
            save(packs, PACK.format(version=n, word="mutter"))
            writing.set()
            time.sleep(0.005)

    thread = threading.Thread(target=writer)
    thread.start()
    # On a busy machine the thread may start late: files untouched for `settle` need no wait.
    assert writing.wait(10)
    try:
        result = reloader.reload()
    finally:
        stop.set()
        thread.join()
    assert not result.ok and "kept changing" in str(result.error) and "renaming" in str(result.error)
    assert reloader.engine.check("I grumble").action == "block"  # the old engine still serves


def test_hidden_files_and_editor_leftovers_are_not_loaded(packs):
    """Editors leave lock files, swap files, backups and autosaves beside a pack; none is a pack,
    and none may stop a reload or add rules. Both .yaml and .yml packs load."""
    broken = "id: [oops\n"
    (packs / ".words.yaml.swp").write_bytes(b"b0VIM 8.2\x00\x00binary")
    (packs / ".words.yaml").write_text(broken)
    (packs / "words.yaml~").write_text(PACK.format(version=0, word="backup"))
    (packs / "#words.yaml#").write_text(broken)
    (packs / ".#words.yaml").symlink_to("root@host.1234:1700000000")  # Emacs' lock: a dangling link
    (packs / "notes.txt").write_text(broken)
    (packs / "extra.yml").write_text(PACK.format(version=1, word="whinge").replace("id: words", "id: extra"))
    reloader = RulePackReloader(packs)
    assert sorted(p.id for p in reloader.engine.packs) == ["extra", "words"]
    assert reloader.engine.check("whinge").action == "block"
    assert reloader.engine.check("backup").action == "allow"
    (packs / ".words.yaml").write_text(broken + "x")  # a change there is no change
    assert not reloader.changed()
    # The Python API (and `anonchat rulepacks check`) reads the same files as a reload.
    assert sorted(p.id for p in Engine.from_directory(packs).packs) == ["extra", "words"]


def test_an_empty_directory_is_an_error_and_a_loud_warning_when_allowed(tmp_path, caplog):
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / ".hidden.yaml").write_text(PACK.format(version=1, word="x"))  # hidden: not a pack
    with pytest.raises(RulePackError, match="no enabled rule pack .*rulepacks.allow_empty"):
        RulePackReloader(empty)
    with caplog.at_level("WARNING"):
        reloader = RulePackReloader(empty, allow_empty=True)
    assert reloader.engine.check("x").action == "allow"
    assert "messages are NOT moderated" in caplog.text


def test_manual_mode_keeps_a_candidate_until_applied_or_discarded(packs):
    reloader = RulePackReloader(packs, apply="manual")
    live = reloader.engine
    seen = []
    reloader.on_reload.append(seen.append)
    save(packs, PACK.format(version=2, word="mutter"))
    result = reloader.reload()
    assert result.ok and result.version == live.version and result.candidate == reloader.candidate.new.version
    assert reloader.engine is live and reloader.engine.check("I mutter").action == "allow"
    candidate = reloader.candidate.new
    assert reloader.discard(candidate.version) and reloader.candidate is None and reloader.engine is live
    assert not reloader.changed()  # discarded: read again only after the next edit

    save(packs, PACK.format(version=3, word="mutter"))
    candidate = reloader.reload().candidate
    assert reloader.apply("not-this-version") is None and reloader.engine is live
    applied = reloader.apply(candidate)
    assert applied.ok and applied.version == candidate and reloader.engine.version == candidate
    assert reloader.engine.check("I mutter").action == "block" and reloader.candidate is None
    assert reloader.last_change.old is live and seen[-1] is applied
