"""pytest fixtures for testing anonchat plugins against a real server: fresh PostgreSQL databases,
validated configs and running servers on 127.0.0.1 (docs/plugins.md, "Testing a plugin").

Opt-in, so that it does not load into every pytest run on a machine where anonchat is installed:
``pytest_plugins = ["anonchat.pytest_plugin"]`` in a ``conftest.py``, ``pytest -p
anonchat.pytest_plugin``, or ``anonchat_fixtures = true`` in the pytest configuration (read by
`anonchat.pytest_optin`, the module pytest's ``pytest11`` entry point loads). It needs
pytest-tornado, whose ``io_loop`` runs the servers.

Fixtures: ``databases`` (session), ``db_url``, ``make_config``, ``make_server``. Configuration
(``[pytest]`` in pytest.ini, or ``[tool.pytest.ini_options]``):

- ``anonchat_entry_points = false``: test servers do not load the anonchat plugins installed on the
  machine through entry points, only the built-ins and what the test names; a test can also say
  ``make_server(entry_points=False)``.
"""

import pytest

from .config import load_config
from .testing import TestDatabases, free_port


def pytest_addoption(parser):
    parser.addini("anonchat_entry_points", "load the anonchat plugins installed through entry points into test "
                  "servers (anonchat.pytest_plugin)", type="bool", default=True)


@pytest.fixture(scope="session")
def databases():
    """`TestDatabases`: on `ANONCHAT_TEST_DATABASE_URL`'s server, or an embedded PostgreSQL."""
    dbs = TestDatabases()
    yield dbs
    dbs.close()


@pytest.fixture
def db_url(databases):
    """The URL of a fresh, migrated database of this test's own."""
    return databases.fresh()


@pytest.fixture
def make_config(tmp_path, db_url):
    """`cfg = make_config(matching={...}, plugins=[...])`: anonchat's defaults with these sections
    on top, the test's database and a data directory in its tmp_path."""
    def make(**sections):
        sections["database"] = {"url": db_url, **sections.get("database", {})}
        sections.setdefault("data_dir", str(tmp_path / "var"))
        return load_config(None, env={}, overrides=sections)
    return make


@pytest.fixture
def make_server(io_loop, make_config, request):
    """Start real servers: `app, base_url = await make_server(plugins=[(name, obj)], limits={...})`.

    `plugins` are objects registered by code; `config_plugins` is the config's `plugins:` list
    (module paths or files), loaded the way `anonchat serve` loads them; `entry_points` overrides
    the `anonchat_entry_points` setting; any other keyword is a config section. Servers stop when
    the test ends.
    """
    from .app import make_app
    from .plugins import make_plugin_manager

    started = []

    async def start(plugins=(), config_plugins=None, entry_points=None, **sections):
        if config_plugins is not None:
            sections["plugins"] = list(config_plugins)
        if entry_points is None:
            entry_points = request.config.getini("anonchat_entry_points")
        cfg = make_config(**sections)
        app = make_app(cfg, make_plugin_manager(cfg, extra=plugins, entry_points=entry_points))
        await app.start(cfg.database.url)
        port = free_port()
        server = app.listen(port, "127.0.0.1")
        started.append((app, server))
        return app, f"http://127.0.0.1:{port}"

    yield start
    for app, server in reversed(started):
        server.stop()
        io_loop.run_sync(app.stop, timeout=30)
