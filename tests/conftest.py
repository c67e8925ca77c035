"""Fixtures: a fresh real PostgreSQL database per test and real anonchat servers on 127.0.0.1."""

import logging
import os
from pathlib import Path

import pytest
from hypothesis import settings

from anonchat.config import load_config
from anonchat.testing import RedisServer, ServeProcess, TestDatabases, free_port, pack_yaml, write_packs

ROOT = Path(__file__).resolve().parent.parent

# Property-based tests explore new examples on a developer's machine, and replay the same ones in
# CI, where a run must pass or fail for what was committed.
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(scope="session")
def databases():
    dbs = TestDatabases()
    yield dbs
    dbs.close()


@pytest.fixture
def db_url(databases):
    return databases.fresh()


@pytest.fixture
def make_config(tmp_path, db_url):
    """Build a validated config for a test; keyword sections override the defaults."""
    def make(**sections):
        sections.setdefault("database", {})
        sections["database"] = {"url": db_url, **sections["database"]}
        sections.setdefault("data_dir", str(tmp_path / "var"))
        sections.setdefault("rulepacks", {"directory": str(ROOT / "rulepacks")})
        return load_config(None, env={}, overrides=sections)
    return make


@pytest.fixture
def make_server(io_loop, make_config):
    """Start real servers: `app, base_url = await make_server(plugins=[(name, obj)], limits={...})`.

    `plugins` are objects registered by code; `config_plugins` is the config's `plugins:` list
    (module paths or files), loaded the way `anonchat serve` loads them.
    """
    from anonchat.app import make_app
    from anonchat.plugins import make_plugin_manager

    started = []

    async def start(plugins=(), config_plugins=None, **sections):
        if config_plugins is not None:
            sections["plugins"] = list(config_plugins)
        cfg = make_config(**sections)
        app = make_app(cfg, make_plugin_manager(cfg, extra=plugins))
        await app.start(cfg.database.url)
        port = free_port()
        server = app.listen(port, "127.0.0.1")
        started.append((app, server))
        return app, f"http://127.0.0.1:{port}"

    yield start
    for app, server in reversed(started):
        server.stop()
        io_loop.run_sync(app.stop, timeout=30)


@pytest.fixture(autouse=True)
def _quiet_access_log():
    logging.getLogger("tornado.access").setLevel(logging.WARNING)


# --- clusters: real nodes, one PostgreSQL, one Redis of the test's own (docs/scaling.md) -----------

@pytest.fixture
def redis_server():
    server = RedisServer().start()
    yield server
    server.stop()


@pytest.fixture
def cluster(tmp_path, db_url, redis_server):
    """`nodes = cluster(3, matching={...})`: real nodes on free ports, started together."""
    packs = write_packs(tmp_path / "packs", {"blockers.yaml": pack_yaml("blockers", "spam", "block", ["blockme"]),
                                             "flaggers.yaml": pack_yaml("flaggers", "drugs", "flag", ["flagme"])})
    started = []

    def start(n=3, per_node=None, **sections):
        """`per_node(i)` gives node i's own sections on top of `sections`."""
        nodes = []
        for i in range(len(started), len(started) + n):
            config = {"database": {"url": db_url, "migrate_on_start": False},
                      "cluster": {"redis_url": redis_server.url},
                      "data_dir": str(tmp_path / f"node{i}"),
                      "rulepacks": {"directory": str(packs), "reload_interval_s": 0.2},
                      "matching": {"max_wait_s": 60}, "limits": dict({"burst": 1000, "rate_per_s": 1000})}
            for key, value in {**sections, **(per_node(i) if per_node else {})}.items():
                config[key] = {**config.get(key, {}), **value} if isinstance(value, dict) else value
            node = ServeProcess(tmp_path / f"node{i}", config, env={"ANONCHAT_COOKIE_SECRET": "cluster-test-secret"})
            started.append(node)
            nodes.append(node)
        for node in nodes:
            node.launch()
        for node in nodes:
            node.wait_healthy()
        return nodes

    yield start
    for node in started:
        node.stop()
