"""The `anonchat` command: serve, migrate, purge, version, plugins, rulepacks check/diff, moderate, admin hash-password."""

import argparse
import asyncio
import errno
import gc
import getpass
import json
import logging
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from datetime import timezone
from pathlib import Path

from . import __version__, logs
from .config import ConfigError, load_config
from .db import DatabaseError, check_data_dir, database_url
from .migrate import MigrationError, migrate
from .moderation import RulePackError
from .plugins import PluginError, describe, make_plugin_manager

DEFAULT_CONFIG = "anonchat.yaml"


def _load(args):
    """The config named by --config, or ./anonchat.yaml if present, or the defaults."""
    if args.config:
        return load_config(args.config)
    return load_config(DEFAULT_CONFIG if Path(DEFAULT_CONFIG).exists() else None)


async def _serve(cfg, url, pm, sockets):
    from tornado.httpserver import HTTPServer

    from .app import make_app  # imports the whole server; other commands stay light

    # Signals first: a Ctrl-C or SIGTERM while the app starts lets it finish starting, then stops
    # it in order, so nothing it opened (pool, Redis, threads) is cut off half made.
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    app = make_app(cfg, pm)
    await app.start(url)
    if not stop.is_set():
        server = HTTPServer(app)  # what app.listen does, on the sockets bound before start-up
        server.add_sockets(sockets)
        # Everything built so far lives as long as the server: keep it out of the collector's
        # scans, and collect young objects less often (a chat server makes many short-lived frames).
        gc.collect()
        gc.freeze()
        gc.set_threshold(50_000, 50, 100)
        port = sockets[0].getsockname()[1]  # the real one when server.port is 0
        ready = f"anonchat {__version__} serving on http://{cfg.server.host}:{port}/ (Ctrl-C to stop)"
        if cfg.logging.format == "json":  # every line of output is then an object a collector reads
            logging.getLogger("anonchat").info(ready)
        else:
            print(ready, flush=True)
        await stop.wait()
        server.stop()
    await app.stop()


def _bind(cfg, reuse_port):
    """The listening sockets, bound before the database starts: a port in use costs no start-up."""
    from tornado.netutil import bind_sockets

    where = f"{cfg.path or 'defaults'}: server.host, server.port"
    try:
        return bind_sockets(cfg.server.port, cfg.server.host, reuse_port=reuse_port)
    except socket.gaierror as e:
        raise ConfigError(f"{where}: cannot resolve host {cfg.server.host!r}: {e.strerror}") from None
    except OSError as e:
        address = f"{cfg.server.host}:{cfg.server.port}"
        if e.errno == errno.EADDRINUSE:
            raise ConfigError(f"{where}: {address} is already in use by another process; stop it or choose "
                              "another server.port") from None
        raise ConfigError(f"{where}: cannot listen on {address}: {e.strerror}") from None


def cmd_serve(args):
    cfg = _load(args)
    cfg.server.host = args.host or cfg.server.host
    if args.port is not None:
        if not 0 <= args.port <= 65535:
            raise ConfigError(f"--port must be from 0 to 65535, got {args.port}")
        cfg.server.port = args.port
    logs.setup(cfg)
    if args.workers < 1:
        raise ConfigError(f"--workers must be at least 1, got {args.workers}")
    if args.workers > 1 and not cfg.cluster.redis_url:
        raise ConfigError(f"--workers {args.workers} needs cluster.redis_url (or ANONCHAT_REDIS_URL): "
                          "the workers serve one chat through Redis (docs/scaling.md)")
    pm = make_plugin_manager(cfg)  # a bad plugin stops start-up before any database is touched
    # SIGHUP reloads the packs once the server runs; before that it would end start-up (systemd's
    # reload, sent early), and the packs are read as start-up finishes anyway.
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    sockets = _bind(cfg, args.reuse_port) if args.workers == 1 else []  # the workers bind their own
    try:
        if not cfg.database.url or not cfg.server.cookie_secret:
            check_data_dir(cfg.data_dir)  # the embedded database or the generated secret lives there
        with database_url(cfg) as url:
            if cfg.database.migrate_on_start and not args.no_migrate:
                applied = migrate(url)
                if applied:
                    logging.getLogger("anonchat").info("applied migrations: %s", ", ".join(applied))
            if args.workers > 1:
                return _supervise(args, cfg, url)
            asyncio.run(_serve(cfg, url, pm, sockets))
    finally:
        for sock in sockets:
            sock.close()


def _supervise(args, cfg, url):
    """`serve --workers N`: N nodes of one cluster on one port (SO_REUSEPORT: the kernel spreads
    new connections over them), each a process of its own, started again if it dies."""
    from .config import cookie_secret

    cookie_secret(cfg)  # made once here, not raced for by the workers
    command = [sys.executable, "-m", "anonchat", "serve", "--no-migrate", "--reuse-port",
               "--host", cfg.server.host, "--port", str(cfg.server.port)]
    if args.config:
        command += ["--config", args.config]
    env = {**os.environ, "ANONCHAT_DATABASE_URL": url}
    log = logging.getLogger("anonchat")
    stopping, reloads = [], []
    signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))
    signal.signal(signal.SIGINT, lambda *_: stopping.append(True))
    workers = [(subprocess.Popen(command, env=env), time.monotonic()) for _ in range(args.workers)]
    # systemd's reload (and an operator's `kill -HUP`) reaches the supervisor only: pass it on, so
    # every worker rereads the packs. A worker still starting ignores it and reads them anyway.
    signal.signal(signal.SIGHUP, lambda *_: reloads.append(True))
    print(f"anonchat {__version__}: {args.workers} workers on http://{cfg.server.host}:{cfg.server.port}/ "
          "(Ctrl-C or SIGTERM stops them, SIGHUP reloads their rule packs)", flush=True)
    while not stopping:
        time.sleep(0.2)
        if reloads:
            reloads.clear()
            for proc, _ in workers:
                if proc.poll() is None:
                    proc.send_signal(signal.SIGHUP)
        for i, (proc, started) in enumerate(workers):
            if proc.poll() is not None and not stopping:
                # A worker that dies at once (a port in use, a bad database) would only die again.
                if time.monotonic() - started < 5:
                    log.error("worker %d exited with %s right after starting; stopping", proc.pid, proc.returncode)
                    stopping.append(True)
                    break
                log.error("worker %d exited with %s; starting another", proc.pid, proc.returncode)
                workers[i] = (subprocess.Popen(command, env=env), time.monotonic())
    for proc, _ in workers:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
    status = 0
    for proc, _ in workers:
        try:
            status = max(status, proc.wait(30))
        except subprocess.TimeoutExpired:
            proc.kill()
            status = 1
    return status


def cmd_migrate(args):
    cfg = _load(args)
    with database_url(cfg) as url:
        applied = migrate(url)
    print("applied: " + ", ".join(applied) if applied else "database is up to date")


def cmd_purge(args):
    """Blank the text of old messages once, as the server does every retention.interval_s."""
    from .db import create_pool
    from .retention import purge

    cfg = _load(args)
    days = cfg.retention.message_days if args.older_than is None else args.older_than
    if days is None:
        raise ConfigError(f"{cfg.path or 'defaults'}: retention.message_days is null (keep every message); "
                          "pass --older-than DAYS to purge anyway")
    if not 1 <= days <= 36500:  # the range of retention.message_days
        raise ConfigError(f"--older-than must be from 1 to 36500 days, got {days:g}")

    async def run(url):
        pool = await create_pool(url, 1, 1)
        try:
            return await purge(pool, days, dry_run=args.dry_run)
        finally:
            pool.close()
            await pool.wait_closed()

    with database_url(cfg) as url:
        count, cutoff = asyncio.run(run(url))
    verb = "would blank" if args.dry_run else "blanked"
    print(f"{verb} the text of {count} message{'s' if count != 1 else ''} older than {days:g} day{'s' if days != 1 else ''} "
          f"(written before {cutoff.isoformat(timespec='seconds')})")


def cmd_version(args):
    print(f"anonchat {__version__}")


def cmd_plugins(args):
    pm = make_plugin_manager(_load(args))
    for name, source, hooks in describe(pm):
        print(f"{name}  ({source})")
        for hook in hooks:
            print(f"    {hook}")


def _engine(args, directory):
    """The packs of `directory` (default: the configured one) loaded and tested as the server
    loads them, with the validators and detectors of the configured plugins."""
    from .moderation.reload import load_engine
    from .plugins import HookRunner, rulepack_extensions

    cfg = _load(args)
    hooks = HookRunner(make_plugin_manager(cfg), cfg.audit.hook_timeout_s)
    return load_engine(directory or cfg.rulepacks.directory, cfg.rulepacks.allow_empty, **rulepack_extensions(hooks))


def cmd_rulepacks_check(args):
    """Validate every pack and run its tests; operators run it before saving an edit live."""
    try:
        engine = _engine(args, getattr(args, "directory", None))
    except RulePackError as e:
        for error in e.errors:  # every problem, each `file:line: reason`, like a compiler
            print(error.one_line())
        print(f"{len(e.errors)} problem{'s' if len(e.errors) != 1 else ''} in the rule packs; "
              "the server keeps its previous engine until they are fixed", file=sys.stderr)
        return 1
    for p in engine.packs:
        counts = ", ".join(f"{n} {k}" for k, n in p.counts.items() if n)
        state = "" if p.enabled else "  (disabled)"
        print(f"{p.id:12} {p.category:10} v{p.version}  {p.action:5}  {counts}{state}")
    print(f"rule packs OK: version {engine.version}")
    return 0


def cmd_rulepacks_diff(args):
    """Which stored messages the packs of DIR would judge differently from the configured packs:
    the console's preview (rulepacks.apply: manual), on the command line."""
    import psycopg2

    from .db import create_pool
    from .moderation.reload import compare
    from .queries import recent_messages

    cfg = _load(args)
    current, candidate = _engine(args, None), _engine(args, args.directory)
    limit = cfg.rulepacks.preview_messages if args.limit is None else args.limit
    if not 1 <= limit <= 1_000_000:  # the range of rulepacks.preview_messages
        raise ConfigError(f"--limit must be from 1 to 1000000 messages, got {limit}")

    async def messages(url):
        pool = await create_pool(url, 1, 1)
        try:
            return await recent_messages(pool, limit)
        except psycopg2.Error as e:  # reachable, but not an anonchat database (yet)
            raise DatabaseError(f"cannot read the stored messages: {str(e).splitlines()[0]}; is database.url "
                                "anonchat's database, and has `anonchat migrate` run?") from None
        finally:
            pool.close()
            await pool.wait_closed()

    with database_url(cfg) as url:
        preview = compare(current, candidate, asyncio.run(messages(url)))
    print(f"{cfg.rulepacks.directory} (version {preview.old}) -> {args.directory} (version {preview.new}): "
          f"{len(preview.changes)} of the newest {preview.checked} stored messages judged differently")
    print(", ".join(f"{n} {label}" for label, n in zip(
        ("newly blocked", "newly masked", "newly flagged", "released"), preview.counts().values())))
    for rule, changes in preview.by_rule():
        print(f"\n{rule} ({len(changes)})")
        for c in changes:
            m = c.message
            text = _marked(m["content"], c.hits).replace("\n", " ")
            sent = m["created_at"].astimezone(timezone.utc)
            print(f"  #{m['id']}  {sent:%Y-%m-%d %H:%M}  {c.before} -> {c.after}  {m['username']}: {text}")
    return 0


def _marked(text, hits):
    """`text` with each hit between [ and ] (overlapping hits as one)."""
    out, pos = [], 0
    for start, end in sorted((h.start, h.end) for h in hits):
        start = max(start, pos)
        if start < end:
            out.append(f"{text[pos:start]}[{text[start:end]}]")
            pos = end
    return "".join(out) + text[pos:]


def cmd_moderate(args):
    """One JSON verdict per line of stdin, in order. Reads whatever has arrived and answers all of
    its lines in one write: a typed line is answered at once, a piped file in big writes."""
    engine = _engine(args, args.rulepacks)
    encode = json.JSONEncoder(ensure_ascii=False).encode
    number, rest = 0, b""
    while True:
        chunk = os.read(0, 1 << 16)
        if chunk:  # a line is whole at its newline...
            *lines, rest = (rest + chunk).split(b"\n")
        else:  # ...or at the end of the input
            lines, rest = [rest] if rest else [], b""
        out = []
        for raw in lines:
            number += 1
            raw = raw.removesuffix(b"\r")
            try:
                message = raw.decode("utf-8")
            except UnicodeDecodeError as e:
                message = raw.decode("utf-8", errors="replace")
                print(f"anonchat moderate: line {number}: not UTF-8 ({e.reason} at byte {e.start}); "
                      "checked with U+FFFD in place of the bad bytes", file=sys.stderr)
            verdict = engine.check(message)
            out.append(encode({"message": message, "action": verdict.action, "categories": list(verdict.categories),
                               "hits": [h._asdict() for h in verdict.hits], "masked": verdict.text}))
        if out:
            sys.stdout.buffer.write(("\n".join(out) + "\n").encode())
            sys.stdout.buffer.flush()
        if not chunk:
            return 0


def cmd_hash_password(args):
    from .passwords import hash_password

    if sys.stdin.isatty():
        password = getpass.getpass("Password: ")
        if password != getpass.getpass("Again: "):
            raise ConfigError("the two passwords differ")
    else:
        password = sys.stdin.readline().rstrip("\n")
    if len(password) < 8:
        raise ConfigError("use a password of at least 8 characters")
    print(hash_password(password))


def build_parser():
    parser = argparse.ArgumentParser(prog="anonchat", description="Anonymous group chat with real moderation.")
    parser.add_argument("--version", action="version", version=f"anonchat {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name, func, help_text):
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("--config", metavar="PATH",
                         help=f"configuration file (default: ./{DEFAULT_CONFIG} if present, else built-in defaults)")
        sub.set_defaults(func=func)
        return sub

    serve = command("serve", cmd_serve, "Serve the chat (embedded PostgreSQL when no database URL is set).")
    serve.add_argument("--host", help="listen on this address (default: server.host)")
    serve.add_argument("--port", type=int, help="listen on this port (default: server.port)")
    serve.add_argument("--no-migrate", action="store_true", help="do not apply pending migrations on start")
    serve.add_argument("--workers", type=int, default=1, metavar="N",
                       help="N processes on one port, one chat (needs cluster.redis_url; docs/scaling.md)")
    serve.add_argument("--reuse-port", action="store_true", help=argparse.SUPPRESS)  # a worker of --workers
    command("migrate", cmd_migrate, "Apply pending database migrations.")
    purge = command("purge", cmd_purge, "Blank the text of messages older than retention.message_days (rows, "
                                        "flags and numbering stay; docs/operations.md, 'Data retention').")
    purge.add_argument("--older-than", type=float, metavar="DAYS",
                       help="purge messages older than DAYS days (default: retention.message_days)")
    purge.add_argument("--dry-run", action="store_true", help="only count the messages that would be blanked")
    command("version", cmd_version, "Print the version.")
    command("plugins", cmd_plugins, "List loaded plugins, where each comes from and the hooks it implements.")
    rulepacks = command("rulepacks", cmd_rulepacks_check, "Rule-pack tools (alone: `check` on the configured "
                                                          "directory).")
    rulepack_commands = rulepacks.add_subparsers(dest="rulepacks_command", metavar="COMMAND")
    check = rulepack_commands.add_parser(
        "check", help="Validate the packs and run their tests: each pack, or every problem as "
                      "`file:line: reason` (exit status 1).",
        description="Validate the packs of DIR (default: rulepacks.directory of the configuration) and run "
                    "their tests, as the server does before it swaps an edit in. Prints each pack, or every "
                    "problem as `file:line: reason` and exits with status 1.")
    check.add_argument("directory", nargs="?", metavar="DIR", help="pack directory")
    check.add_argument("--config", metavar="PATH", default=argparse.SUPPRESS,  # or it hides `rulepacks --config`
                       help="configuration file (for its plugins and directory)")
    diff = rulepack_commands.add_parser(
        "diff", help="List the stored messages whose verdict the packs of DIR would change.",
        description="Re-check the newest stored messages (rulepacks.preview_messages) with the configured "
                    "packs and with the packs of DIR, and list those whose verdict changes, grouped by rule, "
                    "the hits [between brackets]: what the console previews before an admin applies an edit "
                    "(rulepacks.apply: manual). Reads the database of the configuration.")
    diff.add_argument("directory", metavar="DIR", help="the edited pack directory")
    diff.add_argument("--limit", type=int, metavar="N", help="messages to re-check (default: "
                                                             "rulepacks.preview_messages)")
    diff.add_argument("--config", metavar="PATH", default=argparse.SUPPRESS,
                      help="configuration file (for its database, packs and plugins)")
    diff.set_defaults(func=cmd_rulepacks_diff)
    moderate = command("moderate", cmd_moderate,
                       "Check messages, one per line of stdin, and print one JSON verdict per line: the "
                       "message, the action (block, mask, flag or allow), the categories, every hit with its "
                       "pack, rule, category and span, and the masked text.")
    moderate.add_argument("--rulepacks", metavar="DIR", help="pack directory (default: rulepacks.directory of "
                                                             "the configuration)")
    admin = commands.add_parser("admin", help="Admin account tools.", description="Admin account tools.")
    admin_commands = admin.add_subparsers(dest="admin_command", metavar="COMMAND", required=True)
    hp = admin_commands.add_parser("hash-password", help="Make a password hash for admin.accounts in anonchat.yaml "
                                   "(reads the password from the terminal, or one line of stdin).")
    hp.set_defaults(func=cmd_hash_password)
    return parser


class Stopped(Exception):
    """SIGTERM outside the serving loop (during start-up, `migrate`, `purge`): it unwinds like
    Ctrl-C does, so `finally` blocks run and an embedded database is stopped, not left behind."""


def _stopped(signum, frame):
    raise Stopped(signum)


def main(argv=None):
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    in_main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _stopped) if in_main_thread else None
    try:
        status = args.func(args)
    except (ConfigError, DatabaseError, MigrationError, PluginError, RulePackError) as e:
        print(f"anonchat: error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Stopped:
        return 128 + signal.SIGTERM
    except BrokenPipeError:  # `anonchat moderate < big.txt | head`: the reader has what it wanted
        sys.stderr.close()
        return 0
    finally:
        if in_main_thread:  # main() may be called inside another program (tests do)
            signal.signal(signal.SIGTERM, previous)
    return status or 0


if __name__ == "__main__":
    sys.exit(main())
