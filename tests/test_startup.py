"""`anonchat serve` when start-up goes wrong, as an operator meets it: a real process that says
what is wrong in one line and exits non-zero, and leaves no PostgreSQL behind when stopped early."""

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import psutil
import pytest

from anonchat.testing import free_port

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def home():
    """A directory outside pytest's private tmp_path: as root, the embedded PostgreSQL runs as its
    own system user and must reach its data directory (see test_serve.py)."""
    path = Path(tempfile.mkdtemp(prefix="anonchat-startup-test-"))
    yield path
    shutil.rmtree(path, ignore_errors=True)


def write_config(directory, **sections):
    lines = [f"server:\n  port: {sections.pop('port', free_port())}",
             f"rulepacks:\n  directory: {ROOT / 'rulepacks'}"]
    lines += [f"{key}: {value}" for key, value in sections.items()]
    path = Path(directory) / "anonchat.yaml"
    path.write_text("\n".join(lines) + "\n")
    return path


def serve(config, *args, prefix=(), **popen):
    return subprocess.Popen([*prefix, sys.executable, "-m", "anonchat", "serve", "--config", str(config), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **popen)


def refused(proc):
    """(stdout, the one error line) of a process that must stop on its own with status 2."""
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 2, (out, err)
    assert "Traceback" not in err, err
    assert len(err.strip().splitlines()) == 1, err
    return out, err.strip()


def postgres_of(data_dir):
    """The PostgreSQL processes whose data directory is under `data_dir`."""
    found = []
    for proc in psutil.process_iter(["name", "cmdline"]):
        if proc.info["name"] == "postgres" and str(data_dir) in " ".join(proc.info["cmdline"] or ()):
            found.append(proc)
    return found


def no_postgres_left(data_dir, timeout=15):
    deadline = time.monotonic() + timeout
    while postgres_of(data_dir) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert postgres_of(data_dir) == [], f"PostgreSQL still running for {data_dir}"


def test_port_in_use_is_one_line_before_any_database_starts(home):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        config = write_config(home, port=port, data_dir="./var")
        _, line = refused(serve(config))
    assert line == (f"anonchat: error: {config}: server.host, server.port: 127.0.0.1:{port} is already in use "
                    "by another process; stop it or choose another server.port")
    assert not (home / "var" / "pg").exists()  # it failed before starting PostgreSQL


@pytest.mark.parametrize("args", [(), ("--no-migrate",)], ids=["migrating", "connecting"])
def test_unreachable_database_is_one_line(home, args):
    port = free_port()  # nothing listens there
    config = write_config(home, database=f"{{url: 'postgresql://anonchat:secret@127.0.0.1:{port}/chat'}}")
    _, line = refused(serve(config, *args))
    assert line.startswith(f"anonchat: error: cannot connect to the database at 127.0.0.1:{port}/chat: "), line
    assert "Connection refused" in line and "secret" not in line


def test_data_dir_that_cannot_be_made_is_one_line(home):
    (home / "a-file").write_text("")
    config = write_config(home, data_dir="./a-file/var")
    _, line = refused(serve(config))
    assert line == (f"anonchat: error: data_dir {home}/a-file/var: cannot create it: Not a directory; "
                    "create it or set data_dir to a writable directory")


def test_unwritable_data_dir_is_one_line(home):
    """A data directory this process may not write: read-only for a user, or, since root writes
    anywhere, bind-mounted read-only in a mount namespace of the server's own."""
    data = home / "var"
    data.mkdir()
    config = write_config(home, data_dir="./var")
    if os.geteuid() == 0:
        prefix = ["unshare", "-m", "sh", "-c", 'mount --bind "$0" "$0" && mount -o remount,ro,bind "$0" "$0" '
                  '&& exec "$@"', str(data)]
    else:
        data.chmod(0o555)
        prefix = []
    _, line = refused(serve(config, prefix=prefix))
    assert line.startswith(f"anonchat: error: data_dir {data}: not writable ("), line
    assert line.endswith("give this user write access or set data_dir to a writable directory")


def test_data_dir_of_another_postgres_version_says_what_to_do(home):
    (home / "var" / "pg").mkdir(parents=True)
    (home / "var" / "pg" / "PG_VERSION").write_text("15\n")
    _, line = refused(serve(write_config(home, data_dir="./var")))
    assert line.startswith(f"anonchat: error: {home}/var/pg holds PostgreSQL 15 data, the embedded server is "
                           "PostgreSQL 16: dump it with PostgreSQL 15's pg_dump"), line


def wait_for(predicate, proc, timeout=60):
    deadline = time.monotonic() + timeout
    while not predicate():
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "start-up never reached that point"
        time.sleep(0.02)


def healthy(port):
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as response:
            return json.loads(response.read())["database"] == "ok"
    except OSError:
        return False


def started_log(home):
    path = home / "var" / "embedded-postgres.log"
    return path.read_text(errors="replace") if path.exists() else ""


# Points of start-up: making the data directory (initdb), starting PostgreSQL (pg_ctl), and after
# it runs (migrating, loading packs, connecting): a stop at any of them leaves nothing running.
STAGES = {
    "initdb": lambda home: "initdb" in started_log(home),
    "pg_ctl": lambda home: "pg_ctl" in started_log(home),
    "after": lambda home: "Now asserting server is running" in started_log(home),
}


@pytest.mark.parametrize("stage", STAGES)
def test_sigterm_during_start_up_stops_the_embedded_postgres(home, stage):
    proc = serve(write_config(home, data_dir="./var"))
    try:
        wait_for(lambda: STAGES[stage](home), proc)
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    no_postgres_left(home / "var")
    assert proc.returncode in (0, 128 + signal.SIGTERM), (out, err)
    assert "Traceback" not in err, err


def test_ctrl_c_during_start_up_stops_the_embedded_postgres(home):
    """Ctrl-C in a terminal signals the whole foreground process group, pg_ctl and initdb included."""
    proc = serve(write_config(home, data_dir="./var"), start_new_session=True)
    try:
        wait_for(lambda: STAGES["pg_ctl"](home), proc)
        os.killpg(proc.pid, signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    no_postgres_left(home / "var")
    assert proc.returncode == 130, (out, err)
    assert "Traceback" not in err, err


def test_sighup_during_start_up_does_not_end_it(home):
    """systemd's `reload` (SIGHUP) may come while the server starts: it must come up all the same."""
    port = free_port()
    proc = serve(write_config(home, port=port, data_dir="./var"))
    try:
        wait_for(lambda: STAGES["pg_ctl"](home), proc)
        proc.send_signal(signal.SIGHUP)
        wait_for(lambda: healthy(port), proc)
    finally:
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, (out, err)
    no_postgres_left(home / "var")
