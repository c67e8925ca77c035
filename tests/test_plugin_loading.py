"""Loading plugins: settings errors name the file and line of anonchat.yaml, a plugin named twice
is registered once, installed plugins can be left out of a test server, and the pytest plugin
loads only when a project asks for it."""

import logging
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from anonchat.cli import main
from anonchat.config import load_config
from anonchat.plugins import PluginError, make_plugin_manager

ROOT = Path(__file__).resolve().parent.parent
STRIKES = ROOT / "plugins" / "strike_policy.py"


def error_line(tmp_path, capsys, yaml):
    """The one line `anonchat plugins` prints for this anonchat.yaml, and the config's path."""
    config = tmp_path / "anonchat.yaml"
    config.write_text(textwrap.dedent(yaml))
    assert main(["plugins", "--config", str(config)]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    return line, config


@pytest.mark.parametrize("yaml, line, message", [
    (f"""\
     plugins: [{STRIKES}]
     plugin_settings:
       strike_policy:
         permanent_categories: [pii]
         strikes: 0
     """, 5, "plugin 'strike_policy': plugin_settings.strike_policy: "
             "'strikes' must be a whole number of at least 1, got 0"),
    (f"""\
     plugins: [{STRIKES}]
     plugin_settings:
       strike_policy:
         strikes: 3
         strikez: 4
     """, 5, "plugin 'strike_policy': plugin_settings.strike_policy: unknown setting(s) strikez "
             "(known: strikes, ban_durations_s, permanent_categories)"),
    ("""\
     matching:
       group_size: 4
     plugin_settings:
       strike_polcy: {}
     """, 4, "plugin_settings.strike_polcy: no plugin named 'strike_polcy' is loaded "
             "(loaded: db_audit_sink, random_matching, retention, threshold_ban_policy)"),
    ("""\
     plugins:
       - ./missing.py
     """, 1, "plugin './missing.py': file not found"),
])
def test_plugin_settings_errors_name_the_file_and_line(tmp_path, capsys, yaml, line, message):
    error, config = error_line(tmp_path, capsys, yaml)
    assert error.startswith(f"anonchat: error: {config}:{line}: {message}")


def test_a_plugin_listed_in_plugins_and_installed_is_registered_once_with_one_line(tmp_path, monkeypatch, caplog):
    site = tmp_path / "site"
    dist_info = site / "anonchat_shout-1.0.dist-info"
    dist_info.mkdir(parents=True)
    (dist_info / "METADATA").write_text("Metadata-Version: 2.1\nName: anonchat-shout\nVersion: 1.0\n")
    (dist_info / "entry_points.txt").write_text("[anonchat]\nshout = anonchat_shout\n")
    (site / "anonchat_shout.py").write_text("from anonchat import hookimpl\n\n@hookimpl\n"
                                            "def anonchat_moderate(text):\n    return None\n")
    monkeypatch.syspath_prepend(str(site))
    (tmp_path / "anonchat.yaml").write_text("plugins:\n  - anonchat_shout\n  - ./site/anonchat_shout.py\n")
    try:
        with caplog.at_level(logging.WARNING, "anonchat.plugins"):
            pm = make_plugin_manager(load_config(tmp_path / "anonchat.yaml", env={}))
        assert [impl.plugin_name for impl in pm.hook.anonchat_moderate.get_hookimpls()] == ["shout"]
        assert pm.sources["shout"] == "entry point from anonchat-shout" and pm.versions["shout"] == "1.0"
        config = tmp_path / "anonchat.yaml"
        assert [r.getMessage() for r in caplog.records] == [
            f"{config}:1: plugin 'anonchat_shout' (config: module anonchat_shout) is loaded already as 'shout' "
            "(entry point from anonchat-shout): loaded once; remove it from `plugins:`",
            f"{config}:1: plugin 'anonchat_shout' (config: file {site / 'anonchat_shout.py'}) is loaded already "
            "as 'shout' (entry point from anonchat-shout): loaded once; remove it from `plugins:`"]
        # Without the installed plugins, the listed one is loaded under its own name.
        pm = make_plugin_manager(load_config(tmp_path / "anonchat.yaml", env={}), entry_points=False)
        assert "shout" not in pm.sources and pm.sources["anonchat_shout"] == "config: module anonchat_shout"
    finally:
        sys.modules.pop("anonchat_shout", None)


def test_two_different_plugins_of_one_name_stop_start_up(tmp_path):
    (tmp_path / "plugins").mkdir()
    (tmp_path / "plugins" / "random_matching.py").write_text("")
    (tmp_path / "anonchat.yaml").write_text("plugins: [random_matching]\n")
    with pytest.raises(PluginError) as e:
        make_plugin_manager(load_config(tmp_path / "anonchat.yaml", env={}))
    assert str(e.value) == (f"{tmp_path / 'anonchat.yaml'}:1: plugin 'random_matching' (config: file "
                            f"{tmp_path / 'plugins' / 'random_matching.py'}): another plugin of that name is "
                            "loaded (built-in); rename one of them")


# --- the pytest plugin, in a project of its own ---------------------------------------------------

PROJECT_TEST = """
    import pytest
    from anonchat.testing import group_of, pack_yaml, plugin, write_packs

    def shout(text):
        return None

    @pytest.mark.gen_test(timeout=60)
    async def test_a_server_from_the_fixtures(make_server, tmp_path, request):
        packs = write_packs(tmp_path / "packs", {"flag.yaml": pack_yaml("flaggers", "drugs", "flag", ["flagme"])})
        app, url = await make_server(plugins=[("shout", plugin(anonchat_moderate=shout))],
                                     rulepacks={"directory": str(packs)}, matching={"max_wait_s": 0.5})
        alice, bob = await group_of(url, 2)
        await alice.send(type="message", text="flagme", id="1")
        assert (await bob.recv("message"))["flagged"] is True
        assert app.hooks.calls["shout", "anonchat_moderate"] == 1
        print("ENTRY POINTS", request.config.getini("anonchat_entry_points"))
"""


def run_pytest(project, *args):
    env = {k: v for k, v in os.environ.items() if k not in ("PYTEST_ADDOPTS", "PYTEST_PLUGINS")}
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-s", "-p", "no:cacheprovider",
                           f"--basetemp={project / 'pt'}", *args], cwd=project, env=env,
                          capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize("ask", ["pytest.ini", "conftest.py", "-p", "nothing"])
def test_the_pytest_plugin_loads_only_when_a_project_asks(tmp_path, ask):
    project = tmp_path / "project"
    project.mkdir()
    (project / "test_it.py").write_text(textwrap.dedent(PROJECT_TEST))
    ini = "[pytest]\n"
    args = []
    if ask == "pytest.ini":
        ini += "anonchat_fixtures = true\nanonchat_entry_points = false\n"
    elif ask == "conftest.py":
        (project / "conftest.py").write_text('pytest_plugins = ["anonchat.pytest_plugin"]\n')
    elif ask == "-p":
        args = ["-p", "anonchat.pytest_plugin"]
    (project / "pytest.ini").write_text(ini)
    proc = run_pytest(project, *args)
    if ask == "nothing":
        assert proc.returncode == 1 and "fixture 'make_server' not found" in proc.stdout
        return
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert "1 passed" in proc.stdout
    assert f"ENTRY POINTS {ask != 'pytest.ini'}" in proc.stdout
