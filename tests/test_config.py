"""Bad configuration stops start-up with one clear line and exit status 2."""

import subprocess
import sys

import pytest

from anonchat.config import ConfigError, load_config


def run_cli(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "anonchat", *args], capture_output=True, text=True,
                          timeout=60, cwd=cwd)


def test_shipped_config_is_valid_and_matches_defaults():
    cfg = load_config("anonchat.yaml", env={})
    defaults = load_config(None, env={})
    assert cfg.server.port == defaults.server.port == 8888
    assert cfg.matching.group_size == 5 and cfg.limits.max_message_chars == 1000
    assert cfg.database.url is None


def test_environment_overrides_url_and_secret(tmp_path):
    cfg = load_config(None, env={"ANONCHAT_DATABASE_URL": "postgresql://x@h/db", "ANONCHAT_COOKIE_SECRET": "s3"})
    assert cfg.database.url == "postgresql://x@h/db"
    assert cfg.server.cookie_secret == "s3"


@pytest.mark.parametrize("text, expected", [
    ("server:\n  port: [1\n", "invalid YAML"),
    ("server:\n  prot: 8080\n", "bad.yaml:2: unknown key 'server.prot'"),
    ("limits:\n  max_message_chars: lots\n", "bad.yaml:2: 'limits.max_message_chars' expected an integer, got 'lots'"),
    ("matching:\n  group_size: true\n", "'matching.group_size' expected an integer"),
    ("- just\n- a list\n", "must be a mapping of settings"),
    ("database: 5\n", "'database' must be a mapping"),
    ("admin:\n  accounts:\n    root: hunter2\n", "'admin.accounts.root' must be a password hash"),
    ("matching:\n  min_size: 9\n", "'matching.min_size' must be between 2"),
])
def test_bad_config_is_one_line_and_exit_2(tmp_path, text, expected):
    path = tmp_path / "bad.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError) as err:
        load_config(path, env={})
    assert expected in str(err.value)
    result = run_cli("migrate", "--config", str(path))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("anonchat: error: ") and expected in lines[0]
    assert "Traceback" not in result.stderr


def test_missing_config_file(tmp_path):
    result = run_cli("serve", "--config", str(tmp_path / "nope.yaml"))
    assert result.returncode == 2
    assert result.stderr.strip() == f"anonchat: error: {tmp_path / 'nope.yaml'}: configuration file not found"


def test_help_for_each_command():
    for command in ("serve", "migrate", "version", "plugins"):
        result = run_cli(command, "--help")
        assert result.returncode == 0 and "--config" in result.stdout
    assert run_cli("version").stdout.startswith("anonchat 0.")
