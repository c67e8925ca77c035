"""The operator's commands: check rule packs before they go live, make admin password hashes."""

import subprocess
import sys
from pathlib import Path

from anonchat.passwords import verify_password

ROOT = Path(__file__).resolve().parent.parent


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "anonchat", *args], capture_output=True, text=True,
                          input=stdin, timeout=120)


def test_rulepacks_lists_the_shipped_packs():
    result = run("rulepacks", "--config", str(ROOT / "anonchat.yaml"))
    assert result.returncode == 0, result.stderr
    ids = [line.split()[0] for line in result.stdout.splitlines()[:-1]]
    assert sorted(ids) == ["drugs", "email", "phone", "pii", "profanity", "spam"]
    assert result.stdout.splitlines()[-1].startswith("rule packs OK: version ")


def test_rulepacks_reports_a_broken_pack_with_file_and_line(tmp_path):
    (tmp_path / "packs").mkdir()
    (tmp_path / "packs" / "bad.yaml").write_text(
        "id: bad\ncategory: spam\nversion: 1\ndescription: x\nenabled: true\naction: explode\nseverity: low\n")
    (tmp_path / "c.yaml").write_text("rulepacks:\n  directory: packs\n")
    result = run("rulepacks", "--config", str(tmp_path / "c.yaml"))
    assert result.returncode == 2
    line = result.stderr.strip()
    assert line.startswith("anonchat: error: ") and "bad.yaml:6" in line and "explode" in line, line
    assert len(result.stderr.strip().splitlines()) == 1


def test_hash_password_from_stdin():
    result = run("admin", "hash-password", stdin="a long passphrase\n")
    assert result.returncode == 0, result.stderr
    stored = result.stdout.strip()
    assert stored.startswith("pbkdf2_sha256$") and verify_password("a long passphrase", stored)
    assert not verify_password("another one", stored)
    short = run("admin", "hash-password", stdin="short\n")
    assert short.returncode == 2 and "at least 8 characters" in short.stderr
