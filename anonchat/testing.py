"""Test helpers for anonchat and for plugin authors: real databases, real servers, real sockets.

Typical use with pytest-tornado (see tests/conftest.py for the fixtures built on these)::

    @pytest.mark.gen_test
    async def test_my_plugin(make_server):
        app, url = make_server(plugins=[("mine", MyPlugin())])
        alice = await ChatClient.connect(url)
        ...
"""

import asyncio
import json
import os
import shutil
import socket
import tempfile
import types
import uuid
from contextlib import closing
from pathlib import Path
from urllib.parse import urlencode, urlsplit, urlunsplit

import psycopg2
import tornado.httpclient
import tornado.websocket

from . import hookimpl
from .migrate import migrate

TEST_URL_ENV = "ANONCHAT_TEST_DATABASE_URL"


def _with_dbname(url, name):
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        parts = urlsplit(url)
        return urlunsplit(parts._replace(path="/" + name))
    return f"{url} dbname={name}"


class TestDatabases:
    """Fresh databases on a PostgreSQL server, never the user's data.

    The server is `ANONCHAT_TEST_DATABASE_URL` when set (a URL of any database on it, used to
    create and drop others), otherwise an embedded PostgreSQL in a temporary directory. Every
    database is a copy of one migrated template, so a fresh one costs a file copy.
    """

    __test__ = False  # not a pytest class

    def __init__(self):
        self._embedded = None
        admin_url = os.environ.get(TEST_URL_ENV)
        if not admin_url:
            from .db import EmbeddedPostgres

            self._tmp = tempfile.TemporaryDirectory(prefix="anonchat-test-pg-")
            self._embedded = EmbeddedPostgres(self._tmp.name)
            admin_url = self._embedded.start()
        self.admin_url = admin_url
        self.prefix = f"anonchat_test_{os.getpid()}_{uuid.uuid4().hex[:6]}"
        self.created = []
        self.template = self._create(f"{self.prefix}_template")
        migrate(_with_dbname(admin_url, self.template))

    def _admin(self, sql):
        with closing(psycopg2.connect(self.admin_url)) as conn:
            conn.autocommit = True
            with conn.cursor() as cur:
                cur.execute(sql)

    def _create(self, name, template=None):
        self._admin(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        self.created.append(name)
        return name

    def fresh(self, migrated=True):
        """URL of a new empty database (migrated unless told otherwise)."""
        name = self._create(f"{self.prefix}_{len(self.created)}", self.template if migrated else None)
        return _with_dbname(self.admin_url, name)

    def close(self):
        for name in reversed(self.created):
            try:
                self._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            except psycopg2.Error:
                pass
        if self._embedded is not None:
            self._embedded.stop()
            self._tmp.cleanup()


def free_port():
    with closing(socket.socket()) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ChatClient:
    """A real WebSocket client speaking the chat protocol, with bounded waits."""

    def __init__(self, conn, cookie):
        self.conn = conn
        self.cookie = cookie
        self.frames = []  # every frame received, in order
        self.closed = False

    @classmethod
    async def connect(cls, base_url, cookie=None):
        """Connect to `base_url`'s /ws; `cookie` (from an earlier client) resumes that identity."""
        ws_url = base_url.replace("http://", "ws://") + "/ws"
        headers = {"Cookie": cookie} if cookie else {}
        request = tornado.httpclient.HTTPRequest(ws_url, headers=headers, connect_timeout=5, request_timeout=5)
        conn = await tornado.websocket.websocket_connect(request)
        set_cookie = conn.headers.get("Set-Cookie") if conn.headers else None
        if set_cookie:
            cookie = set_cookie.split(";", 1)[0]
        return cls(conn, cookie)

    async def send(self, **fields):
        await self.conn.write_message(json.dumps(fields))

    async def send_raw(self, data, binary=False):
        await self.conn.write_message(data, binary=binary)

    async def recv(self, kind=None, timeout=5.0):
        """The next frame (of type `kind`, skipping others); AssertionError after `timeout` s."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise AssertionError(f"no {kind or 'frame'} within {timeout}s; got {[f['type'] for f in self.frames]}")
            try:
                raw = await asyncio.wait_for(self.conn.read_message(), remaining)
            except asyncio.TimeoutError:
                continue
            if raw is None:
                self.closed = True
                raise AssertionError(f"connection closed ({self.conn.close_code}) while waiting for {kind}")
            data = json.loads(raw)
            self.frames.append(data)
            if kind is None or data["type"] == kind:
                return data

    async def nothing(self, kind, wait=0.3):
        """Assert no frame of type `kind` arrives within `wait` seconds."""
        try:
            got = await self.recv(kind, timeout=wait)
        except AssertionError:
            return
        raise AssertionError(f"unexpected {kind} frame: {got}")

    async def wait_closed(self, timeout=5.0):
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while loop.time() < deadline:
            raw = await asyncio.wait_for(self.conn.read_message(), deadline - loop.time())
            if raw is None:
                self.closed = True
                return self.conn.close_code
            self.frames.append(json.loads(raw))
        raise AssertionError("connection still open")

    def close(self):
        self.conn.close()


async def join_group(clients, timeout=10.0):
    """Send `join` from every client and wait until each is matched; returns the matched frames."""
    for c in clients:
        await c.send(type="join")
    return [await c.recv("matched", timeout=timeout) for c in clients]


async def connect(base_url, n, timeout=10.0):
    """Connect `n` new anonymous users and wait for their welcome."""
    clients = [await ChatClient.connect(base_url) for _ in range(n)]
    for c in clients:
        await c.recv("welcome", timeout=timeout)
    return clients


async def group_of(base_url, n, timeout=10.0):
    """Connect `n` new anonymous users and seat them in a group (`matching.max_wait_s` must let
    a group of `n` form)."""
    clients = await connect(base_url, n, timeout)
    await join_group(clients, timeout=timeout)
    return clients


def session_of(app, client):
    """The anonymous session id behind a connected ChatClient (for hub.ban and friends)."""
    name = client.frames[0]["username"]
    return next(u.session_id for u in app.hub.users.values() if u.username == name)


def plugin(**hooks):
    """A throwaway plugin from hook functions: ``plugin(anonchat_audit=lambda event: ...)``."""
    return types.SimpleNamespace(**{name: hookimpl(fn) for name, fn in hooks.items()})


def pack_yaml(id, category, action, words, severity="medium", version=1):
    """A minimal rule pack that reacts to `words`, for tests that need predictable moderation."""
    return (f"id: {id}\ncategory: {category}\nversion: {version}\ndescription: test pack {id}\nenabled: true\n"
            f"action: {action}\nseverity: {severity}\nwords: [{', '.join(words)}]\n")


def write_packs(directory, packs):
    """Write {file name: YAML text} into `directory` (created) and return it."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    for name, text in packs.items():
        (directory / name).write_text(text)
    return directory


def rows(db_url, sql, params=()):
    """Run one statement on its own connection (committed); returns the rows, if any."""
    with closing(psycopg2.connect(db_url)) as conn, conn.cursor() as cur:
        cur.execute(sql, params)
        result = cur.fetchall() if cur.description else []
        conn.commit()
        return result


class AdminClient:
    """A browser-like HTTP client for the admin console: keeps cookies and sends the XSRF token
    with every form, so plugin authors can test their admin pages like a logged-in admin."""

    def __init__(self, base_url):
        self.url = base_url
        self.cookies = {}
        self.http = tornado.httpclient.AsyncHTTPClient()

    def _keep(self, response):
        for header in response.headers.get_list("Set-Cookie"):
            name, _, rest = header.partition("=")
            value = rest.split(";", 1)[0]
            if "expires=Thu, 01 Jan 1970" in header or "Max-Age=0" in header:
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = value

    async def request(self, method, path, body=None, headers=None):
        headers = dict(headers or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        response = await self.http.fetch(self.url + path, method=method, body=body, headers=headers,
                                         follow_redirects=False, raise_error=False, request_timeout=10)
        self._keep(response)
        return response

    async def get(self, path):
        return await self.request("GET", path)

    async def post(self, path, xsrf=True, **fields):
        if xsrf:
            if "_xsrf" not in self.cookies:
                await self.get("/admin/login")
            fields.setdefault("_xsrf", self.cookies["_xsrf"])
        return await self.request("POST", path, body=urlencode(fields))

    async def login(self, name, password):
        return await self.post("/admin/login", name=name, password=password)


class FaultyProxy:
    """A TCP proxy in front of a real server that breaks connections on purpose, for fault tests.

    `cut_reply_after(marker, every)`: when a client sends a request containing `marker` (bytes),
    the server's reply to every `every`-th such request is dropped and the connection cut, so
    the request took effect but its sender never hears so (a commit whose reply is lost).
    `upstream` is (host, port), or a Unix socket path.
    """

    def __init__(self, upstream):
        self.upstream = upstream
        self.marker, self.every = None, 0
        self.seen = 0
        self.cuts = 0
        self.server = None
        self.port = None
        self._writers = set()

    def cut_reply_after(self, marker, every=1):
        self.marker, self.every = marker, every

    async def start(self):
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.port = self.server.sockets[0].getsockname()[1]
        return self

    async def _serve(self, client_reader, client_writer):
        try:
            if isinstance(self.upstream, str):
                server_reader, server_writer = await asyncio.open_unix_connection(self.upstream)
            else:
                server_reader, server_writer = await asyncio.open_connection(*self.upstream)
        except OSError:
            client_writer.close()
            return
        state = {"cut_next_reply": False}
        self._writers.update((client_writer, server_writer))

        async def pipe(reader, writer, upstream):
            try:
                while data := await reader.read(65536):
                    if upstream and self.marker and self.marker in data:
                        self.seen += 1
                        state["cut_next_reply"] = self.seen % self.every == 0
                    elif not upstream and state["cut_next_reply"]:
                        self.cuts += 1
                        break  # the reply is lost with the connection
                    writer.write(data)
                    await writer.drain()
            except (OSError, asyncio.IncompleteReadError):
                pass
            finally:
                for w in (client_writer, server_writer):
                    w.close()

        await asyncio.gather(pipe(client_reader, server_writer, True), pipe(server_reader, client_writer, False))

    async def close(self):
        """Stop accepting and break every connection still open."""
        if self.server is not None:
            self.server.close()
        for writer in self._writers:
            writer.close()
        await asyncio.sleep(0.05)  # the pipes see their sockets closed and end


def proxied_url(db_url, port):
    """`db_url` (a postgresql:// URL) reached through 127.0.0.1:`port` instead; and the upstream
    the proxy must reach: (host, port), or the Unix socket path of an embedded server."""
    parts = urlsplit(db_url)
    query = dict(p.split("=", 1) for p in parts.query.split("&") if "=" in p)
    socket_dir = query.pop("host", None)
    upstream = f"{socket_dir}/.s.PGSQL.{parts.port or 5432}" if socket_dir else (parts.hostname, parts.port or 5432)
    user = parts.username or "postgres"
    url = urlunsplit(parts._replace(netloc=f"{user}@127.0.0.1:{port}", query=urlencode(query)))
    return url, upstream


class RedisServer:
    """A real `redis-server` of the test's own on a free port, keeping nothing on disk. `args` go
    before its own options: a config file and `--sentinel` make it a Sentinel, `--replicaof` a
    replica."""

    __test__ = False

    def __init__(self, port=None, args=()):
        self.port = port or free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.args = [str(a) for a in args]
        self.proc = None

    def start(self, timeout=10):
        import subprocess
        import time

        binary = shutil.which("redis-server")
        if binary is None:
            raise RuntimeError("redis-server is missing (apt-get install -y redis-server)")
        # Its own directory: a replica's full sync writes an RDB file there whatever `--save` says.
        self.dir = tempfile.mkdtemp(prefix="anonchat-redis-")
        self.proc = subprocess.Popen([binary, *self.args, "--port", str(self.port), "--bind", "127.0.0.1",
                                      "--dir", self.dir,
                                      *(() if "--sentinel" in self.args else ("--save", "", "--appendonly", "no")),
                                      "--loglevel", "warning"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                with closing(socket.create_connection(("127.0.0.1", self.port), timeout=1)) as s:
                    s.sendall(b"PING\r\n")
                    if s.recv(16).startswith(b"+PONG"):
                        return self
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"redis-server did not answer on port {self.port}")

    def stop(self):
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)
        self.proc = None
        if getattr(self, "dir", None):
            shutil.rmtree(self.dir, ignore_errors=True)


class ServeProcess:
    """`anonchat serve` as an operator runs it: a real process with its own config file, for tests
    that need several nodes, a SIGKILL or a SIGTERM. Its output goes to `<directory>/serve.log`."""

    __test__ = False

    def __init__(self, directory, config, env=None, args=()):
        self.args = list(args)
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.port = config.setdefault("server", {}).setdefault("port", free_port())
        self.url = f"http://127.0.0.1:{self.port}"
        self.config_path = self.directory / "anonchat.yaml"
        self.config_path.write_text(json.dumps(config))  # JSON is YAML
        self.env = {**os.environ, **(env or {})}
        self.proc = None
        self.log = self.directory / "serve.log"

    def start(self, timeout=60):
        self.launch()
        self.wait_healthy(timeout)
        return self

    def launch(self):
        """Start the process without waiting for it (start several, then `wait_healthy` each)."""
        import subprocess
        import sys

        with open(self.log, "ab") as out:
            self.proc = subprocess.Popen([sys.executable, "-m", "anonchat", "serve", "--config", str(self.config_path),
                                          *self.args], stdout=out, stderr=subprocess.STDOUT, env=self.env)

    def health(self):
        import urllib.request

        with urllib.request.urlopen(self.url + "/healthz", timeout=2) as r:
            return json.loads(r.read())

    def wait_healthy(self, timeout=60):
        import time

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"anonchat serve exited {self.proc.returncode}:\n{self.output()}")
            try:
                return self.health()
            except OSError:
                time.sleep(0.1)
        raise AssertionError(f"anonchat serve did not answer within {timeout}s:\n{self.output()}")

    def output(self):
        return self.log.read_text(errors="replace")[-5000:]

    def signal(self, sig):
        self.proc.send_signal(sig)

    def wait(self, timeout=30):
        return self.proc.wait(timeout)

    def stop(self):
        import signal as signals
        import subprocess

        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signals.SIGTERM)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
