"""Schema migrations: `db/migrations/NNNN_name.sql`, applied in order, each in its own transaction.

Synchronous psycopg2 on purpose: migrations run once, before the event loop serves anything.
"""

import hashlib
import re
from pathlib import Path

import psycopg2

from .db import connect
from .shipped import shipped

MIGRATIONS_DIR = shipped("migrations")
_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")
# Any fixed number: every anonchat process agrees on it, so two `migrate` runs take turns.
_LOCK_KEY = 0x616E6F6E


class MigrationError(Exception):
    """A migration that cannot be applied, described in one line."""


def available(directory=MIGRATIONS_DIR):
    found = []
    for path in sorted(Path(directory).glob("*.sql")):
        if not _NAME.match(path.name):
            raise MigrationError(f"{path}: migration files are named NNNN_name.sql")
        found.append((path.stem, path.read_text(encoding="utf-8")))
    if not found:
        # An install without its migrations would otherwise report "up to date" on an empty database.
        raise MigrationError(f"{directory}: no migrations found (NNNN_name.sql); is anonchat installed "
                             "with its data files?")
    return found


def checksum(sql):
    return hashlib.sha256(sql.encode()).hexdigest()


def migrate(url, directory=MIGRATIONS_DIR):
    """Apply the pending migrations; returns the names applied (empty when up to date)."""
    applied_now = []
    conn = connect(url)  # an unreachable server is a one-line DatabaseError
    try:
        conn.autocommit = True
        with conn.cursor() as cur:
            cur.execute("SELECT pg_advisory_lock(%s)", (_LOCK_KEY,))
            cur.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations ("
                " name text PRIMARY KEY, checksum text NOT NULL,"
                " applied_at timestamptz NOT NULL DEFAULT now())"
            )
            cur.execute("SELECT name, checksum FROM schema_migrations")
            done = dict(cur.fetchall())
        conn.autocommit = False
        for name, sql in available(directory):
            digest = checksum(sql)
            if name in done:
                if done[name] != digest:
                    raise MigrationError(
                        f"{directory}/{name}.sql was edited after it was applied (checksum differs); "
                        "add a new migration instead of changing an applied one")
                continue
            try:
                with conn.cursor() as cur:
                    cur.execute(sql)
                    cur.execute("INSERT INTO schema_migrations (name, checksum) VALUES (%s, %s)", (name, digest))
                conn.commit()
            except psycopg2.Error as e:
                conn.rollback()
                raise MigrationError(f"{directory}/{name}.sql failed: {str(e).strip().splitlines()[0]}") from None
            applied_now.append(name)
    finally:
        conn.close()  # also releases the advisory lock
    return applied_now
