"""Where the database is: a configured URL, or an embedded PostgreSQL under the data directory."""

import logging
from pathlib import Path

import aiopg
import psycopg2

log = logging.getLogger("anonchat.db")


class DatabaseError(Exception):
    """The database cannot be reached or started, described in one line."""


class EmbeddedPostgres:
    """A real PostgreSQL (from the `pgserver` wheel) whose data lives in `<data_dir>/pg`.

    pgserver shares one server between processes using the same directory and stops it when the
    last of them exits, so `anonchat migrate` beside a running `anonchat serve` is safe.
    """

    def __init__(self, data_dir):
        self.pgdata = Path(data_dir) / "pg"
        self._server = None

    def start(self):
        import pgserver  # imported here: only the embedded mode needs it

        self.pgdata.mkdir(parents=True, exist_ok=True)
        try:
            self._server = pgserver.get_server(self.pgdata, cleanup_mode="stop")
        except Exception as e:  # pgserver raises plain exceptions with the server log
            raise DatabaseError(f"cannot start embedded PostgreSQL in {self.pgdata}: {e}") from None
        log.info("embedded PostgreSQL running in %s", self.pgdata)
        return self._server.get_uri()

    def stop(self):
        if self._server is not None:
            self._server.cleanup()
            self._server = None


def resolve_url(cfg):
    """(url, embedded-or-None): the configured URL, or a started embedded server's."""
    if cfg.database.url:
        return cfg.database.url, None
    embedded = EmbeddedPostgres(cfg.data_dir)
    return embedded.start(), embedded


async def create_pool(url, minsize=1, maxsize=10):
    try:
        return await aiopg.create_pool(url, minsize=minsize, maxsize=maxsize, timeout=10)
    except psycopg2.OperationalError as e:
        raise DatabaseError(f"cannot connect to the database: {str(e).strip().splitlines()[0]}") from None
