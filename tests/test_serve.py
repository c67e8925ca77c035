"""`anonchat serve` as a user runs it: a real process, an embedded PostgreSQL, data that survives."""

import json
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import closing
from pathlib import Path

import psycopg2
import pytest

from anonchat.testing import free_port

ROOT = Path(__file__).resolve().parent.parent


def start(config):
    proc = subprocess.Popen([sys.executable, "-m", "anonchat", "serve", "--config", str(config)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    return proc


def wait_healthy(port, proc, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"server exited {proc.returncode}: {proc.stdout.read()}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as r:
                return json.loads(r.read())
        except OSError:
            time.sleep(0.2)
    raise AssertionError("server did not become healthy")


def stop(proc):
    proc.send_signal(signal.SIGTERM)
    out, _ = proc.communicate(timeout=30)
    assert proc.returncode == 0, out
    return out


@pytest.fixture
def data_home():
    """A directory outside pytest's tmp_path: pytest keeps that private (0700) and re-tightens it
    when another pytest run starts, while the embedded PostgreSQL runs as its own system user
    when we are root and must reach its data directory."""
    path = tempfile.mkdtemp(prefix="anonchat-serve-test-")
    yield Path(path)
    shutil.rmtree(path, ignore_errors=True)


def test_serve_embedded_postgres_keeps_data(data_home):
    tmp_path = data_home
    port = free_port()
    config = tmp_path / "anonchat.yaml"
    config.write_text(f"server:\n  port: {port}\ndata_dir: ./var\nrulepacks:\n  directory: {ROOT / 'rulepacks'}\n")
    pgdata = tmp_path / "var" / "pg"

    proc = start(config)
    try:
        health = wait_healthy(port, proc)
        assert health["database"] == "ok" and health["version"]
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as r:
            assert r.status == 200
            assert "anonchat_session=" in r.headers["Set-Cookie"] and "HttpOnly" in r.headers["Set-Cookie"]
        with closing(psycopg2.connect(host=str(pgdata), user="postgres", dbname="postgres")) as conn:
            conn.autocommit = True
            with conn.cursor() as cur:
                cur.execute("INSERT INTO audit_log (event, actor) VALUES ('test.marker', 'first run')")
    finally:
        out = stop(proc)
    # Where it serves and how to stop it; the database's own chatter goes to files under data_dir.
    assert f"serving on http://127.0.0.1:{port}/ (Ctrl-C to stop)" in out, out
    assert "initdb" not in out and "pg_ctl" not in out, out
    assert "initdb" in (tmp_path / "var" / "embedded-postgres.log").read_text()
    assert "database system is ready" in (pgdata / "log").read_text()

    proc = start(config)
    try:
        wait_healthy(port, proc)
        with closing(psycopg2.connect(host=str(pgdata), user="postgres", dbname="postgres")) as conn:
            with conn.cursor() as cur:
                cur.execute("SELECT actor FROM audit_log WHERE event = 'test.marker'")
                assert cur.fetchall() == [("first run",)]
    finally:
        stop(proc)
