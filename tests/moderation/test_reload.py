"""Hot reload of the rule packs, without a server: the reloader builds a new engine beside the live
one and swaps it in whole; a broken edit keeps the old engine checking."""

import asyncio
import threading

import pytest

from anonchat.moderation import RulePackError, RulePackReloader

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
    for version, action, hits in verdicts:
        assert action == "block" and len(hits) == 1  # one engine, one word: never a mix or a gap
