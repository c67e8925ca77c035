"""What pytest's ``pytest11`` entry point loads into every pytest run where anonchat is installed:
one setting, and nothing else, so other projects' test runs stay as they were.

``anonchat_fixtures = true`` in the pytest configuration loads `anonchat.pytest_plugin` (the
fixtures), as ``pytest_plugins = ["anonchat.pytest_plugin"]`` in a conftest.py would.
"""


def pytest_addoption(parser):
    parser.addini("anonchat_fixtures", "load anonchat's fixtures for plugin tests (anonchat.pytest_plugin)",
                  type="bool", default=False)


def pytest_configure(config):
    if config.getini("anonchat_fixtures"):
        config.pluginmanager.import_plugin("anonchat.pytest_plugin")
