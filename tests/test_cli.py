"""The operator's commands: check rule packs before they go live, make admin password hashes."""

import json
import os
import resource
import select
import subprocess
import sys
from pathlib import Path

from hostile_packs import BAD_PACKS, bomb, good

from anonchat.passwords import verify_password
from anonchat.testing import pack_yaml, write_packs

ROOT = Path(__file__).resolve().parent.parent


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "anonchat", *args], capture_output=True, text=True,
                          input=stdin, timeout=120)


def test_rulepacks_lists_the_shipped_packs():
    result = run("rulepacks", "--config", str(ROOT / "anonchat.yaml"))
    assert result.returncode == 0, result.stderr
    ids = [line.split()[0] for line in result.stdout.splitlines()[:-1]]
    languages = ["de", "es", "fr", "it", "nl", "pt"]
    assert sorted(ids) == sorted(["drugs", "email", "phone", "pii", "pii_handles", "profanity", "slurs", "spam",
                                  *(f"{category}_{lang}" for category in ("drugs", "profanity") for lang in languages)])
    assert result.stdout.splitlines()[-1].startswith("rule packs OK: version ")


def test_rulepacks_check_reports_every_problem_with_file_and_line(tmp_path):
    """`anonchat rulepacks check DIR`: exit 1, one `file:line: reason` line per problem, in every
    file (an operator fixes them all in one go), and the reason says what RE2 cannot do."""
    packs = tmp_path / "packs"
    packs.mkdir()
    (packs / "bad.yaml").write_text(
        "id: bad\ncategory: spam\nversion: 1\ndescription: x\nenabled: true\naction: explode\nseverity: low\n")
    (packs / "regex.yaml").write_text(
        "id: regex\ncategory: spam\nversion: 1\naction: block\nseverity: low\npatterns:\n"
        "  - id: twice\n    regex: '(ab)\\1'\n")
    (packs / "yaml.yaml").write_text("id: yaml\nwords: [unclosed\n")
    result = run("rulepacks", "check", str(packs))
    assert result.returncode == 1
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 3, lines
    assert f"{packs / 'bad.yaml'}:6: " in lines[0] and "explode" in lines[0]
    assert lines[1].startswith(f"{packs / 'regex.yaml'}:8: ") and "twice" in lines[1] and "backreferences" in lines[1]
    assert lines[2].startswith(f"{packs / 'yaml.yaml'}:") and "YAML" in lines[2]
    assert "3 problems" in result.stderr
    # The same through the configuration's directory, with the old spelling `anonchat rulepacks`.
    (tmp_path / "c.yaml").write_text("rulepacks:\n  directory: packs\n")
    for args in (["rulepacks", "--config", str(tmp_path / "c.yaml")],
                 ["rulepacks", "--config", str(tmp_path / "c.yaml"), "check"],
                 ["rulepacks", "check", "--config", str(tmp_path / "c.yaml")]):
        again = run(*args)
        assert (again.returncode, again.stdout) == (1, result.stdout), args


def test_rulepacks_check_a_pack_whose_own_tests_fail(tmp_path):
    (tmp_path / "mine.yaml").write_text(
        "id: mine\ncategory: spam\nversion: 1\naction: flag\nseverity: low\nwords: [spork]\n"
        "tests:\n  match: [a spork]\n  clean: [a sporks]\n  match_also: []\n")
    result = run("rulepacks", "check", str(tmp_path))
    assert result.returncode == 1 and "mine.yaml:" in result.stdout and "match_also" in result.stdout
    (tmp_path / "mine.yaml").write_text(
        "id: mine\ncategory: spam\nversion: 1\naction: flag\nseverity: low\nwords: [spork]\n"
        "tests:\n  match: [a fork]\n")
    result = run("rulepacks", "check", str(tmp_path))
    assert result.returncode == 1
    assert "mine.yaml:8: tests.match[0] 'a fork': no hit of pack mine" in result.stdout, result.stdout


def test_rulepacks_check_on_broken_and_hostile_packs_is_one_line_each(tmp_path):
    """Whatever the shape of a pack, `check` prints one short `file:line: reason` line for it and
    exits 1, within a second-scale budget and 1 GiB of address space: never a traceback."""
    packs = tmp_path / "packs"
    packs.mkdir()
    expected = {}
    for name, (make, reason) in BAD_PACKS.items():
        (packs / f"{name}.yaml").write_text(make(name.replace("_", "-")))
        expected[f"{name}.yaml"] = reason
    # 9**12 (282 billion) items in 900 bytes: a memory limit turns any expansion into a crash.
    (packs / "giant_bomb.yaml").write_text(good("giant") + bomb(12))
    expected["giant_bomb.yaml"] = "aliases expand to more than"
    os.symlink("/etc/passwd", packs / "passwd.yaml")
    expected["passwd.yaml"] = "a symbolic link is not loaded"
    os.mkfifo(packs / "fifo.yaml")  # reading it would wait forever
    expected["fifo.yaml"] = "not a regular file"

    def limit_memory():
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))

    result = subprocess.run([sys.executable, "-m", "anonchat", "rulepacks", "check", str(packs)],
                            capture_output=True, text=True, timeout=60, preexec_fn=limit_memory)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr[-2000:]
    lines = {line.split(":")[0]: line for line in result.stdout.splitlines()}
    assert sorted(lines) == sorted(str(packs / name) for name in expected), result.stdout[:2000]
    for name, reason in expected.items():
        line = lines[str(packs / name)]
        assert reason in line and len(line) < 400, (name, line[:400])
    assert f"{len(expected)} problems in the rule packs" in result.stderr


def test_rulepacks_check_refuses_an_empty_directory(tmp_path):
    packs = tmp_path / "packs"
    packs.mkdir()
    result = run("rulepacks", "check", str(packs))
    assert result.returncode == 1
    assert result.stdout == f"{packs}: no enabled rule pack in {packs}: moderation would be off; add a pack, " \
                            "or set rulepacks.allow_empty: true to run without moderation on purpose\n"
    (tmp_path / "c.yaml").write_text("rulepacks:\n  directory: packs\n  allow_empty: true\n")
    result = run("rulepacks", "check", "--config", str(tmp_path / "c.yaml"))
    assert (result.returncode, result.stdout.splitlines()[-1][:27]) == (0, "rule packs OK: version e3b0")


def test_moderate_prints_one_verdict_per_line_of_stdin(tmp_path):
    messages = ["hello there, how are you?", "what the fuck is this", "mail me at john at gmail dot com",
                "call me on 555-867-5309", "", "wanna buy some weed", "check bit.ly/3xYzAbc"]
    result = run("moderate", stdin="\n".join(messages) + "\n")
    assert result.returncode == 0, result.stderr
    verdicts = [json.loads(line) for line in result.stdout.splitlines()]
    assert [v["message"] for v in verdicts] == messages
    assert [v["action"] for v in verdicts] == ["allow", "mask", "block", "block", "allow", "flag", "block"]
    assert [v["categories"] for v in verdicts] == [[], ["profanity"], ["email"], ["phone"], [], ["drugs"], ["spam"]]
    assert verdicts[1]["masked"] == "what the **** is this"
    hit = verdicts[1]["hits"][0]
    assert (hit["pack"], hit["category"], hit["rule"], hit["start"], hit["end"], hit["matched"]) == \
        ("profanity", "profanity", "fuck", 9, 13, "fuck")
    # Another directory; a line that is not UTF-8 is still checked, and said so on stderr.
    packs = write_packs(tmp_path / "packs", {"own.yaml": pack_yaml("own", "spam", "block", ["spork"], "high")})
    result = subprocess.run([sys.executable, "-m", "anonchat", "moderate", "--rulepacks", str(packs)],
                            input=b"a spork\n\xff\xfe spork\nfuck\n", capture_output=True, timeout=120)
    verdicts = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [v["action"] for v in verdicts] == ["block", "block", "allow"]
    assert "line 2: not UTF-8" in result.stderr.decode()


def test_moderate_answers_each_line_as_it_comes():
    """An operator types a message and sees its verdict at once, before stdin is closed."""
    proc = subprocess.Popen([sys.executable, "-m", "anonchat", "moderate"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        proc.stdin.write("you absolute b1tch\n")
        proc.stdin.flush()
        ready, _, _ = select.select([proc.stdout], [], [], 60)
        assert ready, "no verdict within 60 s of the line"
        assert json.loads(proc.stdout.readline())["categories"] == ["profanity"]
    finally:
        proc.stdin.close()
        assert proc.wait(30) == 0


def test_hash_password_from_stdin():
    result = run("admin", "hash-password", stdin="a long passphrase\n")
    assert result.returncode == 0, result.stderr
    stored = result.stdout.strip()
    assert stored.startswith("pbkdf2_sha256$") and verify_password("a long passphrase", stored)
    assert not verify_password("another one", stored)
    short = run("admin", "hash-password", stdin="short\n")
    assert short.returncode == 2 and "at least 8 characters" in short.stderr
