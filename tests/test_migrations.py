"""Migrations on a real PostgreSQL: apply, no-op, refuse edits, two processes at once."""

import os
import shutil
import subprocess
import sys
from contextlib import closing

import psycopg2
import pytest

from anonchat.migrate import MIGRATIONS_DIR, MigrationError, migrate

TABLES = {"chat_groups", "messages", "user_flags", "banned_users", "audit_log", "anon_sessions",
          "schema_migrations"}


def tables(url):
    with closing(psycopg2.connect(url)) as conn, conn.cursor() as cur:
        cur.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        return {r[0] for r in cur.fetchall()}


def applied(url):
    with closing(psycopg2.connect(url)) as conn, conn.cursor() as cur:
        cur.execute("SELECT name FROM schema_migrations ORDER BY name")
        return [r[0] for r in cur.fetchall()]


def test_apply_on_empty_then_noop(databases):
    url = databases.fresh(migrated=False)
    assert tables(url) == set()
    names = migrate(url)
    assert names == [p.stem for p in sorted(MIGRATIONS_DIR.glob("*.sql"))]
    assert TABLES <= tables(url)
    assert migrate(url) == []
    assert applied(url) == names


def test_no_migrations_found_is_an_error_not_up_to_date(databases, tmp_path):
    # An install that lost its data files must not report an empty database as up to date.
    url = databases.fresh(migrated=False)
    (tmp_path / "m").mkdir()
    with pytest.raises(MigrationError, match="no migrations found"):
        migrate(url, tmp_path / "m")
    assert "schema_migrations" not in tables(url) or applied(url) == []
    result = subprocess.run([sys.executable, "-m", "anonchat", "migrate"], capture_output=True, text=True,
                            env={**os.environ, "ANONCHAT_DATABASE_URL": url}, cwd=tmp_path)
    assert result.returncode == 0 and "applied: 0001_initial" in result.stdout  # the shipped ones


def test_edited_applied_migration_is_refused(databases, tmp_path):
    url = databases.fresh(migrated=False)
    shutil.copytree(MIGRATIONS_DIR, tmp_path / "m")
    migrate(url, tmp_path / "m")
    first = sorted((tmp_path / "m").glob("*.sql"))[0]
    first.write_text(first.read_text() + "\n-- sneaky edit\n")
    with pytest.raises(MigrationError, match="was edited after it was applied"):
        migrate(url, tmp_path / "m")


def test_failed_migration_rolls_back_and_names_the_file(databases, tmp_path):
    url = databases.fresh(migrated=False)
    shutil.copytree(MIGRATIONS_DIR, tmp_path / "m")
    (tmp_path / "m" / "9999_broken.sql").write_text("CREATE TABLE half (id int);\nSELECT nonsense FROM nowhere;\n")
    with pytest.raises(MigrationError, match="9999_broken.sql failed"):
        migrate(url, tmp_path / "m")
    assert "half" not in tables(url)
    assert "9999_broken" not in applied(url)


def test_concurrent_migrate_processes(databases, tmp_path):
    url = databases.fresh(migrated=False)
    config = tmp_path / "c.yaml"
    config.write_text(f"database:\n  url: '{url}'\ndata_dir: {tmp_path}/var\n")
    procs = [subprocess.Popen([sys.executable, "-m", "anonchat", "migrate", "--config", str(config)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [p.communicate(timeout=60) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    assert sorted(o[0].strip().startswith("applied") for o in outputs) == [False, True], outputs
    assert applied(url) == [p.stem for p in sorted(MIGRATIONS_DIR.glob("*.sql"))]
