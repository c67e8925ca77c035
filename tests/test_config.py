"""Bad configuration stops start-up with one clear line and exit status 2."""

import resource
import subprocess
import sys

import pytest

from anonchat.config import SCHEMA, ConfigError, load_config


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


def numeric_keys(schema=SCHEMA, prefix=()):
    for key, spec in schema.items():
        if isinstance(spec, dict):
            yield from numeric_keys(spec, prefix + (key,))
        elif spec[0] in (int, (int, float)):
            yield prefix + (key,), spec


def config_with(path, value):
    """YAML setting `path` (a key path) to the YAML text `value`."""
    return "".join(f"{'  ' * i}{key}:\n" for i, key in enumerate(path[:-1])) + f"{'  ' * (len(path) - 1)}{path[-1]}: {value}\n"


@pytest.mark.parametrize("path, spec", list(numeric_keys()), ids=lambda p: ".".join(p) if isinstance(p, tuple) and
                         isinstance(p[0], str) else None)
def test_every_number_has_a_range_and_infinity_and_nan_are_refused(tmp_path, path, spec):
    assert len(spec) == 3, f"{'.'.join(path)} has no range"
    (low, high), dotted = spec[2], ".".join(path)
    file = tmp_path / "anonchat.yaml"
    for value in ("0", "-1", str(high * 10), ".inf", "-.inf", ".nan"):
        if value == "0" and low <= 0:
            continue
        file.write_text(config_with(path, value))
        with pytest.raises(ConfigError) as err:
            load_config(file, env={})
        assert f"anonchat.yaml:{len(path)}: '{dotted}' " in str(err.value), str(err.value)
        if spec[0] is int and value.lstrip("-").startswith("."):
            assert "expected an integer" in str(err.value)
        else:
            assert f"must be from {low} to {high}, got " in str(err.value), str(err.value)
    file.write_text(config_with(path, spec[1]))
    load_config(file, env={})


@pytest.mark.parametrize("text, expected", [
    ("rulepacks:\n  reload_interval_s: 0\n", "bad.yaml:2: 'rulepacks.reload_interval_s' must be from 0.05 to 86400, got 0"),
    ("limits:\n  max_frame_bytes: -5\n", "bad.yaml:2: 'limits.max_frame_bytes' must be from 256 to 16777216, got -5"),
    ("limits:\n  history: 0\n", "bad.yaml:2: 'limits.history' must be from 1 to 1000, got 0"),
    ("limits:\n  reconnect_grace_s: -1\n", "bad.yaml:2: 'limits.reconnect_grace_s' must be from 0.1 to 86400, got -1"),
    ("limits:\n  rate_per_s: .nan\n", "bad.yaml:2: 'limits.rate_per_s' must be from 0.001 to 10000, got nan"),
    ("data_dir: \"var\\0/x\"\n", "bad.yaml:1: 'data_dir' must not contain a NUL character"),
    ("rulepacks:\n  directory: \"packs\\0\"\n", "bad.yaml:2: 'rulepacks.directory' must not contain a NUL character"),
    ("server:\n  host: [" + "[" * 3000 + "]" * 3000 + "]\n", "bad.yaml:2: invalid YAML: nested deeper than 32 levels"),
    ("a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(f"{c}: &{c} [{', '.join(['*' + p] * 9)}]\n" for p, c in
     zip("abcdefghijk", "bcdefghijkl")) + "plugins: *l\n", "invalid YAML: aliases expand to more than 100000"),
    ("server:\n  port: " + "9" * 5000 + "\n", "bad.yaml:2: invalid YAML: cannot read this value: Exceeds the limit"),
    ("plugins: [[" + "x, " * 10000 + "]]\n", "'plugins' item 1 must be a module path or a file under plugins/, got a list"),
])
def test_a_hostile_config_file_is_one_short_line_and_exit_2(tmp_path, text, expected):
    path = tmp_path / "bad.yaml"
    path.write_text(text)
    result = run_limited("plugins", "--config", str(path))
    assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr[-2000:]
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("anonchat: error: ") and expected in lines[0], lines[:3]
    assert len(lines[0]) < 400


def test_a_config_file_that_is_not_utf8_names_its_line(tmp_path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes("server:\n  host: café\n".encode("latin-1"))
    result = run_limited("plugins", "--config", str(path))
    assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
    assert result.stderr == f"anonchat: error: {path}:2: not UTF-8 (byte 0xe9: invalid continuation byte); " \
                            "save the file as UTF-8\n"
    path.write_bytes(b"server:\n  host: a\x00b\n")
    result = run_limited("plugins", "--config", str(path))
    assert result.returncode == 2 and f"{path}:2: invalid YAML: unacceptable character #x0000" in result.stderr


def run_limited(*args):
    """The CLI in 1 GiB of address space: a file that expands in memory crashes instead of swapping."""
    def limit():
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
    return subprocess.run([sys.executable, "-m", "anonchat", *args], capture_output=True, text=True, timeout=60,
                          preexec_fn=limit)
