"""Fixtures: a fresh real PostgreSQL database per test and real anonchat servers on 127.0.0.1
(`databases`, `db_url`, `make_config`, `make_server` are anonchat.pytest_plugin's, the fixtures
plugin authors use), and clusters of real nodes on one Redis."""

import logging
import os

import pytest
from hypothesis import settings

from anonchat.testing import RedisServer, ServeProcess, pack_yaml, write_packs

pytest_plugins = ["anonchat.pytest_plugin"]

# Property-based tests explore new examples on a developer's machine, and replay the same ones in
# CI, where a run must pass or fail for what was committed.
# No deadline: a timed example flakes on a machine in a slow spell (one failed with load 7 here),
# and speed is the benchmarks' job (bench/), not the tests'.
settings.register_profile("dev", deadline=None)
settings.register_profile("ci", derandomize=True, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


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
